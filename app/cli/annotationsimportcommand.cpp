// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations import FILE_ID FILE.pdf`: the annotations of a PDF annotated elsewhere
// onto the cached document (AnnotationImport).
#include "annotationimport.h"
#include "cache.h"
#include "cacheunlocker.h"
#include "commands.h"
#include "documentlookup.h"
#include "exitcode.h"

#include <QFile>
#include <QJsonArray>

namespace Ratsmappe {

namespace {

// A PDF larger than the largest document sync keeps is not read.
constexpr qint64 MaxBytes = 1LL << 30;

} // namespace

int AnnotationsCommand::importPdf(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        context.message(tr("ratsmappe annotations import: name one file id and one PDF file."));
        return ExitUsage;
    }
    const QString fileId = args.at(1);
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        context.message(
            tr("ratsmappe annotations import: %1 cannot be read: %2").arg(args.at(2), file.errorString()));
        return ExitFailed;
    }
    if (file.size() > MaxBytes) {
        context.message(tr("ratsmappe annotations import: %1 is larger than 1 GiB.").arg(args.at(2)));
        return ExitFailed;
    }
    const QByteArray pdf = file.readAll();
    file.close();

    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const auto version = DocumentLookup::find(
        *cache, fileId, parser, context, QStringLiteral("annotations import"), &exitCode);
    if (!version) {
        return exitCode;
    }
    AnnotationImport import(cache->database(), version->serverId, fileId, version->id);
    const AnnotationImport::Result result = import.run(pdf);
    if (!result.ok()) {
        context.message(tr("ratsmappe annotations import: %1: %2").arg(args.at(2), result.error));
        return ExitFailed;
    }
    if (context.json) {
        QJsonArray rows;
        for (const AnnotationImport::Row &r : result.rows) {
            QJsonObject json = row(r.annotation);
            json.insert(QStringLiteral("import"), r.outcome);
            rows.append(json);
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), fileId},
                                      {QStringLiteral("version"), version->id},
                                      {QStringLiteral("added"), result.added},
                                      {QStringLiteral("updated"), result.updated},
                                      {QStringLiteral("unchanged"), result.unchanged},
                                      {QStringLiteral("skipped"), result.skipped},
                                      {QStringLiteral("needsAttention"), result.needsAttention},
                                      {QStringLiteral("annotations"), rows}});
        return ExitOk;
    }
    context.print(tr("%1: %n added", nullptr, result.added).arg(fileId) + QStringLiteral(", ") +
                  tr("%n updated", nullptr, result.updated) + QStringLiteral(", ") +
                  tr("%n unchanged", nullptr, result.unchanged) + QStringLiteral(", ") +
                  tr("%n skipped (not readable)", nullptr, result.skipped) + QStringLiteral(", ") +
                  tr("%n needing attention", nullptr, result.needsAttention));
    return ExitOk;
}

} // namespace Ratsmappe
