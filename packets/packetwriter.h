// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetlayout.h"
#include "packetmanifest.h"
#include "packetplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdio>
#include <functional>
#include <optional>

namespace Ratsmappe::Packets {

/// What the helper is asked to write (the job frame of packetprotocol.h).
struct WriterJob
{
    Plan plan;
    Edition edition = Edition::Member;
    QString watermark;
    std::optional<Manifest> previous; ///< the layout a supplement keeps; none: numbered afresh
    QList<RetainedSource> retained;
    QDateTime built;
    /// The member's annotations to put on the documents' pages (AnnotationJson::toJson), by
    /// the id of the version they are on; empty: none.
    QHash<qint64, QList<QJsonObject>> annotations;

    QByteArray toJson() const;
    static std::optional<WriterJob> fromJson(const QByteArray &json);
};

struct WriterResult
{
    QString error; ///< a Protocol::HelperFailure, encoded
    Manifest memberLayout;
    Manifest manifest; ///< the written edition's view
    int pages = 0; ///< pages in the file
    QString note;

    QByteArray toJson() const;
    static WriterResult fromJson(const QByteArray &json);
};

/// Writes a packet with libqpdf. Runs in ratsmappe-packet-worker only: it parses documents from
/// the server.
class PacketWriter
{
public:
    /// \a documents parallel to the plan's documents (empty for those not handed over), \a
    /// retained parallel to the job's retained sources (empty: not in the cache).
    PacketWriter(WriterJob job, QList<QByteArray> documents, QList<QByteArray> retained);
    ~PacketWriter();

    std::function<void(int done, int total)> onProgress;

    /// Parses the sources and lays the packet out; false with result().error when a source fails.
    bool prepare();
    const WriterResult &result() const;
    /// Writes the PDF to \a out (after prepare()).
    bool write(FILE *out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The manifest embedded in \a pdf, as JSON; empty with \a error set (a Protocol::HelperFailure,
/// encoded) when there is none.
QByteArray embeddedManifest(const QByteArray &pdf, QString *error);

} // namespace Ratsmappe::Packets
