// SPDX-License-Identifier: GPL-2.0-or-later
// The Paper page's models over a member's sync of the demo town: a paper's header, its
// documents (the meeting page's roles) and its path through the committees in meeting order,
// with role, deciding committee and result. Checked by QAbstractItemModelTester and against
// reference dumps (tests/data/papermodel.json, paperconsultations.json; regenerate with
// RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h). Read in the background through the window's
// cache controller, the same as at once.

#include "cache.h"
#include "cachecontroller.h"
#include "consultationmodel.h"
#include "database.h"
#include "modeldump.h"
#include "papermodel.h"
#include "seenstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class PaperModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    Test::TownCache m_town;
    QString m_paperId;

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
        QVERIFY(m_town.populate(*m_cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        // A paper consulted in more than one meeting, decided in the last: a whole path.
        m_paperId = m_cache->database().queryText(
            "SELECT c.paper_id FROM consultations c JOIN papers p ON p.server_id = c.server_id AND "
            "p.id = c.paper_id JOIN agenda_items a ON a.server_id = c.server_id AND a.id = c.agenda_item_id "
            "WHERE c.deleted = 0 AND p.deleted = 0 GROUP BY c.paper_id HAVING count(*) >= 2 "
            "AND max(c.authoritative) = 1 AND max(json_extract(a.data, '$.result') IS NOT NULL) = 1 "
            "ORDER BY c.paper_id LIMIT 1");
        QVERIFY(!m_paperId.isEmpty());
    }

    void paperAndPath()
    {
        PaperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester consultationTester(model.consultations(),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy header(&model, &PaperModel::headerChanged);
        model.load(&m_cache->database(), m_paperId);
        QCOMPARE(header.count(), 1);
        const QVariantMap h = model.header();
        QVERIFY(!h.value(QStringLiteral("reference")).toString().isEmpty());
        QVERIFY(!h.value(QStringLiteral("paperType")).toString().isEmpty());
        // DateText: weekday, four-digit year.
        QVERIFY2(h.value(QStringLiteral("date"))
                     .toString()
                     .contains(QRegularExpression(QStringLiteral("^\\w+, .*\\d{4}$"))),
                 qPrintable(h.value(QStringLiteral("date")).toString()));
        QVERIFY(!h.value(QStringLiteral("underDirectionOf")).toString().isEmpty());
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.data(model.index(0, 0), PaperModel::RoleLabelRole).toString(),
                 QStringLiteral("Paper"));

        const ConsultationModel &path = *model.consultations();
        QVERIFY(path.rowCount() >= 2);
        bool decided = false, result = false;
        QString previous;
        for (int row = 0; row < path.rowCount(); ++row) {
            const QModelIndex i = path.index(row, 0);
            QVERIFY(!path.data(i, ConsultationModel::MeetingIdRole).toString().isEmpty());
            QVERIFY(!path.data(i, ConsultationModel::CommitteeRole).toString().isEmpty());
            QVERIFY(
                path.data(i, ConsultationModel::AgendaItemRole).toString().startsWith(QLatin1String("TOP ")));
            decided |= path.data(i, ConsultationModel::AuthoritativeRole).toBool() &&
                path.data(i, ConsultationModel::RoleRole).toString() == QLatin1String("Entscheidung");
            result |= !path.data(i, ConsultationModel::ResultRole).toString().isEmpty();
        }
        QVERIFY(decided);
        QVERIFY(result);
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("papermodel.json"), m_town.stableUrls()));
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(path), QStringLiteral("paperconsultations.json"), m_town.stableUrls()));
    }

    void unknownPaperAndNoCacheAreEmpty()
    {
        PaperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&m_cache->database(), m_paperId);
        QVERIFY(model.rowCount() > 0);
        model.load(&m_cache->database(), QStringLiteral("https://ris.example/paper/none"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.consultations()->rowCount(), 0);
        QVERIFY(model.header().isEmpty());
        model.load(&m_cache->database(), m_paperId);
        model.load(nullptr, m_paperId);
        QCOMPARE(model.rowCount(), 0);
    }

    // Through the window's cache controller the model reads in the background and gives the
    // same rows; marking the paper seen makes its documents seen.
    void backgroundAndSeen()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("c"));
        m_cache.reset();
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        QSignalSpy synced(controller.sync(), &SyncController::finished);
        controller.start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 120000);
        Database &db = controller.cache()->database();

        PaperModel fresh;
        fresh.load(&db, m_paperId);
        PaperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PaperModel::loaded);
        model.setPaperId(m_paperId);
        model.setCacheController(&controller);
        QTRY_VERIFY(loaded.count() >= 1 && !model.isLoading());
        QCOMPARE(Test::dumpModel(model), Test::dumpModel(fresh));
        QCOMPARE(Test::dumpModel(*model.consultations()), Test::dumpModel(*fresh.consultations()));

        // Everything after the baseline counts as new; a paper marked seen has no new document.
        {
            Statement baseline(db,
                               "INSERT OR REPLACE INTO settings(key, value) VALUES ('seen/baseline', "
                               "'2000-01-01T00:00:00.000Z')");
            baseline.next();
        }
        const QString serverId = model.header().value(QStringLiteral("serverId")).toString();
        QCOMPARE(SeenStore(db).state(serverId, QStringLiteral("paper"), m_paperId), SeenState::New);
        // Written on the reader's thread; the lists read again afterwards.
        QSignalSpy reread(&model, &PaperModel::loaded);
        model.markSeen();
        QTRY_COMPARE(SeenStore(db).state(serverId, QStringLiteral("paper"), m_paperId), SeenState::Seen);
        QTRY_VERIFY(reread.count() > 0);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            // Only a stored version can be seen; the others stay as they were.
            if (model.data(model.index(row, 0), PaperModel::DownloadedRole).toBool()) {
                QCOMPARE(model.data(model.index(row, 0), PaperModel::SeenRole).toInt(), 0);
            }
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(PaperModelTest)
#include "tst_papermodel.moc"
