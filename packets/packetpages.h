// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetlayout.h"
#include "packetmanifest.h"
#include "packetplan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <string>

namespace Ratsmappe::Packets {

/// A link on a generated page to a packet page (member numbering).
struct PageLink
{
    double x0, y0, x1, y1;
    int target;
};

/// A page the packet draws itself (A4, fonts /F1 Helvetica and /F2 Helvetica-Bold).
struct GeneratedPage
{
    std::string ops;
    QList<PageLink> links;
};

/// What the packet's own pages say. Their text is German: the packet is a document of the
/// council, whatever language the app shows.
struct PacketTexts
{
    const Plan &plan;
    const Layout &layout;
    Edition edition;
    QString watermark;
    QDateTime built;
    int documents = 0; ///< placed documents

    /// Pages the main agenda takes in the member edition (the public one pads to the same).
    static int agendaPageCount(const Plan &plan);
    /// Pages the Nachtrag's agenda takes: one line per added document and a heading per TOP.
    static int supplementAgendaPageCount(const Plan &plan, const QList<int> &documents);

    GeneratedPage cover() const;
    /// The main agenda in \a pages pages; a line that does not fit ends it with a note.
    QList<GeneratedPage> agenda(int pages) const;
    QList<GeneratedPage> supplementAgenda(int supplement, int pages) const;
    /// The page that stands for a public edition's left-out pages \a first to \a last.
    static GeneratedPage gap(const QString &first, const QString &last);
    /// A page of a replaced version the cache no longer holds.
    static GeneratedPage missingPage(const QString &title, int page, int count);

    /// "TOP 7 – Bebauungsplan Hofgarten", or the document's own title for the meeting's own.
    QString stampTitle(const ManifestEntry &entry) const;
    /// The German date and time people write: "Mo., 30.11.2026, 16:00 Uhr".
    static QString when(const QDateTime &time);
};

} // namespace Ratsmappe::Packets
