// SPDX-License-Identifier: GPL-2.0-or-later
// The Meetings page's model: upcoming meetings first, soonest on top, then past ones, most
// recent first; deleted ones never shown. Also checked over a member's sync of the demo town
// by QAbstractItemModelTester and against a reference dump of every row
// (tests/data/meetingsmodel.json; to regenerate it after an intended change run with
// RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h).

#include "cache.h"
#include "meetingsmodel.h"
#include "modeldump.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QRegularExpression>
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
};

RATSMAPPE_TEST_GUILESS_MAIN(MeetingsModelTest)
#include "tst_meetingsmodel.moc"
