// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"
#include "objectlisting.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ratsmappe {

QString LsCommand::summary() const
{
    return tr("List what the cache holds: meetings, agenda-items, papers, files, organizations or persons.");
}

int LsCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !ObjectListing::kinds().contains(args.first())) {
        context.message(tr(
            "ratsmappe ls: name one kind: meetings, agenda-items, papers, files, organizations or persons."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    const bool files = ObjectListing::isFiles(args.first());
    QJsonArray out;
    const QList<ListedObject> objects = ObjectListing::list(cache->database(), args.first()).value();
    for (const ListedObject &object : objects) {
        if (!context.json) {
            context.print(
                QStringLiteral("%1\t%2\t%3")
                    .arg(terminalField(object.id), terminalField(object.detail), terminalField(object.name)));
            continue;
        }
        // The object as synced, plus the cache's own fields.
        QJsonObject o = object.data;
        o.insert(QStringLiteral("id"), object.id);
        o.insert(QStringLiteral("server"), object.serverId);
        o.insert(QStringLiteral("firstSeen"), object.firstSeen);
        o.insert(QStringLiteral("lastChanged"), object.lastChanged);
        if (files) {
            o.insert(QStringLiteral("downloaded"), object.downloaded);
            o.insert(QStringLiteral("late"), object.late);
        }
        out.append(o);
    }
    if (context.json) {
        context.printJson(out);
    }
    return ExitOk;
}

} // namespace Ratsmappe
