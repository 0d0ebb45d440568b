// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"
#include "filetitlestore.h"
#include "secretinput.h"
#include "serverstore.h"
#include "syncscope.h"
#include "syncsession.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace Ratsmappe {

QString SyncCommand::summary() const
{
    return tr("Sync the council's OParl server into the cache.");
}

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("server"),
         tr("The server's System URL (a Body URL works too). Default: every server in the cache."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("committee"),
         tr("Keep the documents of this committee's meetings (an OParl Organization id; repeatable). "
            "Default: all committees."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("body"),
                      tr("Sync only this body of the server (an OParl Body id; repeatable). Default: all."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("all-bodies"), tr("Forget the chosen bodies: sync all of them.")});
    parser.addOption(
        {QStringLiteral("all-committees"), tr("Forget the chosen committees: documents of all of them.")});
    parser.addOption({QStringLiteral("from"),
                      tr("Keep documents of meetings from DATE on (YYYY-MM-DD; default: 90 days back)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"),
                      tr("Keep documents of meetings up to DATE (YYYY-MM-DD; default: no end)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("full"), tr("Walk every list in full, to find what changed silently or vanished.")});
    parser.addOption({QStringLiteral("token-file"),
                      tr("Sign in to the --server with the member's access token read from FILE; "
                         "it is kept in the encrypted cache for later runs."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("user"),
                      tr("Sign in to the --server as NAME (HTTP Basic); the password comes from "
                         "--server-password-file, RATSMAPPE_SERVER_PASSWORD or a prompt."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("server-password-file"),
                      tr("Read the server password for --user from FILE."),
                      QStringLiteral("FILE")});
}

QJsonObject
SyncCommand::report(const QString &server, const SyncSummary &s, const CommandContext &context, int &exitCode)
{
    QJsonArray skipped;
    for (const SyncSkip &skip : s.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("id"), skip.id}, {QStringLiteral("reason"), skip.reason}});
    }
    QJsonObject result{
        {QStringLiteral("server"), server},
        {QStringLiteral("complete"), s.complete},
        {QStringLiteral("new"), s.created},
        {QStringLiteral("changed"), s.changed},
        {QStringLiteral("deleted"), s.deleted},
        {QStringLiteral("downloaded"), s.downloaded},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("requests"), s.requests},
        {QStringLiteral("seconds"), s.seconds},
        {QStringLiteral("revoked"), s.revoked},
    };
    if (s.revoked) {
        result.insert(QLatin1String("revocationMessage"), s.revocationMessage);
        result.insert(QLatin1String("wiped"),
                      QJsonObject{{QStringLiteral("meetings"), s.wiped.meetings},
                                  {QStringLiteral("agendaItems"), s.wiped.agendaItems},
                                  {QStringLiteral("papers"), s.wiped.papers},
                                  {QStringLiteral("files"), s.wiped.files},
                                  {QStringLiteral("documents"), s.wiped.documents},
                                  {QStringLiteral("checkpointed"), s.wiped.checkpointed}});
        // Said even with --json: the member must learn why documents disappeared.
        context.message(
            tr("%1 revoked your access%2. Its non-public meetings, agenda items, papers and "
               "documents were removed from this computer (%3 files).")
                .arg(server,
                     s.revocationMessage.isEmpty() ? QString() : QStringLiteral(": ") + s.revocationMessage)
                .arg(s.wiped.files));
        if (!s.wiped.checkpointed) {
            context.message(tr("Another program was reading the cache: the removed part stays in its "
                               "write-ahead log until every program using the cache (the window too) "
                               "has closed."));
        }
        exitCode = ExitNetwork;
    } else if (s.credentialsRejected) {
        context.message(tr("%1 did not accept the credentials; nothing was changed.").arg(server));
        exitCode = ExitNetwork;
    } else if (!s.reachable) {
        context.message(tr("%1 did not answer (%2); nothing was changed.")
                            .arg(server, s.skipped.isEmpty() ? QString() : s.skipped.first().reason));
        exitCode = ExitNetwork;
    } else if ((!s.complete || !s.skipped.isEmpty()) && exitCode == ExitOk) {
        exitCode = ExitPartial;
    }
    if (!context.json) {
        context.print(tr("%1: %2 new, %3 changed, %4 deleted, %5 skipped, %6 requests in %7 s")
                          .arg(server)
                          .arg(s.created)
                          .arg(s.changed)
                          .arg(s.deleted)
                          .arg(s.skipped.size())
                          .arg(s.requests)
                          .arg(s.seconds, 0, 'f', 1));
    }
    // Warnings go to stderr with --json too, so a script's log shows what was not had.
    if (s.reachable) {
        for (const SyncSkip &skip : s.skipped) {
            context.message(tr("skipped %1: %2").arg(skip.id, skip.reason));
        }
    }
    return result;
}

int SyncCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    // Credentials are read before the cache is unlocked, so a missing one fails fast.
    ServerCredentials credentials;
    const bool token = parser.isSet(QStringLiteral("token-file"));
    if (token || parser.isSet(QStringLiteral("user"))) {
        if (!parser.isSet(QStringLiteral("server")) || (token && parser.isSet(QStringLiteral("user")))) {
            context.message(tr("--token-file and --user need --server, and only one of them."));
            return ExitUsage;
        }
        const auto secret = token
            ? SecretInput(parser.value(QStringLiteral("token-file")), nullptr).fromFileOrEnvironment()
            : SecretInput(parser.value(QStringLiteral("server-password-file")), "RATSMAPPE_SERVER_PASSWORD")
                  .read(tr("Password of %1 on the server: ").arg(parser.value(QStringLiteral("user"))));
        if (!secret || secret->isEmpty()) {
            context.message(token ? tr("The token file is empty.")
                                  : tr("No server password: use --server-password-file, "
                                       "RATSMAPPE_SERVER_PASSWORD, or run on a terminal."));
            return ExitLocked;
        }
        credentials.kind = token ? ServerCredentials::Kind::Token : ServerCredentials::Kind::Basic;
        credentials.user = parser.value(QStringLiteral("user"));
        credentials.secret = secret->bytes();
        if (!ServerCredentials::mayCarryCredentials(QUrl(parser.value(QStringLiteral("server"))))) {
            context.message(tr("Credentials are sent only over https (or to this computer)."));
            return ExitUsage;
        }
    }

    const auto cache = CacheUnlocker(context).open();
    QStringList servers;
    if (parser.isSet(QStringLiteral("server"))) {
        const QUrl url(parser.value(QStringLiteral("server")));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            context.message(
                tr("“%1” is not an http or https URL.").arg(parser.value(QStringLiteral("server"))));
            return ExitUsage;
        }
        servers << url.toString();
    } else {
        servers = ServerStore(cache->database()).ids();
        if (servers.isEmpty()) {
            context.message(tr("No server in the cache yet: name one with --server URL."));
            return ExitUsage;
        }
    }

    // The scope is stored in the cache: flags change it for this and every later run.
    SyncScope scope = SyncScope::load(cache->database());
    for (const char *option : {"from", "until"}) {
        if (!parser.isSet(QLatin1String(option))) {
            continue;
        }
        const QDate date = QDate::fromString(parser.value(QLatin1String(option)), Qt::ISODate);
        if (!date.isValid()) {
            context.message(tr("“%1” is not a date (YYYY-MM-DD).").arg(parser.value(QLatin1String(option))));
            return ExitUsage;
        }
        (qstrcmp(option, "from") == 0 ? scope.from : scope.until) = date;
    }
    if (parser.isSet(QStringLiteral("all-committees"))) {
        scope.committees.clear();
    }
    if (parser.isSet(QStringLiteral("all-bodies"))) {
        scope.bodies.clear();
    }
    if (parser.isSet(QStringLiteral("body"))) {
        scope.bodies = parser.values(QStringLiteral("body"));
    }
    if (parser.isSet(QStringLiteral("committee"))) {
        scope.committees = parser.values(QStringLiteral("committee"));
    }
    scope.save(cache->database());

    SyncSession session(*cache);
    session.setServers(servers);
    session.setCredentials(credentials);
    session.setFull(parser.isSet(QStringLiteral("full")));
    // A live line on a terminal; scripts reading stderr get nothing but messages.
    const bool terminal = ::isatty(STDERR_FILENO) == 1 && !context.json;
    QObject::connect(&session, &SyncSession::progress, [terminal](const SyncProgress &progress) {
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s", qPrintable(terminalField(progress.text())));
            std::fflush(stderr);
        }
    });

    QJsonArray results;
    int exitCode = ExitOk;
    QObject::connect(&session, &SyncSession::serverDone, [&](const SyncSession::ServerResult &done) {
        if (terminal) {
            std::fputs("\r\033[K", stderr);
        }
        results.append(report(done.server, done.summary, context, exitCode));
    });
    const SyncSession::Result outcome = session.run();
    if (terminal) {
        std::fputs("\r\033[K", stderr);
    }
    for (const TextIndexer::Failure &failure : outcome.indexed.failed) {
        context.message(tr("the text of %1 cannot be read: %2").arg(failure.fileId, failure.reason));
    }
    // What happened to the member's annotations on documents that have a new version.
    QJsonArray annotations;
    const FileTitleStore titles(cache->database());
    for (const AnnotationCarrier::Document &d : outcome.carried.documents) {
        if (d.carried == 0) {
            continue;
        }
        annotations.append(QJsonObject{{QStringLiteral("file"), d.fileId},
                                       {QStringLiteral("server"), d.serverId},
                                       {QStringLiteral("version"), d.toVersion},
                                       {QStringLiteral("carried"), d.carried},
                                       {QStringLiteral("needsAttention"), d.needsAttention}});
        if (!context.json) {
            const auto title = titles.title(d.fileId, d.serverId);
            const QString name = terminalField(title ? title->title : d.fileId);
            context.print(
                d.needsAttention > 0
                    ? tr("New version of “%1”: %n annotation(s) carried over, %2 need attention",
                         nullptr,
                         d.carried)
                          .arg(name)
                          .arg(d.needsAttention)
                    : tr("New version of “%1”: %n annotation(s) carried over", nullptr, d.carried).arg(name));
        }
    }
    if (context.json) {
        // One object for one named server; all of the cache's servers come wrapped.
        QJsonObject out = parser.isSet(QStringLiteral("server")) && !results.isEmpty()
            ? results.first().toObject()
            : QJsonObject{{QStringLiteral("servers"), results}};
        out.insert(QStringLiteral("annotations"), annotations);
        context.printJson(out);
    }
    return exitCode;
}

} // namespace Ratsmappe
