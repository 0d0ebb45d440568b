// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations export FILE_ID --out FILE.pdf`: the document with the member's
// annotations as a standard PDF (annotations/annotationexport.h).
#include "annotationexport.h"
#include "cache.h"
#include "cacheunlocker.h"
#include "commands.h"
#include "documentlookup.h"
#include "exitcode.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Ratsmappe {

int AnnotationsCommand::exportPdf(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString out = parser.value(QStringLiteral("out"));
    if (args.size() != 2 || out.isEmpty()) {
        context.message(tr("ratsmappe annotations export: name one file id and --out FILE.pdf."));
        return ExitUsage;
    }
    const QString fileId = args.at(1);
    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const QString command = QStringLiteral("annotations export");
    const auto version = DocumentLookup::find(*cache, fileId, parser, context, command, &exitCode);
    if (!version) {
        return exitCode;
    }
    AnnotationExport::Request request;
    request.fileId = fileId;
    request.serverId = version->serverId;
    request.out = out;
    request.confirmNonPublic = parser.isSet(QStringLiteral("confirm-nonpublic"));
    request.watermark = parser.value(QStringLiteral("watermark"));
    const AnnotationExport::Result result = AnnotationExport::run(cache->database(), request);
    if (result.needsConfirmation) {
        context.message(tr("ratsmappe annotations export: %1 is not public; nothing was written. Add "
                           "--confirm-nonpublic to export it anyway.")
                            .arg(fileId));
        return ExitUsage;
    }
    if (!result.ok()) {
        context.message(tr("ratsmappe annotations export: %1: %2").arg(fileId, result.error));
        return ExitFailed;
    }
    const QString written = QFileInfo(out).absoluteFilePath();
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("file"), fileId},
                                      {QStringLiteral("out"), written},
                                      {QStringLiteral("pages"), result.pages},
                                      {QStringLiteral("annotations"), result.annotations}});
    } else {
        context.print(tr("%1: %n annotation(s) on %2 pages written to %3.", nullptr, result.annotations)
                          .arg(fileId)
                          .arg(result.pages)
                          .arg(written));
    }
    return ExitOk;
}

} // namespace Ratsmappe
