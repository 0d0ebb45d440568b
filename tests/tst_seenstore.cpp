// SPDX-License-Identifier: GPL-2.0-or-later
// What the member has seen (SeenStore, issue 18) over a real SQLCipher cache holding the demo's
// small town: nothing is new before the first sync has ended; after it, a document that arrives
// later is new, one seen in an earlier version is changed, and marking (a document, a meeting
// with everything of it, everything) makes them seen. A wipe of the non-public part and the
// removal of a server take their `seen` rows with them.

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "nonpublic.h"
#include "objectstore.h"
#include "seenstore.h"
#include "serveraccounts.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

qint64 count(Database &db, const QByteArray &sql)
{
    Statement st(db, sql.constData());
    return st.next() ? st.integer(0) : -1;
}

// Files (or another kind's rows) not seen as they are now.
qint64 unseenFiles(Database &db)
{
    return count(db,
                 "SELECT count(*) FROM files f WHERE f.deleted = 0 AND " + seenFileStateSql("f") + " <> 0");
}

qint64 unseenObjects(Database &db, const char *table)
{
    return count(db,
                 QByteArray("SELECT count(*) FROM ") + table + " t WHERE t.deleted = 0 AND " +
                     seenObjectStateSql("t") + " <> 0");
}

// A new version of \a fileId, completed now.
void storeVersion(Database &db, const QString &serverId, const QString &fileId, const QByteArray &bytes)
{
    Transaction tx(db);
    DocumentWriter writer(
        db, fileId, QStringLiteral("application/pdf"), {}, DocumentWriter::DefaultChunkSize, serverId);
    writer.write(bytes);
    writer.finish(DocumentKind::Pdf);
    tx.commit();
}

// Waits until the store's clock (milliseconds) has passed \a stamp: "later" must be later.
void passStamp(const QString &stamp)
{
    QTRY_VERIFY(isoNow() > stamp);
}

} // namespace

class SeenStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    Test::TownCache m_town;
    QString m_server;

    Database &db() { return m_cache->database(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_cache =
            Test::createCache(m_tmp.filePath(QStringLiteral("c%1").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_town.populate(*m_cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        Statement st(db(), "SELECT id FROM servers");
        QVERIFY(st.next());
        m_server = st.text(0);
    }

    void cleanup() { m_cache.reset(); }

    void noBaselineNothingIsNew()
    {
        SeenStore seen(db());
        QVERIFY(!seen.baseline().has_value());
        QVERIFY(count(db(), "SELECT count(*) FROM files") > 10);
        QCOMPARE(unseenFiles(db()), 0);
        for (const char *table : {"meetings", "agenda_items", "papers"}) {
            QCOMPARE(unseenObjects(db(), table), 0);
        }
        // Even a document that arrives now: the line is drawn at the end of the first sync.
        ObjectStore(db(), m_server)
            .upsert(ObjectKind::File,
                    {},
                    {{QStringLiteral("id"), QStringLiteral("https://late.example/file/1")}},
                    QDateTime::currentDateTimeUtc());
        QCOMPARE(unseenFiles(db()), 0);

        seen.setBaselineOnce(QStringLiteral("2001-01-01T00:00:00.000Z"));
        seen.setBaselineOnce(isoNow()); // only once
        QCOMPARE(seen.baseline().value(), QStringLiteral("2001-01-01T00:00:00.000Z"));
    }

    void newChangedAndMarked()
    {
        SeenStore seen(db());
        const QString baseline = isoNow();
        seen.setBaselineOnce(baseline);
        QCOMPARE(unseenFiles(db()), 0);
        passStamp(baseline);

        // A document first seen after the baseline: new, until marked; its first download
        // keeps it seen, a later version makes it changed.
        const QString fresh = QStringLiteral("https://late.example/file/fresh");
        ObjectStore(db(), m_server)
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), fresh}}, QDateTime::currentDateTimeUtc());
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), fresh), SeenState::New);
        QCOMPARE(unseenFiles(db()), 1);
        seen.markSeen(m_server, QStringLiteral("file"), fresh); // not downloaded yet
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), fresh), SeenState::Seen);
        storeVersion(db(), m_server, fresh, "first");
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), fresh), SeenState::Seen);
        storeVersion(db(), m_server, fresh, "second");
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), fresh), SeenState::Changed);
        seen.markSeen(m_server, QStringLiteral("file"), fresh);
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), fresh), SeenState::Seen);

        // A document known before the baseline, seen in version A; B arrives: changed.
        Statement any(db(), "SELECT id FROM files WHERE server_id = ? AND deleted = 0 ORDER BY id LIMIT 2");
        any.bind(1, m_server);
        QVERIFY(any.next());
        const QString known = any.text(0);
        QVERIFY(any.next());
        const QString unmarked = any.text(0);
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), known), SeenState::Seen);
        storeVersion(db(), m_server, known, "version A");
        seen.markSeen(m_server, QStringLiteral("file"), known);
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), known), SeenState::Seen);
        storeVersion(db(), m_server, known, "version B");
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), known), SeenState::Changed);

        // Never marked: its first version after the baseline is no change, a second one is.
        storeVersion(db(), m_server, unmarked, "one");
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), unmarked), SeenState::Seen);
        storeVersion(db(), m_server, unmarked, "two");
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), unmarked), SeenState::Changed);

        // Unknown ids and kinds are ignored.
        seen.markSeen(m_server, QStringLiteral("file"), QStringLiteral("nothing"));
        seen.markSeen(m_server, QStringLiteral("body"), unmarked);
        QCOMPARE(seen.state(m_server, QStringLiteral("file"), unmarked), SeenState::Changed);
    }

    void markMeetingAndAll()
    {
        SeenStore seen(db());
        // Everything counts as arrived after this line: all new.
        seen.setBaselineOnce(QStringLiteral("2001-01-01T00:00:00.000Z"));
        const qint64 files = count(db(), "SELECT count(*) FROM files WHERE deleted = 0");
        QCOMPARE(unseenFiles(db()), files);

        // The meeting with the most documents through its items' papers.
        const QByteArray owners =
            "WITH owners(owner) AS (SELECT ?2 UNION SELECT id FROM agenda_items "
            "WHERE server_id = ?1 AND meeting_id = ?2 AND deleted = 0 UNION "
            "SELECT c.paper_id FROM agenda_items a JOIN consultations c ON c.server_id = "
            "a.server_id AND c.id = a.consultation_id WHERE a.server_id = ?1 AND "
            "a.meeting_id = ?2 AND c.paper_id IS NOT NULL UNION SELECT paper_id FROM "
            "consultations WHERE server_id = ?1 AND meeting_id = ?2 AND paper_id IS NOT NULL) ";
        Statement meetings(db(), "SELECT id FROM meetings WHERE server_id = ? AND deleted = 0");
        meetings.bind(1, m_server);
        QString meeting;
        qint64 most = 0;
        while (meetings.next()) {
            const QByteArray sql = owners +
                "SELECT count(DISTINCT l.file_id) FROM owners o JOIN file_links l "
                "ON l.server_id = ?1 AND l.owner_id = o.owner";
            Statement st(db(), sql.constData());
            st.bind(1, m_server).bind(2, meetings.text(0));
            if (st.next() && st.integer(0) > most) {
                most = st.integer(0);
                meeting = meetings.text(0);
            }
        }
        QVERIFY(most > 2);
        const QByteArray unseenOfMeeting = owners +
            "SELECT count(DISTINCT f.id) FROM owners o JOIN file_links l ON l.server_id = ?1 AND "
            "l.owner_id = o.owner JOIN files f ON f.server_id = ?1 AND f.id = l.file_id WHERE " +
            seenFileStateSql("f") + " <> 0";
        auto unseenOf = [&] {
            Statement st(db(), unseenOfMeeting.constData());
            st.bind(1, m_server).bind(2, meeting);
            return st.next() ? st.integer(0) : -1;
        };
        QCOMPARE(unseenOf(), most);

        seen.markMeetingSeen(m_server, meeting);
        QCOMPARE(unseenOf(), 0);
        QCOMPARE(seen.state(m_server, QStringLiteral("meeting"), meeting), SeenState::Seen);
        QCOMPARE(unseenFiles(db()), files - most); // the other meetings' stay new
        {
            const QByteArray sql = "SELECT count(*) FROM agenda_items a WHERE a.server_id = ? AND "
                                   "a.meeting_id = ? AND a.deleted = 0 AND " +
                seenObjectStateSql("a") + " <> 0";
            Statement st(db(), sql.constData());
            st.bind(1, m_server).bind(2, meeting);
            QVERIFY(st.next());
            QCOMPARE(st.integer(0), 0);
        }

        seen.markAllSeen();
        QCOMPARE(unseenFiles(db()), 0);
        for (const char *table : {"meetings", "agenda_items", "papers"}) {
            QCOMPARE(unseenObjects(db(), table), 0);
        }
    }

    void wipeAndRemovalDropSeenRows()
    {
        SeenStore seen(db());
        seen.setBaselineOnce(isoNow());
        seen.markAllSeen();
        const qint64 all = count(db(), "SELECT count(*) FROM seen");
        QVERIFY(all > 100);
        const QByteArray orphans =
            "SELECT count(*) FROM seen s WHERE NOT EXISTS (SELECT 1 FROM files t WHERE "
            "t.server_id = s.server_id AND t.id = s.target_id) AND NOT EXISTS (SELECT 1 "
            "FROM meetings t WHERE t.server_id = s.server_id AND t.id = s.target_id) AND "
            "NOT EXISTS (SELECT 1 FROM agenda_items t WHERE t.server_id = s.server_id AND "
            "t.id = s.target_id) AND NOT EXISTS (SELECT 1 FROM papers t WHERE t.server_id "
            "= s.server_id AND t.id = s.target_id)";
        QCOMPARE(count(db(), orphans), 0);

        const NonPublicWipe wiped = wipeNonPublic(db(), m_server);
        Q_UNUSED(wiped);
        const qint64 afterWipe = count(db(), "SELECT count(*) FROM seen");
        QVERIFY2(afterWipe < all, qPrintable(QStringLiteral("%1 of %2").arg(afterWipe).arg(all)));
        QCOMPARE(count(db(), orphans), 0);

        ServerAccounts(db()).removeServer(m_server);
        QCOMPARE(count(db(), "SELECT count(*) FROM seen"), 0);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SeenStoreTest)
#include "tst_seenstore.moc"
