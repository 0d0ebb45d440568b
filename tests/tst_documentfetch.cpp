// SPDX-License-Identifier: GPL-2.0-or-later
// A document not in the cache, downloaded when the member clicks it (DocumentFetch, issue 18):
// against the demo town over real HTTP on loopback port 0, through the window's cache
// controller. A non-public document comes with the member's account, as in a sync; its complete
// version is stored and current; a 404, an error page instead of a PDF and a stopped server each
// fail with a reason, and nothing partial counts as complete. A queued download can be cancelled.

#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "documentfetch.h"
#include "documentstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class DocumentFetchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::TownCache m_town;
    std::unique_ptr<CacheController> m_controller;

    Database &db() { return m_controller->cache()->database(); }

    // Files the sync left without a version: \a nonPublic ones or public ones.
    QStringList notDownloaded(bool nonPublic, int count)
    {
        Statement st(db(),
                     "SELECT f.id FROM files f WHERE f.deleted = 0 AND f.current_version IS NULL "
                     "AND f.non_public = ? AND f.mime_type LIKE '%pdf%' AND NOT EXISTS (SELECT 1 FROM "
                     "file_versions v WHERE v.file_id = f.id) ORDER BY f.id LIMIT ?");
        st.bind(1, nonPublic ? 1 : 0).bind(2, count);
        QStringList ids;
        while (st.next()) {
            ids << st.text(0);
        }
        return ids;
    }

    QString serverOf(const QString &fileId)
    {
        Statement st(db(), "SELECT server_id FROM files WHERE id = ?");
        st.bind(1, fileId);
        return st.next() ? st.text(0) : QString();
    }

    qint64 completeVersions(const QString &fileId)
    {
        Statement st(db(), "SELECT count(*) FROM file_versions WHERE file_id = ? AND complete = 1");
        st.bind(1, fileId);
        st.next();
        return st.integer(0);
    }

    void setUrl(const QString &fileId, const QString &url)
    {
        Statement st(db(), "UPDATE files SET access_url = ?, download_url = NULL WHERE id = ?");
        st.bind(1, url).bind(2, fileId);
        st.next();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(QStringLiteral("c"));
        {
            auto cache = Test::createCache(dir);
            QVERIFY(m_town.populate(*cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        }
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        m_controller = std::make_unique<CacheController>();
        QSignalSpy synced(m_controller->sync(), &SyncController::finished);
        m_controller->start(dir);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        // Unlocking syncs (its window of documents is around today, not the town's dates).
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 120000);
        QVERIFY2(!m_controller->sync()->failed(), qPrintable(m_controller->sync()->resultMessage()));
    }

    // Not in the cache → fetched with progress → its complete version is the current one. A
    // non-public document needs the member's account: the fetch sends it as the sync does.
    void fetchesWithProgress_data()
    {
        QTest::addColumn<bool>("nonPublic");
        QTest::newRow("public") << false;
        QTest::newRow("non-public") << true;
    }
    void fetchesWithProgress()
    {
        QFETCH(bool, nonPublic);
        const QStringList ids = notDownloaded(nonPublic, 1);
        QVERIFY2(!ids.isEmpty(), "no document left to download");
        const QString fileId = ids.constFirst();
        const QString serverId = serverOf(fileId);
        QVERIFY(!DocumentStore(db()).currentVersion(fileId, serverId));

        DocumentFetch fetch;
        fetch.setCacheController(m_controller.get());
        QSignalSpy fetched(&fetch, &DocumentFetch::fetched);
        QSignalSpy failed(&fetch, &DocumentFetch::failed);
        qint64 mostReceived = 0;
        QString progressText;
        connect(&fetch, &DocumentFetch::progressChanged, this, [&] {
            if (fetch.received() > mostReceived) {
                mostReceived = fetch.received();
                progressText = fetch.progressText();
            }
        });
        fetch.fetch(fileId, serverId);
        QVERIFY(fetch.isRunning());
        QCOMPARE(fetch.fileId(), fileId);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count() + failed.count(), 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
        QCOMPARE(fetched.constFirst().at(0).toString(), fileId);
        QCOMPARE(fetched.constFirst().at(1).toString(), serverId);
        QTRY_VERIFY(!fetch.isRunning());
        QVERIFY(fetch.fileId().isEmpty());

        const auto version = DocumentStore(db()).currentVersion(fileId, serverId);
        QVERIFY(version);
        QCOMPARE(version->kind, DocumentKind::Pdf);
        QVERIFY(version->size > 0);
        QVERIFY(DocumentStore(db()).readAll(version->id).startsWith("%PDF-"));
        QCOMPARE(mostReceived, version->size);
        QVERIFY2(progressText.contains(QLatin1Char('%')), qPrintable(progressText));
        QVERIFY(fetch.errors().isEmpty());
    }

    // A second click waits its turn; cancelled meanwhile, it is never fetched.
    void queuedAndCancelled()
    {
        const QStringList ids = notDownloaded(false, 2);
        QCOMPARE(ids.size(), 2);
        DocumentFetch fetch;
        fetch.setCacheController(m_controller.get());
        QSignalSpy fetched(&fetch, &DocumentFetch::fetched);
        fetch.fetch(ids.at(0), serverOf(ids.at(0)));
        fetch.fetch(ids.at(1), serverOf(ids.at(1)));
        QCOMPARE(fetch.queued(), QStringList{ids.at(1)});
        fetch.cancel(ids.at(1));
        QVERIFY(fetch.queued().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!fetch.isRunning(), 60000);
        QCOMPARE(fetched.count(), 1);
        QCOMPARE(fetched.constFirst().at(0).toString(), ids.at(0));
        QCOMPARE(completeVersions(ids.at(1)), 0);
    }

    // Failures: each with its reason, shown on the row (errors) and signalled; nothing stored
    // as complete. The stopped server last.
    void failures_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404") << QStringLiteral("404") << QStringLiteral("404");
        QTest::newRow("not a PDF") << QStringLiteral("json") << QStringLiteral("JSON");
        QTest::newRow("server stopped") << QStringLiteral("stopped") << QString();
    }
    void failures()
    {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        const QStringList ids = notDownloaded(false, 1);
        QVERIFY(!ids.isEmpty());
        const QString fileId = ids.constFirst();
        if (how == QLatin1String("404")) {
            setUrl(fileId, m_town.server->url(QStringLiteral("files/no-such-file.pdf")));
        } else if (how == QLatin1String("json")) {
            setUrl(fileId, m_town.server->systemUrl().toString());
        } else {
            m_town.server.reset(); // its port refuses from now on
        }

        DocumentFetch fetch;
        fetch.setCacheController(m_controller.get());
        QSignalSpy fetched(&fetch, &DocumentFetch::fetched);
        QSignalSpy failed(&fetch, &DocumentFetch::failed);
        fetch.fetch(fileId, serverOf(fileId));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QCOMPARE(fetched.count(), 0);
        QCOMPARE(failed.constFirst().at(0).toString(), fileId);
        const QString message = failed.constFirst().at(1).toString();
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.length() > QStringLiteral("The document could not be downloaded: ").length());
        QCOMPARE(fetch.errors().value(fileId).toString(), message);
        QTRY_VERIFY(!fetch.isRunning());
        QVERIFY(!DocumentStore(db()).currentVersion(fileId, serverOf(fileId)));
        QCOMPARE(completeVersions(fileId), 0);

        // Clicked again, the old error goes while it tries.
        fetch.fetch(fileId, serverOf(fileId));
        QVERIFY(!fetch.errors().contains(fileId));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 60000);
    }

    void cleanupTestCase() { m_controller.reset(); }
};

RATSMAPPE_TEST_GUILESS_MAIN(DocumentFetchTest)
#include "tst_documentfetch.moc"
