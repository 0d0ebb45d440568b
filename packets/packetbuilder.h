// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"
#include "packetcheck.h"
#include "packetlayout.h"
#include "packetmanifest.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace Ratsmappe {
class Database;
}

namespace Ratsmappe::Packets {

struct BuildOptions
{
    Edition edition = Edition::Member;
    QString watermark; ///< member edition: a name printed across every page; empty: none
    /// Member edition: each document's pages carry the member's annotations on its current
    /// version, as standard PDF annotations (annotations/pdf/annotationpdfwriter.h).
    bool withAnnotations = false;
    Numbering numbering = Numbering::Auto;
    /// The layout to continue (read from an earlier packet with manifestOf()); none: the layout
    /// last issued from this cache.
    std::optional<Manifest> previous;
    PdfHelperLimits limits{600000, 2LL * 1024 * 1024 * 1024};
};

struct BuildResult
{
    QString error; ///< one line for the clerk; empty on success
    bool cancelled = false;
    CheckReport report; ///< the check the build ran first (a build refuses while something is missing)
    Manifest manifest; ///< of the packet written (its edition's view)
    Manifest memberLayout; ///< the layout in member numbering: what PacketStore::setIssued keeps
    int pages = 0; ///< pages in the file written
    qint64 bytes = 0;
    QString note; ///< e.g. why a supplement was numbered afresh
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Builds a meeting's session packet. The documents are read from the cache here and handed,
/// through a pipe, to the helper program `ratsmappe-packet-worker`, which parses them with libqpdf
/// under a time and a memory limit and writes the packet back through a pipe: a hostile or broken
/// document can end that process, never the caller. Nothing decrypted touches the disk unless
/// the caller's device is a file. Blocking; call it off the GUI thread.
class PacketBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Packets::PacketBuilder)
public:
    explicit PacketBuilder(Database &db);

    /// Called with how far the build is, in percent (done of 100): handing the documents over,
    /// the helper reading them, writing the packet.
    std::function<void(int done, int total)> onProgress;
    /// Asked between steps; true stops the build (result.cancelled).
    std::function<bool()> shouldStop;

    /// The completeness report of the meeting (against the last packet built in this cache).
    CheckReport check(const QString &meetingId, const QString &serverId = {});
    /// Builds the packet and writes it to \a out. Nothing is recorded as issued: see issue().
    BuildResult
    build(const QString &meetingId, const QString &serverId, const BuildOptions &options, QIODevice &out);
    /// Builds the packet into the cache (PacketStore), replacing that edition's earlier build.
    BuildResult
    buildIntoCache(const QString &meetingId, const QString &serverId, const BuildOptions &options);
    /// Records \a result's layout as issued (saved or exported): the next build keeps its numbers.
    void issue(const QString &meetingId, const QString &serverId, const BuildResult &result);
    /// Records as issued the layout of the packet kept in the cache (its edition's manifest).
    bool issueStored(const QString &meetingId, const QString &serverId, const QString &edition);

    /// The manifest embedded in a packet file, read in the helper process.
    static std::optional<Manifest>
    manifestOf(const QByteArray &pdf, QString *error, const PdfHelperLimits &limits = {});
    /// The helper program: beside the running program, or $RATSMAPPE_PACKET_WORKER.
    static QString workerPath();

private:
    Database &m_db;
};

} // namespace Ratsmappe::Packets
