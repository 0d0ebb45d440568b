// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetbuilder.h"

#include "annotationjson.h"
#include "annotationstore.h"
#include "database.h"
#include "documentstore.h"
#include "downloadstore.h"
#include "packetlog.h"
#include "packetprotocol.h"
#include "packetstore.h"
#include "packetwriter.h"
#include "storeerror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QtEndian>

namespace Ratsmappe::Packets {

namespace {

constexpr qint64 ReadBlock = 1024 * 1024;

/// Forwards what is written to a version being stored in the cache.
class CacheSink : public QIODevice
{
public:
    explicit CacheSink(DocumentWriter &writer)
        : m_writer(writer)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        m_writer.write(QByteArray(data, length));
        return length;
    }

private:
    DocumentWriter &m_writer;
};

/// What the helper said when it failed, in the member's words; empty when it said nothing.
QString helperError(const QByteArray &errors)
{
    const qsizetype at = errors.indexOf("error ");
    if (at < 0) {
        return {};
    }
    const qsizetype end = errors.indexOf('\n', at);
    return Protocol::HelperFailure::decode(QString::fromUtf8(errors.mid(at + 6, end < 0 ? -1 : end - at - 6)))
        .describe();
}

/// The last layout a packet of the meeting was built or issued with, whichever is newer.
std::optional<Manifest> lastBuilt(PacketStore &store, const QString &serverId, const QString &meetingId)
{
    std::optional<Manifest> newest;
    for (const QString &edition : {QStringLiteral("member"), QStringLiteral("public")}) {
        if (const auto stored = store.packet(serverId, meetingId, edition)) {
            const auto m = Manifest::fromJson(stored->manifest);
            if (m && (!newest || m->built > newest->built)) {
                newest = m;
            }
        }
    }
    if (const auto issued = store.issuedManifest(serverId, meetingId)) {
        const auto m = Manifest::fromJson(*issued);
        if (m && (!newest || m->built > newest->built)) {
            newest = m;
        }
    }
    return newest;
}

} // namespace

PacketBuilder::PacketBuilder(Database &db)
    : m_db(db)
{ }

QString PacketBuilder::workerPath()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_PACKET_WORKER");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-packet-worker")
                         : env;
}

CheckReport PacketBuilder::check(const QString &meetingId, const QString &serverId)
{
    const auto plan = readPlan(m_db, meetingId, serverId);
    if (!plan) {
        return {};
    }
    PacketStore store(m_db);
    return Packets::check(*plan, lastBuilt(store, plan->meeting.serverId, meetingId));
}

BuildResult PacketBuilder::build(const QString &meetingId,
                                 const QString &serverId,
                                 const BuildOptions &options,
                                 QIODevice &out)
{
    BuildResult result;
    const auto plan = readPlan(m_db, meetingId, serverId);
    if (!plan) {
        result.error = tr("The meeting %1 is not in the cache.").arg(meetingId);
        return result;
    }
    PacketStore store(m_db);
    const QString server = plan->meeting.serverId;
    result.report = Packets::check(*plan, lastBuilt(store, server, meetingId));
    if (!result.report.complete()) {
        result.error = tr("%n document(s) of the meeting are missing; the packet would lack their pages.",
                          "",
                          result.report.missing());
        return result;
    }
    if (options.edition == Edition::Public && !options.watermark.isEmpty()) {
        result.error = tr("Only the member edition carries a personal watermark.");
        return result;
    }
    if (options.edition == Edition::Public && options.withAnnotations) {
        result.error = tr("Only the member edition carries the member's annotations.");
        return result;
    }

    WriterJob job;
    job.plan = *plan;
    job.edition = options.edition;
    job.watermark = options.watermark;
    job.built = QDateTime::currentDateTimeUtc();
    if (options.withAnnotations) {
        AnnotationStore annotations(m_db);
        for (const PlanDocument &d : plan->documents) {
            if (d.versionId == 0 || job.annotations.contains(d.versionId)) {
                continue;
            }
            QList<QJsonObject> list;
            for (const StoredAnnotation &a : annotations.forVersion(d.versionId)) {
                list.append(AnnotationJson::toJson(a));
            }
            if (!list.isEmpty()) {
                job.annotations.insert(d.versionId, list);
            }
        }
    }
    if (options.numbering != Numbering::Fresh) {
        if (options.previous) {
            job.previous = options.previous;
        } else if (const auto issued = store.issuedManifest(server, meetingId)) {
            job.previous = Manifest::fromJson(*issued);
        }
        if (options.numbering == Numbering::Supplement && !job.previous) {
            result.error = tr("No packet of this meeting was issued yet: there are no page numbers to keep.");
            return result;
        }
    }
    if (job.previous &&
        (job.previous->meetingId != meetingId ||
         (!job.previous->serverId.isEmpty() && job.previous->serverId != server))) {
        result.error = tr("The earlier packet is of another meeting (%1).").arg(job.previous->meetingId);
        return result;
    }
    if (job.previous) {
        job.retained = retainedSources(*plan, *job.previous);
        for (RetainedSource &r : job.retained) {
            if (r.fileId.isEmpty()) {
                continue;
            }
            if (Manifest::isHidden(r.entry.content)) {
                // A public edition's layout: the version is found by its hidden hash.
                for (const auto &[id, blake2b] : store.completeVersions(server, r.fileId)) {
                    if (Manifest::hide(blake2b, plan->keySecret) == r.entry.content) {
                        r.versionId = id;
                        break;
                    }
                }
            } else {
                r.versionId = store.versionWithContent(server, r.fileId, r.entry.content).value_or(0);
            }
            if (r.entry.title.isEmpty()) {
                for (const PlanDocument &d : plan->documents) {
                    if (d.fileId == r.fileId) {
                        r.entry.title = d.title;
                    }
                }
            }
        }
    }

    QProcess process;
    IsolatedPdf::prepare(process, workerPath(), {QStringLiteral("build")}, options.limits);
    process.start();
    if (!process.waitForStarted()) {
        result.error = IsolatedPdf::notStarted(process.errorString());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    const auto stopping = [&] {
        if (shouldStop && shouldStop()) {
            result.cancelled = true;
        } else if (clock.elapsed() > options.limits.timeoutMs) {
            result.error = IsolatedPdf::timedOut(options.limits);
        } else {
            return false;
        }
        process.kill();
        process.waitForFinished();
        return true;
    };
    // Everything handed over counts 40 %, the helper's reading 40 %, the writing the rest.
    qint64 totalBytes = 0;
    for (const PlanDocument &d : std::as_const(job.plan.documents)) {
        totalBytes += d.placed() ? d.size : 0;
    }
    const auto progress = [this](int percent) {
        if (onProgress) {
            onProgress(std::min(percent, 99), 100);
        }
    };
    const auto send = [&](const QByteArray &bytes) {
        process.write(bytes);
        while (process.bytesToWrite() > 4 * ReadBlock) {
            if (!process.waitForBytesWritten(200) && process.state() != QProcess::Running) {
                return false;
            }
            if (stopping()) {
                return false;
            }
        }
        return true;
    };
    DocumentStore documents(m_db);
    qint64 sent = 0;
    const auto sendVersion = [&](qint64 versionId) {
        const auto version = versionId ? documents.version(versionId) : std::nullopt;
        if (!version || !version->complete) {
            return send(Protocol::frameHeader(0));
        }
        if (!send(Protocol::frameHeader(version->size))) {
            return false;
        }
        const std::unique_ptr<QIODevice> device = documents.open(versionId);
        qint64 left = version->size;
        while (left > 0) {
            if (stopping()) {
                return false;
            }
            const QByteArray block = device->read(std::min(left, ReadBlock));
            if (block.isEmpty()) {
                result.error =
                    tr("A document could not be read from the cache: %1").arg(device->errorString());
                process.kill();
                process.waitForFinished();
                return false;
            }
            left -= block.size();
            sent += block.size();
            if (!send(block)) {
                return false;
            }
            progress(totalBytes > 0 ? int(40 * sent / totalBytes) : 40);
        }
        return true;
    };
    const QByteArray jobJson = job.toJson();
    bool handedOver = send(Protocol::frameHeader(jobJson.size())) && send(jobJson);
    try {
        for (const PlanDocument &d : std::as_const(job.plan.documents)) {
            // Only what is placed travels; a public edition still needs a non-public document's
            // page count, so it travels too, and the helper leaves it out.
            handedOver = handedOver && sendVersion(d.placed() ? d.versionId : 0);
        }
        for (const RetainedSource &r : std::as_const(job.retained)) {
            handedOver = handedOver && sendVersion(r.versionId);
        }
    } catch (const StoreError &e) {
        process.kill();
        process.waitForFinished();
        result.error = e.message();
        return result;
    }
    if (result.cancelled || !result.error.isEmpty()) {
        return result;
    }
    process.closeWriteChannel();

    QByteArray pending; // stdout not yet parsed: the result frame comes first
    QByteArray errors;
    bool haveResult = false;
    WriterResult written;
    const auto drain = [&] {
        errors += process.readAllStandardError();
        // Progress lines are read as they come; anything else (the failure, or a library's
        // warning) stays for the end.
        qsizetype from = 0;
        qsizetype line;
        while ((line = errors.indexOf('\n', from)) >= 0) {
            const QByteArray text = errors.mid(from, line - from);
            if (text.startsWith("progress ")) {
                const QList<QByteArray> parts = text.split(' ');
                const int done = parts.value(1).toInt();
                const int total = std::max(1, parts.value(2).toInt());
                progress(40 + 40 * done / total);
                errors.remove(from, line + 1 - from);
            } else {
                from = line + 1;
            }
        }
        pending += process.readAllStandardOutput();
        if (!haveResult && pending.size() >= 8) {
            const qint64 length = qint64(qFromBigEndian<quint64>(pending.constData()));
            if (pending.size() >= 8 + length) {
                written = WriterResult::fromJson(pending.mid(8, length));
                pending.remove(0, 8 + length);
                haveResult = true;
            }
        }
        if (haveResult && !pending.isEmpty()) {
            if (out.write(pending) != pending.size()) {
                throw StoreError(StoreError::Io,
                                 tr("The packet could not be written: %1").arg(out.errorString()));
            }
            result.bytes += pending.size();
            pending.clear();
            progress(80 + int(totalBytes > 0 ? 20 * result.bytes / totalBytes : 0));
        }
    };
    try {
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            drain();
            if (stopping()) {
                return result;
            }
        }
        drain();
    } catch (const StoreError &e) {
        process.kill();
        process.waitForFinished();
        result.error = e.message();
        return result;
    }
    if (process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0) {
        result.error = helperError(errors);
        if (result.error.isEmpty()) {
            result.error =
                tr("The packet helper stopped: a document made it run out of memory or time, or crashed "
                   "it. Check the meeting's documents in the reader.");
        }
        qCWarning(lcPackets) << "packet worker failed:" << process.exitStatus() << process.exitCode();
        return result;
    }
    if (!haveResult || !written.error.isEmpty()) {
        result.error = haveResult ? Protocol::HelperFailure::decode(written.error).describe()
                                  : tr("The packet helper gave no packet.");
        return result;
    }
    result.manifest = written.manifest;
    result.memberLayout = written.memberLayout;
    result.pages = written.pages;
    result.note = written.note;
    if (onProgress) {
        onProgress(100, 100);
    }
    return result;
}

BuildResult
PacketBuilder::buildIntoCache(const QString &meetingId, const QString &serverId, const BuildOptions &options)
{
    const auto meeting = PacketStore(m_db).meeting(meetingId, serverId);
    if (!meeting) {
        BuildResult result;
        result.error = tr("The meeting %1 is not in the cache.").arg(meetingId);
        return result;
    }
    const QString edition = editionName(options.edition);
    PacketStore store(m_db);
    const QString title =
        (options.edition == Edition::Public ? tr("Session packet %1 (public)") : tr("Session packet %1"))
            .arg(meeting->name);
    std::unique_ptr<DocumentWriter> writer = store.beginPacket(meeting->serverId, meetingId, edition, title);
    CacheSink sink(*writer);
    BuildResult result;
    bool committed = false;
    // Nothing half-built stays, whatever ends the build (a store error, memory running out): the
    // version's chunks go with it.
    const auto discard = qScopeGuard([&] {
        if (!committed) {
            try {
                DownloadStore(m_db, meeting->serverId).removeVersion(writer->versionId());
            } catch (const StoreError &e) {
                qCWarning(lcPackets) << "an unfinished packet could not be removed:" << e.message();
            }
        }
    });
    try {
        result = build(meetingId, meeting->serverId, options, sink);
        if (result.ok()) {
            Transaction tx(m_db);
            store.commitPacket(*writer, meeting->serverId, meetingId, edition, result.memberLayout.toJson());
            tx.commit();
            committed = true;
        }
    } catch (const StoreError &e) {
        result.error = e.message();
    }
    return result;
}

void PacketBuilder::issue(const QString &meetingId, const QString &serverId, const BuildResult &result)
{
    const auto meeting = PacketStore(m_db).meeting(meetingId, serverId);
    PacketStore(m_db).setIssued(
        meeting ? meeting->serverId : serverId, meetingId, result.memberLayout.toJson());
}

bool PacketBuilder::issueStored(const QString &meetingId, const QString &serverId, const QString &edition)
{
    PacketStore store(m_db);
    const auto meeting = store.meeting(meetingId, serverId);
    return store.issueStoredFile(meeting ? meeting->serverId : serverId,
                                 PacketStore::fileIdFor(meetingId, edition));
}

std::optional<Manifest>
PacketBuilder::manifestOf(const QByteArray &pdf, QString *error, const PdfHelperLimits &limits)
{
    QProcess process;
    IsolatedPdf::prepare(process, workerPath(), {QStringLiteral("manifest")}, limits);
    if (QString why = IsolatedPdf::runPrepared(process, pdf, limits); !why.isEmpty()) {
        *error = std::move(why);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = helperError(process.readAllStandardError());
        if (error->isEmpty()) {
            *error = tr("The file could not be read.");
        }
        return std::nullopt;
    }
    QString why;
    auto manifest = Manifest::fromJson(process.readAllStandardOutput(), &why);
    if (!manifest) {
        *error = tr("The file's packet layout cannot be used: %1").arg(why);
    }
    return manifest;
}

} // namespace Ratsmappe::Packets
