// SPDX-License-Identifier: GPL-2.0-or-later
// The Meeting page's model over a member's sync of the demo town: the meeting's own documents
// first, then every agenda item in order with its paper's documents, non-public items marked,
// downloaded documents with their kind. Checked by QAbstractItemModelTester and against a
// reference dump of every row (tests/data/meetingmodel.json; to regenerate it after an intended
// change run with RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h).

#include "cache.h"
#include "database.h"
#include "meetingmodel.h"
#include "modeldump.h"
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

class MeetingModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    Test::TownCache m_town;
    QString m_meetingId;

private Q_SLOTS:
    // Any warning fails the case: a painter used after its print run ended, a model index
    // out of range and the like only show as warnings.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
        QVERIFY(m_town.populate(*m_cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        // The last meeting before "today" with a non-public part: documents of every role,
        // public and not.
        m_meetingId = m_cache->database().queryText(
            "SELECT m.id FROM meetings m WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start < '2025-03-05' "
            "AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND a.public = 0 "
            "AND a.deleted = 0) ORDER BY m.start DESC LIMIT 1");
        QVERIFY(!m_meetingId.isEmpty());
        Statement start(m_cache->database(), "SELECT start FROM meetings WHERE id = ?");
        start.bind(1, m_meetingId);
        QVERIFY(start.next());
        QVERIFY(m_town.downloadDay(*m_cache, QDateTime::fromString(start.text(0), Qt::ISODate).date()));
    }

    void agendaAndDocuments()
    {
        MeetingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &MeetingModel::countChanged);
        model.load(&m_cache->database(), m_meetingId);
        QCOMPARE(count.count(), 1);
        QVERIFY(model.rowCount() > 5);

        const QJsonArray dump = Test::dumpModel(model);
        // What the reference must show, so that a regenerated one cannot silently lose it.
        bool downloaded = false, nonPublic = false, withoutDocuments = false;
        for (const QJsonValue &row : dump) {
            const QJsonObject o = row.toObject();
            downloaded |= o.value(QLatin1String("downloaded")).toBool() &&
                o.value(QLatin1String("kind")).toString() == QLatin1String("pdf");
            nonPublic |= o.value(QLatin1String("nonPublic")).toBool();
            withoutDocuments |= o.value(QLatin1String("fileId")).toString().isEmpty();
        }
        QVERIFY(downloaded);
        QVERIFY(nonPublic);
        QVERIFY(withoutDocuments);
        QVERIFY(Test::compareWithReference(dump, QStringLiteral("meetingmodel.json"), m_town.stableUrls()));
    }

    void unknownMeetingAndNoCacheAreEmpty()
    {
        MeetingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&m_cache->database(), m_meetingId);
        QVERIFY(model.rowCount() > 0);
        model.load(&m_cache->database(), QStringLiteral("https://ris.example/meeting/none"));
        QCOMPARE(model.rowCount(), 0);
        model.load(&m_cache->database(), m_meetingId);
        model.load(nullptr, m_meetingId);
        QCOMPARE(model.rowCount(), 0);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(MeetingModelTest)
#include "tst_meetingmodel.moc"
