// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "documentstore.h"
#include "exitcode.h"
#include "filedownloader.h"
#include "syncengine.h"

#include <QNetworkAccessManager>

#include <cstdio>

namespace Ratsmappe {

void CatCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("fetch"), tr("Download the document first if it is not in the cache yet.")});
}

QString CatCommand::summary() const
{
    return tr("Write the current version of a downloaded document to stdout.");
}

int CatCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.message(tr("ratsmappe cat: name one file id."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    DocumentStore docs(cache->database());
    auto version = docs.currentVersion(args.first());
    if (!version && parser.isSet(QStringLiteral("fetch"))) {
        // Any document, in scope or not, can be fetched on demand; it is kept afterwards.
        QNetworkAccessManager network;
        const FileDownloader::Result result = FileDownloader(*cache, network).download({args.first()});
        for (const SyncSkip &skip : result.skipped) {
            context.message(tr("ratsmappe cat: %1 could not be fetched: %2").arg(skip.id, skip.reason));
            return ExitNetwork;
        }
        version = docs.currentVersion(args.first());
    }
    if (!version) {
        context.message(
            tr("ratsmappe cat: %1 is not downloaded (or not a file in the cache).").arg(args.first()));
        return ExitFailed;
    }
    // Chunk by chunk: a 1,000-page budget draft never sits in memory whole.
    auto device = docs.open(version->id);
    while (device && !device->atEnd()) {
        const QByteArray bytes = device->read(DocumentWriter::DefaultChunkSize);
        if (bytes.isEmpty() ||
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) !=
                static_cast<size_t>(bytes.size())) {
            context.message(tr("ratsmappe cat: writing %1 failed.").arg(args.first()));
            return ExitFailed;
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace Ratsmappe
