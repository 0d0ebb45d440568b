// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationtransfer.h"

#include "annotationexport.h"
#include "annotationimport.h"
#include "annotationsummary.h"
#include "atomicfile.h"
#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "documentstore.h"
#include "nonpublic.h"
#include "savelocation.h"
#include "storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Ratsmappe {

namespace {

/// A name from the server is a name, never a path.
QString fileNameFor(QString name, const QString &fallback)
{
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('-'));
    name = name.trimmed();
    if (name.isEmpty()) {
        name = fallback;
    }
    return name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? name : name + QStringLiteral(".pdf");
}

/// The system's save dialog, starting in the member's Documents folder (as DocumentSaver does).
QString askWhereToSave(const QString &title, const QString &name)
{
    return QFileDialog::getSaveFileName(
        nullptr, title, QDir(saveFolder()).filePath(name), AnnotationTransfer::tr("PDF documents (*.pdf)"));
}

} // namespace

AnnotationTransfer::AnnotationTransfer(QObject *parent)
    : QObject(parent)
{ }

void AnnotationTransfer::setCacheController(CacheController *controller)
{
    if (controller != m_cacheController) {
        m_cacheController = controller;
        Q_EMIT cacheControllerChanged();
    }
}

int AnnotationTransfer::nonPublicInMeeting(const QString &meetingId, const QString &serverId) const
{
    Cache *cache = m_cacheController ? m_cacheController->cache() : nullptr;
    if (!cache) {
        return 0;
    }
    AnnotationSummary::Result result;
    AnnotationSummary::compose(cache->database(), meetingId, serverId, {}, &result);
    return result.nonPublicLeftOut;
}

void AnnotationTransfer::saveSummary(const QString &meetingId,
                                     const QString &serverId,
                                     const QString &meetingName,
                                     bool includeNonPublic)
{
    if (busy()) {
        return;
    }
    const QString path =
        askWhereToSave(tr("Save Summary of Annotations"),
                       fileNameFor(tr("Annotations %1").arg(meetingName), tr("annotations")));
    if (path.isEmpty()) {
        return; // cancelled
    }
    writeSummary(meetingId, serverId, QUrl::fromLocalFile(path), includeNonPublic);
}

void AnnotationTransfer::writeSummary(const QString &meetingId,
                                      const QString &serverId,
                                      const QUrl &url,
                                      bool includeNonPublic)
{
    const QString path = url.toLocalFile();
    start(tr("Writing the summary…"), [=](Database &db) -> Outcome {
        AnnotationSummary::Options options;
        options.includeNonPublic = includeNonPublic;
        const AnnotationSummary::Result result = AnnotationSummary::write(db, meetingId, serverId, options);
        if (!result.found) {
            return {false, tr("The meeting is no longer in the cache.")};
        }
        if (!result.ok()) {
            return {false, result.error};
        }
        writeFileAtomically(path, result.pdf);
        return {true,
                tr("Saved the summary to %1: %2, %3.")
                    .arg(QDir::toNativeSeparators(path),
                         tr("%n annotation(s)", "", result.annotations),
                         tr("%n note(s)", "", result.notes))};
    });
}

bool AnnotationTransfer::isNonPublicFile(const QString &fileId, const QString &serverId) const
{
    Cache *cache = m_cacheController ? m_cacheController->cache() : nullptr;
    if (!cache) {
        return false;
    }
    const auto version = DocumentStore(cache->database()).currentVersion(fileId, serverId);
    return fileIsNonPublic(cache->database(), version ? version->serverId : serverId, fileId);
}

void AnnotationTransfer::exportDocument(const QString &fileId,
                                        const QString &serverId,
                                        const QString &name,
                                        const QString &watermark,
                                        bool confirmNonPublic)
{
    if (busy()) {
        return;
    }
    QString base = name;
    if (base.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        base.chop(4);
    }
    const QString path = askWhereToSave(tr("Export with Annotations"),
                                        fileNameFor(tr("%1 (annotated)").arg(base), tr("document")));
    if (!path.isEmpty()) {
        writeExport(fileId, serverId, QUrl::fromLocalFile(path), watermark, confirmNonPublic);
    }
}

void AnnotationTransfer::writeExport(const QString &fileId,
                                     const QString &serverId,
                                     const QUrl &url,
                                     const QString &watermark,
                                     bool confirmNonPublic)
{
    AnnotationExport::Request request;
    request.fileId = fileId;
    request.serverId = serverId;
    request.out = url.toLocalFile();
    request.watermark = watermark;
    request.confirmNonPublic = confirmNonPublic;
    start(tr("Exporting…"), [request](Database &db) -> Outcome {
        const AnnotationExport::Result result = AnnotationExport::run(db, request);
        if (!result.ok()) {
            return {false, result.error};
        }
        return {
            true,
            tr("Saved %1 with %2.")
                .arg(QDir::toNativeSeparators(request.out), tr("%n annotation(s)", "", result.annotations))};
    });
}

void AnnotationTransfer::importInto(const QString &fileId, const QString &serverId)
{
    if (busy()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        nullptr, tr("Import Annotations"), saveFolder(), tr("PDF documents (*.pdf);;All files (*)"));
    if (!path.isEmpty()) {
        readImport(fileId, serverId, QUrl::fromLocalFile(path));
    }
}

void AnnotationTransfer::readImport(const QString &fileId, const QString &serverId, const QUrl &url)
{
    const QString path = url.toLocalFile();
    start(tr("Importing annotations…"), [=](Database &db) -> Outcome {
        QFile file(path);
        // A PDF beyond this is no annotated copy of a council document.
        constexpr qint64 MaxPdf = 2LL * 1024 * 1024 * 1024;
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxPdf) {
            return {false,
                    tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        }
        const QByteArray pdf = file.readAll();
        const auto version = DocumentStore(db).currentVersion(fileId, serverId);
        if (!version) {
            return {false, tr("The document is not in the cache. Sync again to download it.")};
        }
        const AnnotationImport::Result result =
            AnnotationImport(db, version->serverId, fileId, version->id).run(pdf);
        if (!result.ok()) {
            return {false, result.error};
        }
        QStringList parts{tr("%n new", "annotations", result.added),
                          tr("%n updated", "annotations", result.updated),
                          tr("%n already here", "annotations", result.unchanged)};
        if (result.needsAttention > 0) {
            parts << tr("%n to check", "annotations that need attention", result.needsAttention);
        }
        if (result.skipped > 0) {
            parts << tr("%n unreadable left out", "annotations", result.skipped);
        }
        return {true,
                tr("Annotations imported from %1: %2.")
                    .arg(QFileInfo(path).fileName(), parts.join(QStringLiteral(", "))),
                result.added + result.updated > 0};
    });
}

void AnnotationTransfer::start(const QString &busyText, Work work)
{
    Cache *cache = m_cacheController ? m_cacheController->cache() : nullptr;
    if (!cache) {
        Q_EMIT finished(false, tr("The cache is locked."));
        return;
    }
    std::shared_ptr<Database> db;
    try {
        db = cache->openConnection();
    } catch (const StoreError &e) {
        Q_EMIT finished(false, e.message());
        return;
    }
    m_busyText = busyText;
    Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_busyText.clear();
        Q_EMIT busyChanged();
        if (outcome.changed && m_cacheController) {
            Q_EMIT m_cacheController->annotationsChanged();
        }
        Q_EMIT finished(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([db, work = std::move(work)]() -> Outcome {
        try {
            return work(*db);
        } catch (const StoreError &e) {
            return {false, e.message()};
        } catch (const std::exception &) {
            // Out of memory on a huge file, say: a message, not an ended app.
            return {false, tr("Not enough memory for this file.")};
        }
    }));
}

} // namespace Ratsmappe
