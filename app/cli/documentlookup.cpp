// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentlookup.h"

#include "cache.h"
#include "command.h"
#include "exitcode.h"
#include "filedownloader.h"
#include "syncengine.h"

#include <QNetworkAccessManager>

namespace Ratsmappe {

void DocumentLookup::addFetchOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("fetch"), tr("Download the document first if it is not in the cache yet.")});
}

std::optional<FileVersion> DocumentLookup::find(Cache &cache,
                                                const QString &fileId,
                                                const QCommandLineParser &parser,
                                                const CommandContext &context,
                                                const QString &command,
                                                int *exitCode)
{
    DocumentStore docs(cache.database());
    auto version = docs.currentVersion(fileId);
    if (!version && parser.isSet(QStringLiteral("fetch"))) {
        // Any document, in scope or not, can be fetched on demand; it is kept afterwards.
        QNetworkAccessManager network;
        const FileDownloader::Result result = FileDownloader(cache, network).download({fileId});
        for (const SyncSkip &skip : result.skipped) {
            context.message(
                tr("ratsmappe %1: %2 could not be fetched: %3").arg(command, skip.id, skip.reason));
            *exitCode = ExitNetwork;
            return std::nullopt;
        }
        version = docs.currentVersion(fileId);
    }
    if (!version) {
        context.message(
            tr("ratsmappe %1: %2 is not downloaded (or not a file in the cache).").arg(command, fileId));
        *exitCode = ExitFailed;
    }
    return version;
}

} // namespace Ratsmappe
