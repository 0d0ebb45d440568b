// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe {

namespace {

struct Listing
{
    const char *name; ///< as typed on the command line
    const char *table;
    const char *column; ///< shown beside the name in the plain listing
    const char *order;
};

constexpr Listing Listings[] = {
    {"meetings", "meetings", "start", "start, id"},
    {"agenda-items", "agenda_items", "number", "meeting_id, sort_order, id"},
    {"papers", "papers", "reference", "date, id"},
    {"files", "files", "file_name", "id"},
    {"organizations", "organizations", "organization_type", "name, id"},
    {"persons", "persons", "NULL", "name, id"},
};

} // namespace

QString LsCommand::summary() const
{
    return tr("List what the cache holds: meetings, agenda-items, papers, files, organizations or persons.");
}

int LsCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const Listing *listing = nullptr;
    for (const Listing &l : Listings) {
        if (args.size() == 1 && args.first() == QLatin1String(l.name)) {
            listing = &l;
        }
    }
    if (!listing) {
        context.message(tr(
            "ratsmappe ls: name one kind: meetings, agenda-items, papers, files, organizations or persons."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    const bool files = qstrcmp(listing->table, "files") == 0;
    const QByteArray sql = QByteArray("SELECT id, data, first_seen, last_changed, name, ") + listing->column +
        (files ? ", current_version IS NOT NULL, late" : ", 0, 0") + " FROM " + listing->table +
        " WHERE deleted = 0 ORDER BY " + listing->order;
    Statement st(cache->database(), sql.constData());
    QJsonArray out;
    while (st.next()) {
        if (!context.json) {
            context.print(QStringLiteral("%1\t%2\t%3").arg(st.text(0), st.text(5), st.text(4)));
            continue;
        }
        // The object as synced, plus the cache's own fields.
        QJsonObject o = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        o.insert(QStringLiteral("id"), st.text(0));
        o.insert(QStringLiteral("firstSeen"), st.text(2));
        o.insert(QStringLiteral("lastChanged"), st.text(3));
        if (files) {
            o.insert(QStringLiteral("downloaded"), st.integer(6) != 0);
            o.insert(QStringLiteral("late"), st.integer(7) != 0);
        }
        out.append(o);
    }
    if (context.json) {
        context.printJson(out);
    }
    return ExitOk;
}

} // namespace Ratsmappe
