// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe ics`: the cached meetings as an iCalendar file, for a calendar program.
#include "icscommand.h"

#include "atomicfile.h"
#include "cacheunlocker.h"
#include "calendarlisting.h"
#include "exitcode.h"
#include "icswriter.h"
#include "meetingevents.h"
#include "storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace Ratsmappe {

namespace {

std::optional<QDate>
dateOption(const QCommandLineParser &parser, const char *name, const CommandContext &context)
{
    const QString value = parser.value(QLatin1String(name));
    if (value.isEmpty()) {
        return QDate();
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid()) {
        context.message(IcsCommand::tr("ratsmappe ics: --%1 takes a date as YYYY-MM-DD, not “%2”.")
                            .arg(QLatin1String(name), value));
        return std::nullopt;
    }
    return date;
}

} // namespace

QString IcsCommand::summary() const
{
    return tr("Write the cached meetings as an iCalendar file (.ics) for a calendar program.");
}

void IcsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("out"), tr("The .ics file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("committee"),
                      tr("Only meetings of this committee (its OParl id); may be given more than once."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("from"), tr("Only meetings on or after this day."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), tr("Only meetings up to this day."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("include-nonpublic"),
                      tr("Include non-public meetings and agenda items (the file must then not leave your "
                         "hands).")});
}

int IcsCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        context.message(tr("ratsmappe ics: give --out FILE."));
        return ExitUsage;
    }
    if (QFileInfo(out).isDir()) {
        context.message(tr("ratsmappe ics: %1 is a folder; give a file name.").arg(out));
        return ExitUsage;
    }
    const auto from = dateOption(parser, "from", context);
    const auto until = dateOption(parser, "until", context);
    if (!from || !until) {
        return ExitUsage;
    }
    if (from->isValid() && until->isValid() && *from > *until) {
        context.message(tr("ratsmappe ics: --from is after --until."));
        return ExitUsage;
    }
    MeetingFilter filter;
    filter.from = *from;
    filter.until = *until;
    for (const QString &id : parser.values(QStringLiteral("committee"))) {
        if (!id.trimmed().isEmpty()) {
            filter.committeeIds << id.trimmed();
        }
    }
    const bool includeNonPublic = parser.isSet(QStringLiteral("include-nonpublic"));

    const auto cache = CacheUnlocker(context).open();
    const CalendarSelection selection = CalendarListing(cache->database()).select(filter, includeNonPublic);
    try {
        // Non-public meetings may be in it: readable by the member alone (0600), and whole or not
        // at all.
        writeFileAtomically(out, Ics::write(Ics::eventsOf(selection.meetings)));
    } catch (const StoreError &e) {
        context.message(tr("ratsmappe ics: cannot write %1: %2").arg(out, e.message()));
        return ExitFailed;
    }

    const int leftOut = selection.leftOutMeetings;
    if (selection.withoutStart > 0) {
        context.message(tr("%n meeting(s) without a start time left out: a calendar cannot place them.",
                           nullptr,
                           selection.withoutStart));
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                        {QStringLiteral("meetings"), static_cast<int>(selection.meetings.size())},
                        {QStringLiteral("leftOut"), leftOut},
                        {QStringLiteral("leftOutItems"), selection.leftOutItems},
                        {QStringLiteral("withoutStart"), selection.withoutStart}});
        return ExitOk;
    }
    context.print(tr("%1: %n meeting(s)", nullptr, static_cast<int>(selection.meetings.size()))
                      .arg(QDir::toNativeSeparators(out)));
    if (leftOut > 0 || selection.leftOutItems > 0) {
        context.message(tr("Left out as non-public: %1 and %2 (--include-nonpublic includes them).")
                            .arg(tr("%n meeting(s)", nullptr, leftOut),
                                 tr("%n agenda item(s)", nullptr, selection.leftOutItems)));
    }
    return ExitOk;
}

} // namespace Ratsmappe
