// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe notes ls|set|rm`: the member's personal notes, one per object of one server.
#include "commands.h"

#include "cache.h"
#include "cacheunlocker.h"
#include "documentlookup.h"
#include "exitcode.h"
#include "notestore.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ratsmappe {

namespace {

// What a note may be pinned to.
const QList<ObjectKind> NoteTargets = {
    ObjectKind::Meeting, ObjectKind::AgendaItem, ObjectKind::Paper, ObjectKind::File};

QJsonObject toJson(const StoredNote &note)
{
    return QJsonObject{{QStringLiteral("target"), note.targetId},
                       {QStringLiteral("server"), note.serverId},
                       {QStringLiteral("text"), note.text},
                       {QStringLiteral("created"), note.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("modified"), note.modified.toString(Qt::ISODateWithMs)}};
}

} // namespace

QString NotesCommand::summary() const
{
    return tr("List, set or remove personal notes: notes ls | set OPARL_ID | rm OPARL_ID.");
}

void NotesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("server"),
         tr("The server whose object is meant (the URL it was synced with), where several servers "
            "have an object with the same id."),
         QStringLiteral("URL")});
}

int NotesCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool list = action == QLatin1String("ls") && args.size() == 1;
    const bool change = (action == QLatin1String("set") || action == QLatin1String("rm")) && args.size() == 2;
    if (!list && !change) {
        context.message(tr("ratsmappe notes: say ls, set OPARL_ID or rm OPARL_ID."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    NoteStore notes(cache->database());
    if (list) {
        const QList<StoredNote> all = notes.list();
        QJsonArray out;
        for (const StoredNote &note : all) {
            if (context.json) {
                out.append(toJson(note));
            } else {
                context.print(QStringLiteral("%1\t%2\t%3")
                                  .arg(terminalField(note.targetId),
                                       terminalField(note.serverId),
                                       terminalField(note.text)));
            }
        }
        if (context.json) {
            context.printJson(out);
        }
        return ExitOk;
    }
    const QString command = QStringLiteral("notes ") + action;
    int exitCode = ExitOk;
    const auto server =
        DocumentLookup::serverOf(*cache, NoteTargets, args.at(1), parser, context, command, &exitCode);
    if (!server) {
        return exitCode;
    }
    if (action == QLatin1String("rm")) {
        if (!notes.remove(*server, args.at(1))) {
            context.message(tr("ratsmappe notes rm: %1 has no note.").arg(args.at(1)));
            return ExitFailed;
        }
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("target"), args.at(1)},
                                          {QStringLiteral("server"), *server},
                                          {QStringLiteral("removed"), true}});
        }
        return ExitOk;
    }
    const StoredNote note = notes.set(*server, args.at(1), CommandContext::readStandardInput());
    if (context.json) {
        context.printJson(toJson(note));
    }
    return ExitOk;
}

} // namespace Ratsmappe
