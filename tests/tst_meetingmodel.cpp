// SPDX-License-Identifier: GPL-2.0-or-later
// The Meeting page's model over a member's sync of the demo town: the meeting's own documents
// first, then every agenda item in order with its paper's documents, non-public items marked,
// downloaded documents with their kind. Checked by QAbstractItemModelTester and against a
// reference dump of every row (tests/data/meetingmodel.json; to regenerate it after an intended
// change run with RATSMAPPE_UPDATE_REFERENCES=1, see modeldump.h). Two models on two meetings,
// as two open Meeting pages have them, read the window's cache side by side.

#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "meetingmodel.h"
#include "modeldump.h"
#include "notestore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

QStringList names(const MeetingModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.data(model.index(row, 0), MeetingModel::NameRole).toString();
    }
    return out;
}

// What a model of its own reads for \a meetingId.
QJsonArray freshDump(Database &db, const QString &meetingId)
{
    MeetingModel model;
    model.load(&db, meetingId);
    return Test::dumpModel(model);
}

} // namespace

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

    // A section heading leads to its agenda item, its papers and the member's notes on both;
    // the meeting's own documents have none.
    void agendaItemsWithNotes()
    {
        Database &db = m_cache->database();
        MeetingModel model;
        model.load(&db, m_meetingId);
        QVERIFY(model.agendaItem(MeetingModel::tr("Meeting documents")).isEmpty());

        QString section, itemId;
        for (int row = 0; row < model.rowCount() && itemId.isEmpty(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QVariantMap item =
                model.agendaItem(model.data(index, MeetingModel::SectionRole).toString());
            if (!item.value(QStringLiteral("papers")).toList().isEmpty()) {
                section = model.data(index, MeetingModel::SectionRole).toString();
                itemId = item.value(QStringLiteral("id")).toString();
                QCOMPARE(model.data(index, MeetingModel::AgendaItemIdRole).toString(), itemId);
            }
        }
        QVERIFY2(!itemId.isEmpty(), "no agenda item with a paper in the meeting");
        const QVariantMap paper =
            model.agendaItem(section).value(QStringLiteral("papers")).toList().constFirst().toMap();
        const QString paperId = paper.value(QStringLiteral("id")).toString();
        QVERIFY(!paperId.isEmpty());
        Statement name(db, "SELECT name FROM papers WHERE id = ?");
        name.bind(1, paperId);
        QVERIFY(name.next());
        QCOMPARE(paper.value(QStringLiteral("name")).toString(), name.text(0));
        QVERIFY(model.agendaItem(section).value(QStringLiteral("note")).toString().isEmpty());

        const QString serverId = model.agendaItem(section).value(QStringLiteral("serverId")).toString();
        QVERIFY(!serverId.isEmpty());
        NoteStore(db).set(serverId, itemId, QStringLiteral("Nachfragen: *Kosten*"));
        NoteStore(db).set(serverId, paperId, QStringLiteral("- Seite 3 prüfen"));
        model.load(&db, m_meetingId);
        const QVariantMap item = model.agendaItem(section);
        QCOMPARE(item.value(QStringLiteral("note")).toString(), QStringLiteral("Nachfragen: *Kosten*"));
        QCOMPARE(
            item.value(QStringLiteral("papers")).toList().constFirst().toMap().value(QStringLiteral("note")),
            QVariant(QStringLiteral("- Seite 3 prüfen")));
        NoteStore(db).remove(serverId, itemId);
        NoteStore(db).remove(serverId, paperId);
    }

    // The top of the page: when (DateText, start–end), where, which committee; the agenda's
    // non-public part starts once, at its first non-public item; decided items say so.
    void headerAndParts()
    {
        MeetingModel model;
        QSignalSpy header(&model, &MeetingModel::headerChanged);
        model.load(&m_cache->database(), m_meetingId);
        QCOMPARE(header.count(), 1);
        const QVariantMap h = model.header();
        QVERIFY2(h.value(QStringLiteral("when"))
                     .toString()
                     .contains(QRegularExpression(QStringLiteral("^\\w+, .*\\d{4}, \\d\\d:\\d\\d"))),
                 qPrintable(h.value(QStringLiteral("when")).toString()));
        QVERIFY(!h.value(QStringLiteral("place")).toString().isEmpty());
        const QVariantList organizations = h.value(QStringLiteral("organizations")).toList();
        QCOMPARE(organizations.size(), 1);
        QVERIFY(!organizations.constFirst().toMap().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(h.value(QStringLiteral("cancelled")).toBool(), false);

        int starts = 0;
        bool inNonPublic = false, decided = false;
        QSet<QString> sections;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString section = model.data(model.index(row, 0), MeetingModel::SectionRole).toString();
            if (sections.contains(section)) {
                continue;
            }
            sections.insert(section);
            const QVariantMap item = model.agendaItem(section);
            if (item.isEmpty()) {
                continue;
            }
            const bool nonPublic = item.value(QStringLiteral("nonPublic")).toBool();
            const bool first = item.value(QStringLiteral("firstNonPublic")).toBool();
            QCOMPARE(first, nonPublic && !inNonPublic);
            starts += first ? 1 : 0;
            inNonPublic = inNonPublic || nonPublic;
            decided |= !item.value(QStringLiteral("result")).toString().isEmpty();
        }
        QCOMPARE(starts, 1);
        QVERIFY(decided);
    }

    // Where a search hit opens the page: the first row of its agenda item.
    void rowOfAgendaItem()
    {
        MeetingModel model;
        model.load(&m_cache->database(), m_meetingId);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString item = model.data(model.index(row, 0), MeetingModel::AgendaItemIdRole).toString();
            if (!item.isEmpty() && !seen.contains(item)) {
                QCOMPARE(model.rowOfAgendaItem(item), row);
                seen.insert(item);
            }
        }
        QVERIFY(!seen.isEmpty());
        QCOMPARE(model.rowOfAgendaItem(QStringLiteral("https://ris.example/item/none")), -1);
        QCOMPARE(model.rowOfAgendaItem(QString()), -1);
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

    // Two Meeting pages open at once: each page's model reads its own meeting from the window's
    // cache, and both read again when a sync changed the cache. A town of its own, as the sync
    // changes it.
    void twoMeetingsAtOnce()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c"));
        Test::TownCache town;
        QString meetings[2], files[2];
        {
            auto cache = Test::createCache(dir);
            QVERIFY(town.populate(*cache, tmp.filePath(QStringLiteral("pdfs"))));
            // Two meetings with documents of their own, and one document of each.
            Statement st(
                cache->database(),
                "SELECT l.owner_id, min(l.file_id) FROM file_links l JOIN meetings m ON m.id = l.owner_id "
                "JOIN files f ON f.id = l.file_id WHERE m.deleted = 0 AND f.deleted = 0 "
                "GROUP BY l.owner_id ORDER BY l.owner_id LIMIT 2");
            for (int i = 0; i < 2; ++i) {
                QVERIFY(st.next());
                meetings[i] = st.text(0);
                files[i] = st.text(1);
            }
        }

        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        QSignalSpy synced(controller.sync(), &SyncController::finished);
        controller.start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        // Unlocking starts a sync of the town's server.
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QVERIFY2(!controller.sync()->failed(), qPrintable(controller.sync()->resultMessage()));
        Database &db = controller.cache()->database();

        MeetingModel first, second;
        QAbstractItemModelTester firstTester(&first, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester secondTester(&second,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        first.setMeetingId(meetings[0]);
        second.setMeetingId(meetings[1]);
        QCOMPARE(first.rowCount(), 0); // no cache yet
        first.setCacheController(&controller);
        second.setCacheController(&controller);
        // Read in the background: the rows come a moment later.
        QTRY_VERIFY(first.rowCount() > 0 && !first.isLoading());
        QTRY_VERIFY(second.rowCount() > 0 && !second.isLoading());
        QCOMPARE(Test::dumpModel(first), freshDump(db, meetings[0]));
        QCOMPARE(Test::dumpModel(second), freshDump(db, meetings[1]));
        QVERIFY(Test::dumpModel(first) != Test::dumpModel(second));

        // The server renames a document of each meeting; one sync, and each page shows its own.
        const QString renamed[2] = {QStringLiteral("Einladung der ersten Sitzung, geändert"),
                                    QStringLiteral("Einladung der zweiten Sitzung, geändert")};
        town.server->setNow(QDateTime::currentDateTimeUtc().addSecs(2));
        for (int i = 0; i < 2; ++i) {
            town.server->change(files[i], {{QStringLiteral("name"), renamed[i]}});
        }
        QSignalSpy firstLoaded(&first, &CacheListModel::loaded);
        QSignalSpy secondLoaded(&second, &CacheListModel::loaded);
        // The same rows with new data: no reset (a view keeps its place), the renamed row changes.
        QSignalSpy firstReset(&first, &QAbstractItemModel::modelReset);
        QSignalSpy firstChanged(&first, &QAbstractItemModel::dataChanged);
        controller.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, 60000);
        QVERIFY2(!controller.sync()->failed(), qPrintable(controller.sync()->resultMessage()));
        // Both read the cache again, during the run (as it stores pages) and at its end (a
        // newer read drops an older one's rows, so not necessarily as often).
        QTRY_VERIFY(!first.isLoading() && !second.isLoading());
        QVERIFY(firstLoaded.count() >= 1);
        QVERIFY(secondLoaded.count() >= 1);
        const qsizetype secondLoads = secondLoaded.count();
        QTRY_VERIFY(names(first).contains(renamed[0]));
        QTRY_VERIFY(names(second).contains(renamed[1]));
        QVERIFY(!names(first).contains(renamed[1]));
        QVERIFY(names(second).contains(renamed[1]));
        QVERIFY(!names(second).contains(renamed[0]));
        QCOMPARE(Test::dumpModel(first), freshDump(db, meetings[0]));
        QCOMPARE(Test::dumpModel(second), freshDump(db, meetings[1]));
        QCOMPARE(firstReset.count(), 0);
        QVERIFY(firstChanged.count() >= 1);

        // One page moving to another meeting leaves the other page alone.
        const QJsonArray secondBefore = Test::dumpModel(second);
        first.setMeetingId(QStringLiteral("https://ris.example/meeting/none"));
        QTRY_COMPARE(first.rowCount(), 0);
        QTRY_VERIFY(!first.isLoading());
        QCOMPARE(secondLoaded.count(), secondLoads);
        QCOMPARE(Test::dumpModel(second), secondBefore);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(MeetingModelTest)
#include "tst_meetingmodel.moc"
