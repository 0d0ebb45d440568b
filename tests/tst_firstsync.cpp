// SPDX-License-Identifier: GPL-2.0-or-later
// A first start as a new member sees it: the window's sync of the small demo town from an empty
// cache. The meetings list fills while the lists are still being walked, long before the
// documents are all stored, and those before the reading of their text ends (the order of
// events, never times).

#include "cache.h"
#include "cachecontroller.h"
#include "demosync.h"
#include "meetingsmodel.h"
#include "oparlserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class FirstSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void listsShowBeforeDocumentsAndText()
    {
        const auto town = Test::smallTown();
        Demo::OParlServer &server = *town;

        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        Test::createCache(dir);
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        controller.start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");

        MeetingsModel meetings;
        meetings.setCacheController(&controller);
        QCOMPARE(meetings.rowCount(), 0);

        // What happened, in the order the GUI thread saw it.
        QStringList events;
        SyncProgress::Phase phase = SyncProgress::Phase::Connecting;
        bool documentsDone = false;
        connect(controller.sync(), &SyncController::progress, this, [&](const SyncProgress &p) {
            if (p.phase == SyncProgress::Phase::Documents && p.total > 0 && p.done == p.total &&
                !documentsDone) {
                documentsDone = true;
                events << QStringLiteral("documents stored");
            }
            if (p.phase == SyncProgress::Phase::Text && phase != SyncProgress::Phase::Text) {
                events << QStringLiteral("text begins");
            }
            phase = p.phase;
        });
        connect(&meetings, &CacheListModel::loaded, this, [&] {
            if (meetings.rowCount() > 0 && !events.contains(QStringLiteral("meetings listed"))) {
                events << QStringLiteral("meetings listed");
                // Shown while the lists are walked, not after them.
                QCOMPARE(phase, SyncProgress::Phase::Lists);
            }
        });
        QSignalSpy finished(controller.sync(), &SyncController::finished);
        QCOMPARE(controller.sync()->addServer(server.systemUrl().toString()), QString());
        QVERIFY(finished.wait(300000));
        QVERIFY2(!controller.sync()->failed(), qPrintable(controller.sync()->resultMessage()));
        events << QStringLiteral("finished");

        QCOMPARE(events,
                 QStringList({QStringLiteral("meetings listed"),
                              QStringLiteral("documents stored"),
                              QStringLiteral("text begins"),
                              QStringLiteral("finished")}));
        QCOMPARE(meetings.rowCount(), server.objectCount(QStringLiteral("Meeting")));
    }
};

RATSMAPPE_TEST_MAIN(FirstSyncTest)
#include "tst_firstsync.moc"
