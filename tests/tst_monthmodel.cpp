// SPDX-License-Identifier: GPL-2.0-or-later
// The meetings page's month calendar model: 6 × 7 days from the week the month begins in, the
// meetings of each day (local time) by start, cancelled ones marked; month boundaries; the
// page's filter. Checked by QAbstractItemModelTester and against a reference dump of the demo
// town's month (tests/data/monthmodel.json; regenerate with RATSMAPPE_UPDATE_REFERENCES=1,
// see modeldump.h).

#include "cache.h"
#include "modeldump.h"
#include "monthmodel.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class MonthModelTest : public QObject
{
    Q_OBJECT

    static QStringList namesOn(const MonthModel &model, const QDate &day)
    {
        QStringList names;
        const int row = model.indexOf(day);
        for (const QVariant &m : model.data(model.index(row, 0), MonthModel::MeetingsRole).toList()) {
            const QVariantMap meeting = m.toMap();
            names << meeting.value(QStringLiteral("name")).toString() +
                    (meeting.value(QStringLiteral("cancelled")).toBool() ? QStringLiteral(" (cancelled)")
                                                                         : QString());
        }
        return names;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase() { Test::pinEnvironment(); }

    // February 2026 begins on a Sunday: the grid starts on Monday 26 January (the C locale's
    // week begins on Monday) and ends on Sunday 8 March.
    void monthBoundaries()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        ObjectStore objects(cache->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto add = [&](const char *name, const char *start, bool cancelled = false) {
            QJsonObject meeting{
                {QStringLiteral("id"),
                 QString(QStringLiteral("https://ris.example/meeting/") + QLatin1String(name))},
                {QStringLiteral("name"), QLatin1String(name)},
                {QStringLiteral("start"), QLatin1String(start)}};
            if (cancelled) {
                meeting.insert(QStringLiteral("cancelled"), true);
            }
            objects.upsert(ObjectKind::Meeting, {}, meeting, now);
        };
        // In UTC (the test's time zone) on 31 January at 23:30, though the server's date says
        // 1 February: the calendar places it by local time.
        add("late-january", "2026-02-01T00:30:00+01:00");
        add("first-of-february", "2026-02-01T10:00:00+00:00");
        add("cancelled-second", "2026-02-02T18:00:00+00:00", true);
        add("second-early", "2026-02-02T09:00:00+00:00");
        add("in-march-grid", "2026-03-08T12:00:00+00:00");
        add("after-grid", "2026-03-09T12:00:00+00:00");
        add("before-grid", "2026-01-25T12:00:00+00:00");
        add("no-start", "");

        MonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 2, 2));
        model.setMonth(QDate(2026, 2, 17));
        QCOMPARE(model.month(), QDate(2026, 2, 1));
        QCOMPARE(model.title(), QStringLiteral("February 2026"));
        QCOMPARE(model.firstDay(), QDate(2026, 1, 26));
        QCOMPARE(model.weekDays().first(), QStringLiteral("Mon"));
        model.load(&cache->database());
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.data(model.index(0, 0), MonthModel::DateRole).toDate(), QDate(2026, 1, 26));
        QCOMPARE(model.data(model.index(41, 0), MonthModel::DateRole).toDate(), QDate(2026, 3, 8));
        QVERIFY(!model.data(model.index(5, 0), MonthModel::InMonthRole).toBool());
        QVERIFY(model.data(model.index(6, 0), MonthModel::InMonthRole).toBool());
        QCOMPARE(model.todayIndex(), 7);
        QVERIFY(model.data(model.index(7, 0), MonthModel::TodayRole).toBool());

        QCOMPARE(namesOn(model, QDate(2026, 1, 31)), QStringList{QStringLiteral("late-january")});
        QCOMPARE(namesOn(model, QDate(2026, 2, 1)), QStringList{QStringLiteral("first-of-february")});
        // By time, the cancelled one shown as such.
        QCOMPARE(
            namesOn(model, QDate(2026, 2, 2)),
            QStringList({QStringLiteral("second-early"), QStringLiteral("cancelled-second (cancelled)")}));
        QCOMPARE(namesOn(model, QDate(2026, 3, 8)), QStringList{QStringLiteral("in-march-grid")});
        int listed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            listed += model.data(model.index(row, 0), MonthModel::MeetingCountRole).toInt();
        }
        QCOMPARE(listed, 5);

        // The next month: other days, the meeting of 8 March now in the first week.
        model.nextMonth();
        QCOMPARE(model.month(), QDate(2026, 3, 1));
        QCOMPARE(model.todayIndex(), -1);
        model.load(&cache->database());
        QCOMPARE(model.firstDay(), QDate(2026, 2, 23));
        QCOMPARE(namesOn(model, QDate(2026, 3, 8)), QStringList{QStringLiteral("in-march-grid")});
        QCOMPARE(namesOn(model, QDate(2026, 3, 9)), QStringList{QStringLiteral("after-grid")});
        model.showToday();
        QCOMPARE(model.month(), QDate(2026, 2, 1));

        // The page's filter narrows the grid: from 2 February on.
        model.setFrom(QStringLiteral("2026-02-02"));
        model.load(&cache->database());
        QVERIFY(namesOn(model, QDate(2026, 2, 1)).isEmpty());
        QCOMPARE(namesOn(model, QDate(2026, 2, 2)).size(), 2);

        model.load(nullptr);
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.data(model.index(8, 0), MonthModel::MeetingCountRole).toInt(), 0);
    }

    void demoTownAgainstReference()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));

        MonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(Test::TownCache::today());
        model.showToday();
        model.load(&cache->database());
        int meetings = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            meetings += model.data(model.index(row, 0), MonthModel::MeetingCountRole).toInt();
        }
        QVERIFY(meetings > 3);
        const QJsonArray dump = Test::dumpModel(model);
        QVERIFY(Test::compareWithReference(dump, QStringLiteral("monthmodel.json"), town.stableUrls()));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(MonthModelTest)
#include "tst_monthmodel.moc"
