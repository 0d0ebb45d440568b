// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "meetingfiltermodel.h"
#include "meetinglisting.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// One month as a calendar shows it: six weeks of seven days from the week the month begins in
/// (the locale's first weekday), each with the meetings that start on it (local time), with the
/// meetings page's filter. Read in the background like the list.
class MonthModel : public MeetingFilterModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The first day of the month shown.
    Q_PROPERTY(QDate month READ month WRITE setMonth NOTIFY monthChanged)
    /// "Dezember 2026", as a calendar's heading reads.
    Q_PROPERTY(QString title READ title NOTIFY monthChanged)
    /// The weekdays' short names in the grid's order ("Mo", "Di", … in German).
    Q_PROPERTY(QStringList weekDays READ weekDays CONSTANT)
    /// The row of today, -1 when today is not in the grid.
    Q_PROPERTY(int todayIndex READ todayIndex NOTIFY monthChanged)

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        DayRole, ///< the day of the month
        InMonthRole, ///< the day belongs to the month shown (not to the weeks around it)
        TodayRole,
        DateTextRole, ///< "Mi., 02.12.2026", for screen readers
        MeetingsRole, ///< list of {meetingId, serverId, name, time, when, cancelled, committee}, by time
        MeetingCountRole,
    };
    static constexpr int Days = 42;

    explicit MonthModel(QObject *parent = nullptr);

    QDate month() const { return m_month; }
    void setMonth(const QDate &day);
    QString title() const;
    QStringList weekDays() const;
    int todayIndex() const { return indexOf(m_today); }
    /// Pins "today" (tests); the current date otherwise.
    void setToday(const QDate &today);

    /// The first day in the grid.
    QDate firstDay() const;
    /// The row of \a day, -1 when it is not in the grid.
    Q_INVOKABLE int indexOf(const QDate &day) const;
    Q_INVOKABLE void previousMonth() { setMonth(m_month.addMonths(-1)); }
    Q_INVOKABLE void nextMonth() { setMonth(m_month.addMonths(1)); }
    Q_INVOKABLE void showToday() { setMonth(m_today); }

    /// Reads the month's meetings from \a db on the calling thread (tests; the window reads in
    /// the background).
    void load(Database *db);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void monthChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    /// The meetings of each day in the grid, read with the page's filter narrowed to the grid.
    static QList<QList<MeetingSummary>> readDays(Database &db, MeetingFilter filter, const QDate &first);
    void apply(QList<QList<MeetingSummary>> days, const QDate &first);

    QDate m_month;
    QDate m_today;
    QDate m_shownFirst; ///< the grid's first day the rows were read for
    QList<QList<MeetingSummary>> m_days;
};

} // namespace Ratsmappe
