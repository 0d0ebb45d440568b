// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"
#include "syncengine.h"
#include "syncscope.h"

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
}

int SyncCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
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
        Statement st(cache->database(), "SELECT id FROM servers ORDER BY added");
        while (st.next()) {
            servers << st.text(0);
        }
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

    SyncEngine engine(*cache);
    engine.setFull(parser.isSet(QStringLiteral("full")));
    // A live line on a terminal; scripts reading stderr get nothing but messages.
    const bool terminal = ::isatty(STDERR_FILENO) == 1 && !context.json;
    QObject::connect(&engine, &SyncEngine::progress, [terminal](const QString &step, qint64 objects) {
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s: %lld", qPrintable(step), static_cast<long long>(objects));
            std::fflush(stderr);
        }
    });

    QJsonArray results;
    int exitCode = ExitOk;
    for (const QString &server : std::as_const(servers)) {
        const SyncSummary s = engine.run(QUrl(server));
        if (terminal) {
            std::fputs("\r\033[K", stderr);
        }
        QJsonArray skipped;
        for (const SyncSkip &skip : s.skipped) {
            skipped.append(
                QJsonObject{{QStringLiteral("id"), skip.id}, {QStringLiteral("reason"), skip.reason}});
        }
        results.append(QJsonObject{
            {QStringLiteral("server"), server},
            {QStringLiteral("complete"), s.complete},
            {QStringLiteral("new"), s.created},
            {QStringLiteral("changed"), s.changed},
            {QStringLiteral("deleted"), s.deleted},
            {QStringLiteral("downloaded"), s.downloaded},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("requests"), s.requests},
            {QStringLiteral("seconds"), s.seconds},
        });
        if (!s.reachable) {
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
            for (const SyncSkip &skip : s.skipped) {
                context.message(tr("skipped %1: %2").arg(skip.id, skip.reason));
            }
        }
    }
    if (context.json) {
        // One object for one named server; all of the cache's servers come wrapped.
        context.printJson(parser.isSet(QStringLiteral("server"))
                              ? results.first()
                              : QJsonValue(QJsonObject{{QStringLiteral("servers"), results}}));
    }
    return exitCode;
}

} // namespace Ratsmappe
