// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe search QUERY`: the whole cache searched as the window's search field does.
#include "commands.h"

#include "cache.h"
#include "cacheunlocker.h"
#include "exitcode.h"
#include "searcher.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ratsmappe {

namespace {

QJsonObject toJson(const Search::Hit &hit)
{
    QJsonObject out{{QStringLiteral("id"), hit.id},
                    {QStringLiteral("kind"), hit.kind},
                    {QStringLiteral("server"), hit.serverId},
                    {QStringLiteral("name"), hit.name},
                    {QStringLiteral("snippet"), hit.snippet},
                    {QStringLiteral("score"), hit.score}};
    QJsonArray marks;
    for (const auto &[start, length] : hit.marks) {
        marks.append(QJsonArray{start, length});
    }
    out.insert(QStringLiteral("matches"), marks);
    if (hit.kind == QLatin1String("document")) {
        out.insert(QStringLiteral("fileName"), hit.fileName);
    }
    if (hit.page > 0) {
        out.insert(QStringLiteral("page"), hit.page);
    }
    if (!hit.otherPages.isEmpty()) {
        QJsonArray pages;
        for (const int page : hit.otherPages) {
            pages.append(page);
        }
        out.insert(QStringLiteral("otherPages"), pages);
    }
    if (hit.date.isValid()) {
        out.insert(QStringLiteral("date"),
                   hit.dateOnly ? hit.date.date().toString(Qt::ISODate) : hit.date.toString(Qt::ISODate));
    }
    const auto optional = [&out](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            out.insert(QLatin1String(key), value);
        }
    };
    optional("context", hit.context);
    optional("meeting", hit.meetingId);
    optional("file", hit.fileId);
    optional("type", hit.type);
    optional("color", hit.color);
    if (hit.nonPublic) {
        out.insert(QStringLiteral("nonPublic"), true);
    }
    if (hit.cancelled) {
        out.insert(QStringLiteral("cancelled"), true);
    }
    if (hit.kind == QLatin1String("person") || hit.kind == QLatin1String("organization")) {
        QJsonArray meetings;
        for (const RelatedMeeting &m : hit.meetings) {
            meetings.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("name"), m.name},
                                        {QStringLiteral("start"), m.start.toString(Qt::ISODate)}});
        }
        out.insert(QStringLiteral("meetings"), meetings);
    }
    return out;
}

// The snippet with its matches between » and «, for a terminal.
QString marked(const Search::Hit &hit)
{
    QString out = hit.snippet;
    for (auto it = hit.marks.crbegin(); it != hit.marks.crend(); ++it) {
        out.insert(it->first + it->second, QStringLiteral("«"));
        out.insert(it->first, QStringLiteral("»"));
    }
    return out;
}

std::optional<QDate>
dateOption(const QCommandLineParser &parser, const char *name, const CommandContext &context)
{
    const QString value = parser.value(QLatin1String(name));
    if (value.isEmpty()) {
        return QDate();
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        context.message(SearchCommand::tr("ratsmappe search: --%1 takes a date as YYYY-MM-DD, not “%2”.")
                            .arg(QLatin1String(name), value));
        return std::nullopt;
    }
    return date;
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Search everything cached: search QUERY.");
}

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("kind"),
         tr("Only hits of this kind (meeting, agendaItem, paper, document, annotation, note, person, "
            "organization); may be given more than once."),
         QStringLiteral("K")});
    parser.addOption({QStringLiteral("committee"),
                      tr("Only what belongs to this committee (its OParl id): its meetings, their agenda "
                         "items, papers and documents, its members."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("from"),
                      tr("Only meetings on or after this day, papers dated from it."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("until"), tr("Only meetings and papers up to this day."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("paper-type"),
         tr("Only papers of this type (as the server names it), their agenda items and documents."),
         QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("public"), tr("Only public material.")});
    parser.addOption({QStringLiteral("non-public"), tr("Only non-public material.")});
    parser.addOption({QStringLiteral("limit"),
                      tr("At most N hits of each kind (default 50)."),
                      QStringLiteral("N"),
                      QStringLiteral("50")});
}

int SearchCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.message(tr("ratsmappe search: give what to search for as one argument (quote it: "
                           "ratsmappe search \"Haushalt 2026\")."));
        return ExitUsage;
    }
    Search::Request request;
    request.text = args.first();
    const QStringList known = Search::kinds();
    for (const QString &kind : parser.values(QStringLiteral("kind"))) {
        if (!known.contains(kind)) {
            context.message(tr("ratsmappe search: unknown kind “%1”; the kinds are %2.")
                                .arg(kind, known.join(QLatin1String(", "))));
            return ExitUsage;
        }
        request.kinds.append(kind);
    }
    bool limitOk = false;
    request.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || request.limit < 1) {
        context.message(tr("ratsmappe search: --limit takes a number of at least 1."));
        return ExitUsage;
    }
    const auto from = dateOption(parser, "from", context);
    const auto until = dateOption(parser, "until", context);
    if (!from || !until) {
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("public")) && parser.isSet(QStringLiteral("non-public"))) {
        context.message(tr("ratsmappe search: --public and --non-public leave nothing; give one of them."));
        return ExitUsage;
    }
    request.filter.from = *from;
    request.filter.until = *until;
    request.filter.committeeId = parser.value(QStringLiteral("committee"));
    request.filter.paperType = parser.value(QStringLiteral("paper-type"));
    if (parser.isSet(QStringLiteral("public"))) {
        request.filter.visibility = SearchFilter::Visibility::Public;
    } else if (parser.isSet(QStringLiteral("non-public"))) {
        request.filter.visibility = SearchFilter::Visibility::NonPublic;
    }

    const auto cache = CacheUnlocker(context).open();
    Search::prepareIndex(cache->database());
    const Search::Result result = Search::search(cache->database(), request);
    if (!result.message.isEmpty()) {
        context.message(QStringLiteral("ratsmappe search: ") + result.message);
        if (context.json) {
            context.printJson(QJsonArray());
        }
        return ExitUsage;
    }
    if (!result.notice.isEmpty()) {
        context.message(QStringLiteral("ratsmappe search: ") + result.notice);
    }
    if (context.json) {
        QJsonArray out;
        for (const Search::Hit &hit : result.hits) {
            out.append(toJson(hit));
        }
        context.printJson(out);
        return ExitOk;
    }
    QString kind;
    for (const Search::Hit &hit : result.hits) {
        if (hit.kind != kind) {
            kind = hit.kind;
            context.print(QStringLiteral("== %1").arg(Search::kindName(kind)));
        }
        const QString where = hit.page > 0 ? tr("page %1").arg(hit.page) : QString();
        context.print(
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(terminalField(hit.id), terminalField(hit.name), where, terminalField(marked(hit))));
    }
    if (result.hits.isEmpty()) {
        context.message(tr("ratsmappe search: nothing found."));
    }
    return ExitOk;
}

} // namespace Ratsmappe
