// SPDX-License-Identifier: GPL-2.0-or-later
#include "monthmodel.h"

#include "datetext.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>
#include <memory>
#include <tuple>

namespace Ratsmappe {

MonthModel::MonthModel(QObject *parent)
    : MeetingFilterModel(false, parent)
    , m_today(QDate::currentDate())
{
    m_month = QDate(m_today.year(), m_today.month(), 1);
    m_shownFirst = firstDay();
    m_days.resize(Days);
}

void MonthModel::setMonth(const QDate &day)
{
    if (!day.isValid()) {
        return;
    }
    const QDate first(day.year(), day.month(), 1);
    if (first != m_month) {
        m_month = first;
        Q_EMIT monthChanged();
        // Every row shows another day now, before the new month's meetings arrive.
        Q_EMIT dataChanged(index(0), index(Days - 1));
        refilter();
    }
}

void MonthModel::setToday(const QDate &today)
{
    m_today = today;
    Q_EMIT monthChanged();
    Q_EMIT dataChanged(index(0), index(Days - 1), {TodayRole});
}

QString MonthModel::title() const
{
    const QLocale locale;
    return locale.standaloneMonthName(m_month.month(), QLocale::LongFormat) + QLatin1Char(' ') +
        QString::number(m_month.year());
}

QStringList MonthModel::weekDays() const
{
    const QLocale locale;
    QStringList names;
    const int first = locale.firstDayOfWeek();
    for (int i = 0; i < 7; ++i) {
        names << locale.standaloneDayName((first - 1 + i) % 7 + 1, QLocale::ShortFormat);
    }
    return names;
}

QDate MonthModel::firstDay() const
{
    const int offset = (m_month.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
    return m_month.addDays(-offset);
}

int MonthModel::indexOf(const QDate &day) const
{
    const qint64 row = firstDay().daysTo(day);
    return day.isValid() && row >= 0 && row < Days ? static_cast<int>(row) : -1;
}

QList<QList<MeetingSummary>> MonthModel::readDays(Database &db, MeetingFilter filter, const QDate &first)
{
    const QDate last = first.addDays(Days - 1);
    // A day before and after: the store bounds by the server's date, the grid by local time.
    const QDate from = first.addDays(-1);
    const QDate until = last.addDays(1);
    filter.from = filter.from.isValid() ? std::max(filter.from, from) : from;
    filter.until = filter.until.isValid() ? std::min(filter.until, until) : until;
    QList<QList<MeetingSummary>> days(Days);
    if (filter.from > filter.until) {
        return days;
    }
    for (MeetingSummary &m : MeetingListing(db).meetings(filter)) {
        const QDate day = m.start.toLocalTime().date();
        const qint64 row = first.daysTo(day);
        if (row >= 0 && row < Days) {
            days[row].append(std::move(m));
        }
    }
    for (QList<MeetingSummary> &day : days) {
        std::sort(day.begin(), day.end(), [](const MeetingSummary &a, const MeetingSummary &b) {
            return std::tie(a.start, a.name, a.id) < std::tie(b.start, b.name, b.id);
        });
    }
    return days;
}

void MonthModel::apply(QList<QList<MeetingSummary>> days, const QDate &first)
{
    // Always 42 rows: a new month changes what they show, not how many there are.
    m_days = std::move(days);
    m_shownFirst = first;
    Q_EMIT dataChanged(index(0), index(Days - 1));
}

void MonthModel::load(Database *db)
{
    const QDate first = firstDay();
    apply(db ? readDays(*db, filter(), first) : QList<QList<MeetingSummary>>(Days), first);
}

CacheReader::Job MonthModel::backgroundRead()
{
    const MeetingFilter f = filter();
    const QDate first = firstDay();
    return [this, f, first](Database &db) -> CacheReader::Apply {
        auto days = std::make_shared<QList<QList<MeetingSummary>>>(readDays(db, f, first));
        return [this, days, first] {
            apply(std::move(*days), first);
        };
    };
}

int MonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Days;
}

QVariant MonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QDate day = firstDay().addDays(index.row());
    // The meetings read belong to the grid they were read for; a month just switched shows its
    // days empty until its own read arrives.
    const QList<MeetingSummary> none;
    const QList<MeetingSummary> &meetings = m_shownFirst == firstDay() ? m_days.at(index.row()) : none;
    switch (role) {
    case DateRole:
        return day;
    case Qt::DisplayRole:
    case DayRole:
        return day.day();
    case InMonthRole:
        return day.month() == m_month.month() && day.year() == m_month.year();
    case TodayRole:
        return day == m_today;
    case DateTextRole:
        return DateText::date(day);
    case MeetingsRole: {
        QVariantList list;
        for (const MeetingSummary &m : meetings) {
            list.append(QVariantMap{{QStringLiteral("meetingId"), m.id},
                                    {QStringLiteral("serverId"), m.serverId},
                                    {QStringLiteral("name"), m.name},
                                    {QStringLiteral("time"), DateText::time(m.start.toLocalTime().time())},
                                    {QStringLiteral("when"), DateText::dateTime(m.start)},
                                    {QStringLiteral("cancelled"), m.cancelled},
                                    {QStringLiteral("committee"), m.committees.join(QLatin1String(", "))}});
        }
        return list;
    }
    case MeetingCountRole:
        return static_cast<int>(meetings.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> MonthModel::roleNames() const
{
    return {{DateRole, "date"},
            {DayRole, "day"},
            {InMonthRole, "inMonth"},
            {TodayRole, "today"},
            {DateTextRole, "dateText"},
            {MeetingsRole, "meetings"},
            {MeetingCountRole, "meetingCount"}};
}

} // namespace Ratsmappe
