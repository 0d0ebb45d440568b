// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentlookup.h"

#include "cache.h"
#include "command.h"
#include "exitcode.h"
#include "filedownloader.h"
#include "objectstore.h"
#include "syncengine.h"

#include <QNetworkAccessManager>

namespace Ratsmappe {

void DocumentLookup::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("fetch"), tr("Download the document first if it is not in the cache yet.")});
    parser.addOption({QStringLiteral("server"),
                      tr("The server whose file is meant (the URL it was synced with), where several servers "
                         "serve a file with the same id."),
                      QStringLiteral("URL")});
}

std::optional<FileVersion> DocumentLookup::find(Cache &cache,
                                                const QString &fileId,
                                                const QCommandLineParser &parser,
                                                const CommandContext &context,
                                                const QString &command,
                                                int *exitCode)
{
    QString server = parser.isSet(QStringLiteral("server"))
        ? QUrl(parser.value(QStringLiteral("server"))).toString()
        : QString();
    if (server.isEmpty()) {
        const QStringList servers = ObjectStore(cache.database()).servers(ObjectKind::File, fileId);
        if (servers.size() > 1) {
            context.message(
                tr("ratsmappe %1: %2 is a file of several servers (%3); name one with --server URL.")
                    .arg(command, fileId, servers.join(QLatin1String(", "))));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
        server = servers.value(0);
    }
    DocumentStore docs(cache.database());
    auto version = docs.currentVersion(fileId, server);
    if (!version && parser.isSet(QStringLiteral("fetch"))) {
        // Any document, in scope or not, can be fetched on demand; it is kept afterwards.
        QNetworkAccessManager network;
        FileDownloader downloader(cache, network);
        downloader.setServer(server);
        const FileDownloader::Result result = downloader.download({fileId});
        for (const SyncSkip &skip : result.skipped) {
            context.message(
                tr("ratsmappe %1: %2 could not be fetched: %3").arg(command, skip.id, skip.reason));
            *exitCode = ExitNetwork;
            return std::nullopt;
        }
        version = docs.currentVersion(fileId, server);
    }
    if (!version) {
        context.message(
            tr("ratsmappe %1: %2 is not downloaded (or not a file in the cache).").arg(command, fileId));
        *exitCode = ExitFailed;
    }
    return version;
}

std::optional<QString> DocumentLookup::serverOf(Cache &cache,
                                                const QList<ObjectKind> &kinds,
                                                const QString &id,
                                                const QCommandLineParser &parser,
                                                const CommandContext &context,
                                                const QString &command,
                                                int *exitCode)
{
    QStringList servers;
    ObjectStore objects(cache.database());
    for (ObjectKind kind : kinds) {
        for (const QString &server : objects.servers(kind, id)) {
            if (!servers.contains(server)) {
                servers.append(server);
            }
        }
    }
    if (parser.isSet(QStringLiteral("server"))) {
        const QString server = QUrl(parser.value(QStringLiteral("server"))).toString();
        if (servers.contains(server)) {
            return server;
        }
        servers.clear();
    }
    if (servers.isEmpty()) {
        context.message(tr("ratsmappe %1: %2 is not in the cache.").arg(command, id));
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    if (servers.size() > 1) {
        context.message(
            tr("ratsmappe %1: %2 is an object of several servers (%3); name one with --server URL.")
                .arg(command, id, servers.join(QLatin1String(", "))));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return servers.first();
}

} // namespace Ratsmappe
