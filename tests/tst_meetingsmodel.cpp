// SPDX-License-Identifier: GPL-2.0-or-later
// The Meetings page's model: upcoming meetings first, soonest on top, then past ones, most
// recent first; deleted ones never shown.

#include "cache.h"
#include "meetingsmodel.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class MeetingsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

RATSMAPPE_TEST_GUILESS_MAIN(MeetingsModelTest)
#include "tst_meetingsmodel.moc"
