// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationexport.h"

#include "annotationjson.h"
#include "annotationstore.h"
#include "annotationworker.h"
#include "documentstore.h"
#include "nonpublic.h"
#include "pipeframe.h"
#include "storeerror.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ratsmappe {

AnnotationExport::Result
AnnotationExport::run(Database &db, const Request &request, const PdfHelperLimits &limits)
{
    Result result;
    DocumentStore documents(db);
    const std::optional<FileVersion> version = documents.currentVersion(request.fileId, request.serverId);
    if (!version) {
        result.error =
            tr("The document %1 is not in the cache. Sync again to download it.").arg(request.fileId);
        return result;
    }
    if (version->kind != DocumentKind::Pdf) {
        result.error = tr("The document %1 is not a PDF: its annotations cannot be written into it.")
                           .arg(request.fileId);
        return result;
    }
    if (!request.confirmNonPublic && fileIsNonPublic(db, version->serverId, request.fileId)) {
        result.needsConfirmation = true;
        result.error = tr("The document %1 is not public. Confirm that it may leave the cache with your "
                          "annotations.")
                           .arg(request.fileId);
        return result;
    }

    // The worker's job (AnnotationPdf::ExportJob, annotations/pdf/annotationpdfwriter.h).
    QJsonArray annotations;
    for (const StoredAnnotation &a : AnnotationStore(db).forVersion(version->id)) {
        annotations.append(AnnotationJson::toJson(a));
    }
    QByteArray input = QJsonDocument(QJsonObject{{QStringLiteral("annotations"), annotations},
                                                 {QStringLiteral("watermark"), request.watermark.trimmed()},
                                                 {QStringLiteral("title"), request.title}})
                           .toJson(QJsonDocument::Compact);
    input.prepend(PipeFrame::frameHeader(input.size()));
    {
        const QByteArray bytes = documents.readAll(version->id);
        if (bytes.size() != version->size) {
            result.error = tr("The document %1 could not be read from the cache.").arg(request.fileId);
            return result;
        }
        input += PipeFrame::frameHeader(bytes.size());
        input += bytes;
    }

    AnnotationWorker::Result written = AnnotationWorker::run(QStringLiteral("export"), input, limits);
    input.fill('\0'); // the decrypted document does not linger in freed memory
    if (!written.ok()) {
        result.error = written.error;
        return result;
    }
    // Read back in the PDF helper: what the member gets opens in Poppler, and its pages count.
    const IsolatedPdf::Result check = IsolatedPdf::probe(written.output, limits);
    if (!check.ok()) {
        result.error = tr("The exported PDF could not be read back: %1").arg(check.error);
        return result;
    }
    QBuffer buffer(&written.output);
    buffer.open(QIODevice::ReadOnly);
    result.error = DocumentStore::saveCopy(buffer, request.out);
    written.output.fill('\0');
    if (result.ok()) {
        result.pages = check.pageCount;
        result.annotations = int(annotations.size());
    }
    return result;
}

} // namespace Ratsmappe
