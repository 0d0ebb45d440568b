// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetmanifest.h"
#include "packetplan.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ratsmappe::Packets {

/// How a build numbers its pages.
enum class Numbering {
    Auto, ///< a supplement when a packet was issued before, else fresh
    Fresh, ///< every page numbered anew (a deliberate choice: earlier numbers no longer hold)
    Supplement, ///< keep every issued page number; new and changed documents go into a Nachtrag
};

/// The pages of a version an issued packet held that the agenda no longer shows (replaced by a
/// newer version, or gone): a supplement keeps them, marked, so their numbers still hold.
struct RetainedSource
{
    ManifestEntry entry; ///< as the previous manifest has it
    QString fileId; ///< the file, when the plan still knows it
    qint64 versionId = 0; ///< the stored version with those bytes; 0: not in the cache (blank pages say so)
};

/// Where a manifest entry's pages come from.
struct Placement
{
    int document = -1; ///< index into Plan::documents
    int retained = -1; ///< index into the retained sources
};

/// A packet's pages: the manifest (member numbering) and, per entry, the source of its pages.
struct Layout
{
    Manifest manifest;
    QList<Placement> placements; ///< parallel to manifest.entries
    int newSupplement = 0; ///< the Nachtrag this build adds; 0 when none
};

/// The earlier versions a supplement to \a previous keeps: its documents that \a plan no longer
/// places with the same bytes. Their versionId is for the caller to find in the cache.
QList<RetainedSource> retainedSources(const Plan &plan, const Manifest &previous);

/// Lays out \a plan (its placed documents' page counts known) with \a agendaPages pages of agenda,
/// afresh or as a supplement to \a previous (then \a supplementAgendaPages pages of the Nachtrag's
/// agenda). Throws nothing; a previous manifest whose unchanged documents now count other pages
/// is laid out afresh (\a error says why).
Layout layOut(const Plan &plan,
              const std::optional<Manifest> &previous,
              const QList<RetainedSource> &retained,
              int agendaPages,
              int supplementAgendaPages,
              QString *note = nullptr);

} // namespace Ratsmappe::Packets
