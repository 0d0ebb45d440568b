// SPDX-License-Identifier: GPL-2.0-or-later
// The Meetings page's model: upcoming meetings first, soonest on top, then past ones, most
// recent first; deleted ones never shown; the committee, date and document filters; read in
// the background from the window's cache controller. Also checked over a member's sync of the demo town
// by QAbstractItemModelTester and against a reference dump of every row
// (tests/data/meetingsmodel.json; to regenerate it after an intended change run with
// RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h).

#include "cache.h"
#include "cachecontroller.h"
#include "meetingcommitteesmodel.h"
#include "meetingsmodel.h"
#include "modeldump.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;

class MeetingsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any warning fails the case: a painter used after its print run ended, a model index
    // out of range and the like only show as warnings.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase() { Test::pinEnvironment(); }

    void order()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        ObjectStore objects(cache->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto add = [&](const char *name, qint64 days, bool deleted = false) {
            objects.upsert(
                ObjectKind::Meeting,
                {},
                {{QStringLiteral("id"),
                  QString(QLatin1String("https://ris.example/meeting/") + QLatin1String(name))},
                 {QStringLiteral("name"), QLatin1String(name)},
                 // With an offset, as servers send it: the order must follow the instant.
                 {QStringLiteral("start"), now.addDays(days).toOffsetFromUtc(3600).toString(Qt::ISODate)},
                 {QStringLiteral("deleted"), deleted}},
                now);
        };
        add("past-far", -30);
        add("next", 2);
        add("later", 20);
        add("past-recent", -1);
        add("gone", 5, true);

        MeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&cache->database());
        QStringList names;
        QList<bool> upcoming;
        for (int row = 0; row < model.rowCount(); ++row) {
            names << model.data(model.index(row, 0), MeetingsModel::NameRole).toString();
            upcoming << model.data(model.index(row, 0), MeetingsModel::UpcomingRole).toBool();
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("next"),
                              QStringLiteral("later"),
                              QStringLiteral("past-recent"),
                              QStringLiteral("past-far")}));
        QCOMPARE(upcoming, QList<bool>({true, true, false, false}));
        model.load(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void demoTownAgainstReference()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));

        MeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Noon of the town's "today": the split between upcoming and past stays where it is.
        model.load(&cache->database(), QDateTime(Test::TownCache::today(), QTime(12, 0), QTimeZone::UTC));
        QVERIFY(model.rowCount() > 100);
        const QJsonArray dump = Test::dumpModel(model);
        QVERIFY(dump.first().toObject().value(QLatin1String("upcoming")).toBool());
        QVERIFY(!dump.last().toObject().value(QLatin1String("upcoming")).toBool());
        QVERIFY(Test::compareWithReference(dump, QStringLiteral("meetingsmodel.json"), town.stableUrls()));
    }

    // Every filter narrows the list to what it says, and the rows keep their roles.
    void filters()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
        Database &db = cache->database();
        // Every meeting of the town has documents: one without, and with no committee or place.
        ObjectStore(db, town.server->systemUrl().toString())
            .upsert(ObjectKind::Meeting,
                    {},
                    {{QStringLiteral("id"), QStringLiteral("https://ris.example/meeting/bare")},
                     {QStringLiteral("name"), QStringLiteral("Bürgerversammlung")},
                     {QStringLiteral("start"), QStringLiteral("2025-03-12T17:00:00+01:00")}},
                    QDateTime::currentDateTimeUtc());
        const QDateTime noon(Test::TownCache::today(), QTime(12, 0), QTimeZone::UTC);

        MeetingsModel all;
        all.load(&db, noon);
        const int total = all.rowCount();
        QVERIFY(total > 100);

        // The town's data as the list shows it: committees by name, a place, DateText dates,
        // documents counted, a cancelled meeting listed as such.
        int withCommittee = 0;
        int withLocation = 0;
        int withDocuments = 0;
        int cancelled = 0;
        // As a German member reads it (DateText follows the default locale).
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QRegularExpression german(
            QStringLiteral("^\\w\\w\\., \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d$"));
        for (int row = 0; row < total; ++row) {
            const QModelIndex i = all.index(row, 0);
            withCommittee += all.data(i, MeetingsModel::CommitteeRole).toString().isEmpty() ? 0 : 1;
            withLocation += all.data(i, MeetingsModel::LocationRole).toString().isEmpty() ? 0 : 1;
            withDocuments += all.data(i, MeetingsModel::DocumentsRole).toInt() > 0 ? 1 : 0;
            cancelled += all.data(i, MeetingsModel::CancelledRole).toBool() ? 1 : 0;
            // "Mi., 05.03.2025, 17:00": weekday, four-digit year, no seconds.
            const QString when = all.data(i, MeetingsModel::WhenRole).toString();
            QVERIFY2(german.match(when).hasMatch(), qPrintable(when));
        }
        QLocale::setDefault(QLocale::c());
        QCOMPARE(withCommittee, total - 1);
        QCOMPARE(withLocation, total - 1);
        QVERIFY(withDocuments > 0 && withDocuments < total);
        QVERIFY(cancelled > 0);

        // A committee: only its meetings, all of them.
        MeetingCommitteesModel committees;
        QAbstractItemModelTester committeesTester(&committees,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MeetingCommittee> choices = MeetingCommitteeListing(db).committees();
        QVERIFY(choices.size() > 2);
        const MeetingCommittee &committee = choices.at(1);
        MeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCommitteeId(committee.id);
        QVERIFY(model.isFiltered());
        model.load(&db, noon);
        QCOMPARE(model.rowCount(), committee.meetings);
        QVERIFY(model.rowCount() < total);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row, 0), MeetingsModel::CommitteeIdsRole)
                        .toStringList()
                        .contains(committee.id));
            QCOMPARE(model.data(model.index(row, 0), MeetingsModel::CommitteeRole).toString(),
                     committee.name);
        }

        // Days, inclusive, by the start's day: the town's "today" and the day before.
        model.clearFilter();
        QVERIFY(!model.isFiltered());
        const QDate today = Test::TownCache::today();
        model.setFrom(today.addDays(-30).toString(Qt::ISODate));
        model.setUntil(today.toString(Qt::ISODate));
        model.load(&db, noon);
        QVERIFY(model.rowCount() > 0);
        int expected = 0;
        for (int row = 0; row < total; ++row) {
            const QDate day = all.data(all.index(row, 0), MeetingsModel::StartRole).toDateTime().date();
            expected += day >= today.addDays(-30) && day <= today ? 1 : 0;
        }
        QCOMPARE(model.rowCount(), expected);

        // Only with documents.
        model.clearFilter();
        model.setWithDocuments(true);
        model.load(&db, noon);
        QCOMPARE(model.rowCount(), withDocuments);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.data(model.index(row, 0), MeetingsModel::DocumentsRole).toInt() > 0);
        }

        // A committee no meeting names: nothing, not everything.
        model.clearFilter();
        model.setCommitteeId(QStringLiteral("https://nowhere.invalid/organization/0"));
        model.load(&db, noon);
        QCOMPARE(model.rowCount(), 0);
    }

    // The window's way: the rows come from the cache controller's reader thread, and a changed
    // filter reads again there.
    void backgroundRead()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        Test::TownCache town;
        {
            auto cache = Test::createCache(dir);
            QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
        }
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        controller.start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");

        MeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MeetingsModel::loaded);
        model.setCacheController(&controller);
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && loaded.size() >= 1, 60000);
        const int total = model.rowCount();
        QVERIFY(total > 100);

        MeetingCommitteesModel committees;
        QSignalSpy committeesLoaded(&committees, &MeetingCommitteesModel::loaded);
        committees.setCacheController(&controller);
        QTRY_VERIFY_WITH_TIMEOUT(committeesLoaded.size() >= 1, 60000);
        QVERIFY(committees.rowCount() > 2);
        const QString committeeId =
            committees.data(committees.index(0, 0), MeetingCommitteesModel::IdRole).toString();
        QCOMPARE(committees.indexOf(committeeId), 0);
        const int expected =
            committees.data(committees.index(0, 0), MeetingCommitteesModel::MeetingsRole).toInt();

        loaded.clear();
        model.setCommitteeId(committeeId);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && loaded.size() >= 1, 60000);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(model.rowCount() < total);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(MeetingsModelTest)
#include "tst_meetingsmodel.moc"
