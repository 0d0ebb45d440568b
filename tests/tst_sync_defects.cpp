// SPDX-License-Identifier: GPL-2.0-or-later
// One test per real-server defect (../shared/notes/oparl.md), against the stateful fake
// server: the run goes on where it can, reports what it skipped and why, and retries
// transient failures.

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "oparlserver.h"
#include "syncengine.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using Defect = Demo::OParlServer::Defect;

class SyncDefectsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    struct Setup
    {
        std::unique_ptr<Demo::OParlServer> server;
        std::unique_ptr<Cache> cache;
        std::unique_ptr<SyncEngine> engine;
        QStringList papers;
        QString file;
    };

    // Eight papers (three pages) and a meeting in scope with one PDF.
    Setup setUp()
    {
        Setup s;
        s.server = std::make_unique<Demo::OParlServer>(3);
        s.server->setNow(QDateTime::currentDateTimeUtc().addDays(-1));
        for (int i = 1; i <= 8; ++i) {
            s.papers << s.server->add(QStringLiteral("Paper"),
                                      {{QStringLiteral("name"), QStringLiteral("Vorlage %1").arg(i)}});
        }
        s.file =
            s.server->add(QStringLiteral("File"), {{QStringLiteral("name"), QStringLiteral("Einladung")}});
        s.server->setFileBytes(s.file, "%PDF-1.4\n% Einladung\n%%EOF\n");
        s.server->add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Ratssitzung")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)},
             {QStringLiteral("invitation"), s.file}});
        s.server->setNow({});
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        s.cache = Test::createCache(m_tmp.filePath(name));
        s.engine = std::make_unique<SyncEngine>(*s.cache);
        s.engine->setRetryDelayForTests(1);
        return s;
    }

    static QString reasons(const SyncSummary &summary)
    {
        QStringList out;
        for (const SyncSkip &skip : summary.skipped) {
            out << skip.id + QLatin1String(": ") + skip.reason;
        }
        return out.join(QLatin1String("; "));
    }

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void survivesDefect_data()
    {
        QTest::addColumn<Defect>("defect");
        QTest::newRow("empty window 404") << Defect::EmptyModifiedSince404;
        QTest::newRow("empty window bare array") << Defect::EmptyModifiedSinceBareArray;
        QTest::newRow("deleted without type") << Defect::DeletedWithoutType;
        QTest::newRow("transient errors") << Defect::TransientErrors;
        QTest::newRow("raw control chars") << Defect::RawControlChars;
        QTest::newRow("reject fractional seconds") << Defect::RejectFractionalSeconds;
        QTest::newRow("html error with 200") << Defect::HtmlErrorWith200;
        QTest::newRow("wrong pdf content type") << Defect::WrongPdfContentType;
        QTest::newRow("next drops filters") << Defect::NextDropsFilters;
        QTest::newRow("redirect drops query") << Defect::RedirectDropsQuery;
    }

    // Defects a run gets through completely: first a full run, then, after a change and a
    // deletion, an incremental one; the cache ends equal to the server.
    void survivesDefect()
    {
        QFETCH(Defect, defect);
        Setup s = setUp();
        s.server->setDefect(defect);
        SyncSummary first = s.engine->run(s.server->systemUrl());
        QVERIFY2(first.complete && first.skipped.isEmpty(), qPrintable(reasons(first)));
        QCOMPARE(ObjectStore(s.cache->database()).count(ObjectKind::Paper), 8);
        QCOMPARE(first.downloaded, 1);
        DocumentStore docs(s.cache->database());
        QCOMPARE(docs.currentVersion(s.file)->kind, DocumentKind::Pdf);

        // The server's clock moves on past the first run (its timestamps have whole seconds).
        s.server->setNow(QDateTime::currentDateTimeUtc().addSecs(2));
        s.server->change(s.papers.at(4), {{QStringLiteral("name"), QStringLiteral("Vorlage 5, geändert")}});
        s.server->remove(s.papers.at(6));
        const SyncSummary second = s.engine->run(s.server->systemUrl());
        QVERIFY2(second.complete && second.skipped.isEmpty(), qPrintable(reasons(second)));
        QCOMPARE(second.deleted, 1);
        ObjectStore objects(s.cache->database());
        QCOMPARE(objects.count(ObjectKind::Paper), 7);
        QVERIFY(objects.get(ObjectKind::Paper, s.papers.at(4))
                    ->data.value(QLatin1String("name"))
                    .toString()
                    .contains(QStringLiteral("geändert")));
    }

    void loopingPaginationIsStopped_data()
    {
        QTest::addColumn<Defect>("defect");
        QTest::addColumn<QString>("reason");
        QTest::newRow("next points to itself") << Defect::SelfLoopNext << QStringLiteral("loops back");
        QTest::newRow("endless pages") << Defect::EndlessPagination << QStringLiteral("without new objects");
    }

    void loopingPaginationIsStopped()
    {
        QFETCH(Defect, defect);
        QFETCH(QString, reason);
        Setup s = setUp();
        s.server->setDefect(defect);
        const SyncSummary summary = s.engine->run(s.server->systemUrl());
        // Stopped with a clear reason, never walking forever; the run is not complete, so no
        // lastSync is recorded, but what was read is kept.
        QVERIFY(!summary.complete);
        QVERIFY2(reasons(summary).contains(reason), qPrintable(reasons(summary)));
        QVERIFY(!s.cache->status().lastSync.isValid());
        QVERIFY(ObjectStore(s.cache->database()).count(ObjectKind::Paper) >= 3);
        QVERIFY(summary.requests < 100);
    }

    void htmlInsteadOfPdfIsNotKept()
    {
        Setup s = setUp();
        s.server->setFileBytes(s.file, "<html><body>Fehler 500</body></html>");
        const SyncSummary summary = s.engine->run(s.server->systemUrl());
        QVERIFY(summary.complete);
        QCOMPARE(summary.downloaded, 0);
        QVERIFY2(reasons(summary).contains(QLatin1String("HTML")), qPrintable(reasons(summary)));
        QVERIFY(!DocumentStore(s.cache->database()).currentVersion(s.file));
        QCOMPARE(s.cache->database().queryInt("SELECT count(*) FROM file_versions"), 0);
    }

    void unreachableServerIsReported()
    {
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setRetryDelayForTests(1);
        const Test::RefusingPort refusing;
        const SyncSummary summary = engine.run(QUrl(refusing.systemUrl()));
        QVERIFY(!summary.reachable);
        QVERIFY(!summary.complete);
        QCOMPARE(summary.skipped.size(), 1);
        QCOMPARE(summary.requests, 4); // tried, then retried with backoff
    }

    // Shapes real servers send: a single object where an array belongs, "N/A" and blank
    // strings where a URL belongs, a Location embedded where a URL belongs.
    void oddShapesAreStored()
    {
        Demo::OParlServer server;
        const QString file =
            server.add(QStringLiteral("File"), {{QStringLiteral("name"), QStringLiteral("Anlage")}});
        server.setFileBytes(file, "%PDF-1.4\n%%EOF\n");
        const QJsonObject embeddedFile = server.object(file);
        const QString meeting = server.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Sitzung")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
             {QStringLiteral("auxiliaryFile"), embeddedFile}, // an object, not an array
             {QStringLiteral("invitation"), QStringLiteral("N/A")},
             {QStringLiteral("resultsProtocol"), QString()},
             {QStringLiteral("organization"), QStringLiteral("N/A")},
             {QStringLiteral("location"),
              QJsonObject{{QStringLiteral("id"), server.url(QStringLiteral("oparl/body/1/location/9"))},
                          {QStringLiteral("type"), QStringLiteral("https://schema.oparl.org/1.1/Location")},
                          {QStringLiteral("description"), QStringLiteral("Ratssaal")}}}});
        QTemporaryDir tmp;
        auto cache = Test::createCache(tmp.filePath(QStringLiteral("c")));
        SyncEngine engine(*cache);
        engine.setRetryDelayForTests(1);
        const SyncSummary summary = engine.run(server.systemUrl());
        QVERIFY2(summary.complete && summary.skipped.isEmpty(), qPrintable(reasons(summary)));
        Database &db = cache->database();
        Statement links(db, "SELECT file_id, role FROM file_links WHERE owner_id = ?");
        links.bind(1, meeting);
        QVERIFY(links.next());
        QCOMPARE(links.text(0), file);
        QCOMPARE(links.text(1), QStringLiteral("auxiliaryFile"));
        QVERIFY(!links.next()); // nothing linked for "N/A" or ""
        QCOMPARE(db.queryText("SELECT name FROM locations"), QStringLiteral("Ratssaal"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM meeting_organizations"), 0);
        QCOMPARE(summary.downloaded, 1);
    }

    // `modified` bumped on every object without a change (real servers do it in bulk): the
    // incremental run reads more, but shows nothing as changed.
    void bulkBumpedModifiedIsNoChange()
    {
        Setup s = setUp();
        QVERIFY(s.engine->run(s.server->systemUrl()).complete);
        s.server->setNow(QDateTime::currentDateTimeUtc().addSecs(2));
        for (const QString &paper : std::as_const(s.papers)) {
            s.server->change(paper, {});
        }
        const SyncSummary summary = s.engine->run(s.server->systemUrl());
        QVERIFY(summary.complete);
        QCOMPARE(summary.changed, 0);
        QCOMPARE(summary.created, 0);
        // The stored copy follows the server's stamp all the same.
        const auto stored = ObjectStore(s.cache->database()).get(ObjectKind::Paper, s.papers.first());
        QCOMPARE(stored->data, s.server->object(s.papers.first()));
        QVERIFY(stored->lastChanged < stored->data.value(QLatin1String("modified")).toVariant().toDateTime());
    }

    // File URLs with `//` inside the path or a doubled extension answer 404 as given; the
    // mended URL is tried.
    void mendsBrokenFileUrls_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("double slash") << QStringLiteral("slash");
        QTest::newRow("doubled extension") << QStringLiteral("extension");
    }

    void mendsBrokenFileUrls()
    {
        QFETCH(QString, how);
        Setup s = setUp();
        QString access = s.server->object(s.file).value(QLatin1String("accessUrl")).toString();
        access = how == QLatin1String("slash")
            ? access.replace(QLatin1String("/files/"), QLatin1String("//files/"))
            : access + access.mid(access.lastIndexOf(QLatin1Char('.')));
        s.server->change(s.file, {{QStringLiteral("accessUrl"), access}});
        QCOMPARE(s.server->object(s.file).value(QLatin1String("accessUrl")).toString(), access);
        const SyncSummary summary = s.engine->run(s.server->systemUrl());
        QVERIFY2(summary.skipped.isEmpty(), qPrintable(reasons(summary)));
        QCOMPARE(summary.downloaded, 1);
    }

    // A linked id whose path prefix differs from the one the server answers under is fetched
    // below the System URL's folder instead.
    void idsWithAnotherPrefix()
    {
        Setup s = setUp();
        const QString location = s.server->add(QStringLiteral("Location"),
                                               {{QStringLiteral("description"), QStringLiteral("Ratssaal")}});
        QString wrong = location;
        wrong.replace(QLatin1String("/oparl/body/"), QLatin1String("/ris/oparl-alt/body/"));
        s.server->add(
            QStringLiteral("Person"),
            {{QStringLiteral("name"), QStringLiteral("Anna Muster")}, {QStringLiteral("location"), wrong}});
        const SyncSummary summary = s.engine->run(s.server->systemUrl());
        QVERIFY2(summary.skipped.isEmpty(), qPrintable(reasons(summary)));
        QVERIFY(ObjectStore(s.cache->database()).get(ObjectKind::Location, location));
        QVERIFY(!s.server->requestLog()
                     .filter(QStringLiteral("/ris/oparl-alt/"))
                     .isEmpty()); // tried as given first
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SyncDefectsTest)
#include "tst_sync_defects.moc"
