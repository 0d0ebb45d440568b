// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentsaver.h"

#include "savelocation.h"

#include "filetitlestore.h"
#include "packetstore.h"
#include "storeerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ratsmappe {

DocumentSaver::DocumentSaver(QObject *parent)
    : QObject(parent)
{ }

void DocumentSaver::setDocument(DocumentSession *document)
{
    if (document != m_document) {
        m_document = document;
        Q_EMIT documentChanged();
    }
}

QString DocumentSaver::suggestedFileName() const
{
    Cache *cache = m_document ? m_document->cache() : nullptr;
    if (!cache) {
        return {};
    }
    const auto names = FileTitleStore(cache->database()).title(m_document->fileId(), m_document->serverId());
    const QString name = names ? names->fileName : QString();
    return name.isEmpty() ? m_document->title() : name;
}

QUrl DocumentSaver::saveFolder()
{
    return QUrl::fromLocalFile(Ratsmappe::saveFolder());
}

QUrl DocumentSaver::suggestedSaveUrl() const
{
    QString name = suggestedFileName();
    // A name from the server is a name, never a path.
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty()) {
        name = tr("document");
    }
    const bool pdf = m_document && m_document->version() && m_document->version()->kind == DocumentKind::Pdf;
    if (pdf && !name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        name += QLatin1String(".pdf");
    }
    return QUrl::fromLocalFile(QDir(saveFolder().toLocalFile()).filePath(name));
}

QString DocumentSaver::saveCopy(const QUrl &url)
{
    Cache *cache = m_document ? m_document->cache() : nullptr;
    if (!cache || m_document->versionId() == 0) {
        return tr("The document is not in the cache. Sync again to download it.");
    }
    // A dialog gives a file URL; a path typed elsewhere may come without a scheme.
    const QString path = url.isLocalFile() ? url.toLocalFile()
        : url.scheme().isEmpty()           ? url.path()
                                           : QString();
    if (path.isEmpty()) {
        return tr("Only files on this computer can be written: %1").arg(url.toDisplayString());
    }
    try {
        if (const QString problem = DocumentStore(cache->database()).saveCopy(m_document->versionId(), path);
            !problem.isEmpty()) {
            return problem;
        }
        // A session packet saved elsewhere is handed out: its page numbers now count as issued,
        // as when the packet page saves it.
        if (PacketStore::isPacketFile(m_document->fileId()) && m_document->version()) {
            PacketStore(cache->database())
                .issueStoredFile(m_document->version()->serverId, m_document->fileId());
        }
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

// Qt's widget file dialog (or the desktop's, through the platform theme), as for printing: Qt
// Quick's own dialog leaves the name field empty for a file that does not exist yet and appends
// a typed absolute path to the folder it shows.
void DocumentSaver::saveCopyAs()
{
    const QString path =
        QFileDialog::getSaveFileName(nullptr, tr("Save Document"), suggestedSaveUrl().toLocalFile());
    if (path.isEmpty()) {
        return; // cancelled
    }
    const QString problem = saveCopy(QUrl::fromLocalFile(path));
    Q_EMIT saveFinished(problem.isEmpty(), problem.isEmpty() ? QDir::toNativeSeparators(path) : problem);
}

} // namespace Ratsmappe
