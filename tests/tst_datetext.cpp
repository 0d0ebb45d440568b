// SPDX-License-Identifier: GPL-2.0-or-later
// Dates as people write them (core/datetext.h): weekday, four-digit year, no seconds.

#include "datetext.h"
#include "testmain.h"

#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;

class DateTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void german()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(DateText::date(QDate(2026, 11, 30), de), QStringLiteral("Mo., 30.11.2026"));
        const QDateTime local(QDate(2026, 11, 30), QTime(16, 0, 42));
        QCOMPARE(DateText::dateTime(local, de), QStringLiteral("Mo., 30.11.2026, 16:00"));
    }

    void english()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DateText::date(QDate(2026, 12, 2), en), QStringLiteral("Wed, 12/2/2026"));
        const QString time = DateText::dateTime(QDateTime(QDate(2026, 12, 2), QTime(9, 5, 7)), en);
        QVERIFY2(time.startsWith(QLatin1String("Wed, 12/2/2026, 9:05")), qPrintable(time));
        QVERIFY(!time.contains(QLatin1String(":07")));
    }

    // A UTC time reads in the local zone.
    void utcIsShownLocally()
    {
        const QDateTime utc(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::UTC);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(DateText::dateTime(utc, de), DateText::dateTime(utc.toLocalTime(), de));
    }

    void invalid()
    {
        QVERIFY(DateText::date(QDate()).isEmpty());
        QVERIFY(DateText::dateTime(QDateTime()).isEmpty());
    }
};

RATSMAPPE_TEST_MAIN(DateTextTest)
#include "tst_datetext.moc"
