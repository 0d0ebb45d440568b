// SPDX-License-Identifier: GPL-2.0-or-later
// The store's query classes for the window and the text indexer, on rows made by hand in a real
// SQLCipher file: the meetings list (MeetingListing), one meeting's agenda (AgendaListing), the
// server count (ServerStore) and the search index's bookkeeping (SearchIndexStore). The model
// tests read the first two over the demo town as well.

#include "agendalisting.h"
#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "filelinks.h"
#include "meetinglisting.h"
#include "nonpublic.h"
#include "objectstore.h"
#include "searchindexstore.h"
#include "serverstore.h"
#include "testmain.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Ratsmappe;

namespace {

QString ris(const char *path)
{
    return QLatin1String("https://ris.example/") + QLatin1String(path);
}

QStringList names(const QList<AgendaDocument> &documents)
{
    QStringList out;
    for (const AgendaDocument &d : documents) {
        out << d.name;
    }
    return out;
}

} // namespace

class StoreQueriesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;

    Database &db() { return m_cache->database(); }

    void upsert(ObjectKind kind, const QString &parentId, const QJsonObject &data)
    {
        ObjectStore(db()).upsert(kind, parentId, data, QDateTime::currentDateTimeUtc());
    }

    /// A version of \a fileId (whose row must exist), complete unless \a complete is false.
    qint64 storeVersion(const QString &fileId, DocumentKind kind, bool complete = true)
    {
        Transaction tx(db());
        DocumentWriter writer(db(), fileId);
        writer.write("%PDF-1.4\n%%EOF\n");
        const qint64 id = complete ? writer.finish(kind).id : writer.versionId();
        tx.commit();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_cache = Test::createCache(m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void cleanup() { m_cache.reset(); }

    void meetingListing()
    {
        upsert(ObjectKind::Meeting,
               {},
               {{QStringLiteral("id"), ris("meeting/a")},
                {QStringLiteral("name"), QStringLiteral("Rat")},
                {QStringLiteral("start"), QStringLiteral("2025-03-05T18:00:00+01:00")},
                {QStringLiteral("cancelled"), true}});
        upsert(ObjectKind::Meeting,
               {},
               {{QStringLiteral("id"), ris("meeting/b")},
                {QStringLiteral("name"), QStringLiteral("Bauausschuss")}});
        upsert(ObjectKind::Meeting,
               {},
               {{QStringLiteral("id"), ris("meeting/c")}, {QStringLiteral("deleted"), true}});

        QList<MeetingSummary> meetings = MeetingListing(db()).meetings();
        std::sort(meetings.begin(), meetings.end(), [](const MeetingSummary &x, const MeetingSummary &y) {
            return x.id < y.id;
        });
        QCOMPARE(meetings.size(), 2); // the deleted one is not listed
        QCOMPARE(meetings.at(0).id, ris("meeting/a"));
        QCOMPARE(meetings.at(0).name, QStringLiteral("Rat"));
        // The instant, with the server's offset kept.
        QCOMPARE(meetings.at(0).start, QDateTime(QDate(2025, 3, 5), QTime(17, 0), QTimeZone::UTC));
        QCOMPARE(meetings.at(0).start.offsetFromUtc(), 3600);
        QVERIFY(meetings.at(0).cancelled);
        QCOMPARE(meetings.at(1).name, QStringLiteral("Bauausschuss"));
        QVERIFY(!meetings.at(1).start.isValid());
        QVERIFY(!meetings.at(1).cancelled);
    }

    void agendaListing()
    {
        const QString meeting = ris("meeting/1");
        upsert(ObjectKind::Meeting, {}, {{QStringLiteral("id"), meeting}});
        auto file = [&](const char *id, const QJsonObject &fields = {}) {
            QJsonObject data = fields;
            data.insert(QLatin1String("id"), ris(id));
            upsert(ObjectKind::File, {}, data);
            return ris(id);
        };
        auto item = [&](const char *id, const QJsonObject &fields) {
            QJsonObject data = fields;
            data.insert(QLatin1String("id"), ris(id));
            upsert(ObjectKind::AgendaItem, meeting, data);
            return ris(id);
        };
        FileLinks links(db());

        // The meeting's own documents, linked out of order: invitation, minutes, then the rest.
        links.add(meeting,
                  file("file/aux", {{QStringLiteral("name"), QStringLiteral("Anwesenheit")}}),
                  QStringLiteral("auxiliaryFile"));
        links.add(meeting,
                  file("file/minutes", {{QStringLiteral("fileName"), QStringLiteral("protokoll.pdf")}}),
                  QStringLiteral("resultsProtocol"));
        const QString invitation =
            file("file/invitation", {{QStringLiteral("name"), QStringLiteral("Einladung")}});
        links.add(meeting, invitation, QStringLiteral("invitation"));
        storeVersion(invitation, DocumentKind::Pdf);

        // TOP 1: a paper through the item's consultation (main file not yet complete, an image
        // attachment that is late and not public), then the item's own resolution.
        const QString top1 = item("item/1",
                                  {{QStringLiteral("number"), QStringLiteral("1")},
                                   {QStringLiteral("order"), 1},
                                   {QStringLiteral("name"), QStringLiteral("Bebauungsplan")},
                                   {QStringLiteral("public"), true},
                                   {QStringLiteral("consultation"), ris("consultation/1")}});
        upsert(ObjectKind::Consultation, ris("paper/1"), {{QStringLiteral("id"), ris("consultation/1")}});
        const QString main = file("file/main", {{QStringLiteral("name"), QStringLiteral("Vorlage")}});
        links.add(ris("paper/1"), main, QStringLiteral("mainFile"));
        storeVersion(main, DocumentKind::Pdf, false);
        const QString plan = file("file/plan",
                                  {{QStringLiteral("name"), QStringLiteral("Lageplan")},
                                   {QStringLiteral("ratsmappe:nonPublic"), true}});
        links.add(ris("paper/1"), plan, QStringLiteral("auxiliaryFile"));
        storeVersion(plan, DocumentKind::Image);
        Statement(db(), "UPDATE files SET late = 1 WHERE id = ?").bind(1, plan).run();
        links.add(top1,
                  file("file/resolution", {{QStringLiteral("name"), QStringLiteral("Beschluss")}}),
                  QStringLiteral("resolutionFile"));

        // Not public, without documents; ordered after TOP 1a by its order.
        item("item/2",
             {{QStringLiteral("number"), QStringLiteral("2")},
              {QStringLiteral("order"), 3},
              {QStringLiteral("name"), QStringLiteral("Personalangelegenheit")},
              {QStringLiteral("public"), false}});
        // Without number or "public": a paper through a consultation that names the item; a
        // deleted consultation's paper and a deleted file are left out.
        const QString top1a =
            item("item/1a",
                 {{QStringLiteral("order"), 2}, {QStringLiteral("name"), QStringLiteral("Mitteilungen")}});
        upsert(ObjectKind::Consultation,
               ris("paper/2"),
               {{QStringLiteral("id"), ris("consultation/2")}, {QStringLiteral("agendaItem"), top1a}});
        links.add(ris("paper/2"),
                  file("file/notice", {{QStringLiteral("name"), QStringLiteral("Mitteilung")}}),
                  QStringLiteral("mainFile"));
        upsert(ObjectKind::Consultation,
               ris("paper/3"),
               {{QStringLiteral("id"), ris("consultation/3")},
                {QStringLiteral("agendaItem"), top1a},
                {QStringLiteral("deleted"), true}});
        links.add(ris("paper/3"),
                  file("file/withdrawn", {{QStringLiteral("name"), QStringLiteral("Zurückgezogen")}}),
                  QStringLiteral("mainFile"));
        links.add(
            top1a, file("file/gone", {{QStringLiteral("deleted"), true}}), QStringLiteral("auxiliaryFile"));
        // A deleted item is not on the agenda.
        item("item/9",
             {{QStringLiteral("order"), 0},
              {QStringLiteral("name"), QStringLiteral("Abgesetzt")},
              {QStringLiteral("deleted"), true}});

        const MeetingAgenda agenda = AgendaListing(db()).agenda(meeting);
        QCOMPARE(names(agenda.documents),
                 QStringList({QStringLiteral("Einladung"),
                              QStringLiteral("protokoll.pdf"),
                              QStringLiteral("Anwesenheit")}));
        const AgendaDocument &inv = agenda.documents.at(0);
        QCOMPARE(inv.fileId, invitation);
        QCOMPARE(inv.role, QStringLiteral("invitation"));
        QVERIFY(inv.downloaded);
        QCOMPARE(inv.kind, QStringLiteral("pdf"));
        QVERIFY(!inv.late);
        QVERIFY(!inv.nonPublic);
        QCOMPARE(agenda.documents.at(1).role, QStringLiteral("resultsProtocol"));
        QVERIFY(!agenda.documents.at(1).downloaded);
        QVERIFY(agenda.documents.at(1).kind.isEmpty());

        QCOMPARE(agenda.items.size(), 3);
        const AgendaEntry &first = agenda.items.at(0);
        QCOMPARE(first.id, top1);
        QCOMPARE(first.number, QStringLiteral("1"));
        QCOMPARE(first.name, QStringLiteral("Bebauungsplan"));
        QVERIFY(!first.nonPublic);
        QCOMPARE(names(first.documents),
                 QStringList(
                     {QStringLiteral("Vorlage"), QStringLiteral("Lageplan"), QStringLiteral("Beschluss")}));
        QCOMPARE(first.documents.at(0).role, QStringLiteral("mainFile"));
        QVERIFY(!first.documents.at(0).downloaded); // only an incomplete version
        const AgendaDocument &attachment = first.documents.at(1);
        QCOMPARE(attachment.fileId, plan);
        QVERIFY(attachment.downloaded);
        QCOMPARE(attachment.kind, QStringLiteral("image"));
        QVERIFY(attachment.late);
        QVERIFY(attachment.nonPublic);
        QCOMPARE(first.documents.at(2).role, QStringLiteral("resolutionFile"));

        const AgendaEntry &second = agenda.items.at(1);
        QCOMPARE(second.id, top1a);
        QVERIFY(second.number.isEmpty());
        QVERIFY(!second.nonPublic); // the server did not say
        QCOMPARE(names(second.documents), QStringList({QStringLiteral("Mitteilung")}));

        const AgendaEntry &third = agenda.items.at(2);
        QCOMPARE(third.name, QStringLiteral("Personalangelegenheit"));
        QVERIFY(third.nonPublic);
        QVERIFY(third.documents.isEmpty());

        const MeetingAgenda none = AgendaListing(db()).agenda(ris("meeting/none"));
        QVERIFY(none.documents.isEmpty());
        QVERIFY(none.items.isEmpty());
    }

    void serverCount()
    {
        ServerStore servers(db());
        QCOMPARE(servers.count(), 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        servers.addIfMissing(ris("oparl/a"), now);
        servers.addIfMissing(ris("oparl/b"), now);
        servers.addIfMissing(ris("oparl/a"), now);
        QCOMPARE(servers.count(), 2);
    }

    void searchIndexBookkeeping()
    {
        auto file = [&](const char *id, const QJsonObject &fields = {}) {
            QJsonObject data = fields;
            data.insert(QLatin1String("id"), ris(id));
            upsert(ObjectKind::File, {}, data);
            return ris(id);
        };
        const QString budget =
            file("file/budget", {{QStringLiteral("name"), QStringLiteral("Haushaltsplan")}});
        const qint64 budgetVersion = storeVersion(budget, DocumentKind::Pdf);
        const QString annex =
            file("file/annex", {{QStringLiteral("fileName"), QStringLiteral("anlage.pdf")}});
        storeVersion(annex, DocumentKind::Pdf); // replaced by the next: only the current counts
        const qint64 annexVersion = storeVersion(annex, DocumentKind::Pdf);
        storeVersion(file("file/photo"), DocumentKind::Image);
        storeVersion(file("file/partial"), DocumentKind::Pdf, false);
        const QString gone = file("file/gone");
        storeVersion(gone, DocumentKind::Pdf);
        upsert(ObjectKind::File, {}, {{QStringLiteral("id"), gone}, {QStringLiteral("deleted"), true}});

        SearchIndexStore index(db());
        QList<PendingText> pending = index.pending();
        std::sort(pending.begin(), pending.end(), [](const PendingText &a, const PendingText &b) {
            return a.fileId < b.fileId;
        });
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).fileId, annex);
        QCOMPARE(pending.at(0).versionId, annexVersion);
        QCOMPARE(pending.at(0).title, QStringLiteral("anlage.pdf"));
        QCOMPARE(pending.at(1).fileId, budget);
        QCOMPARE(pending.at(1).versionId, budgetVersion);
        QCOMPARE(pending.at(1).title, QStringLiteral("Haushaltsplan"));

        index.savePages(pending.at(1), {QStringLiteral("Neubau der Feuerwache"), QStringLiteral("Kosten")});
        QCOMPARE(db().queryText(
                     "SELECT target_id FROM search_index WHERE search_index MATCH 'feuerwache' AND page = 1"),
                 budget);
        QCOMPARE(db().queryInt("SELECT count(*) FROM search_index WHERE title = 'Haushaltsplan'"), 2);
        // Saved again, the version's pages are replaced, not added.
        index.savePages(pending.at(1), {QStringLiteral("Sanierung der Turnhalle")});
        QCOMPARE(db().queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'feuerwache'"), 0);
        QCOMPARE(db().queryInt("SELECT count(*) FROM search_index"), 1);

        index.markFailed(annexVersion, QStringLiteral("not a readable PDF"));
        Statement failed(db(), "SELECT text_indexed, text_error FROM file_versions WHERE id = ?");
        failed.bind(1, annexVersion);
        QVERIFY(failed.next());
        QCOMPARE(failed.integer(0), 2);
        QCOMPARE(failed.text(1), QStringLiteral("not a readable PDF"));
        QVERIFY(index.pending().isEmpty()); // done and failed versions are not tried again
    }

    // Two servers with a meeting and a file of the same ids (issue 12): each listing, agenda and
    // document stays on its server, and a wipe of one server's non-public part leaves the other's.
    void sharedIdsKeepToTheirServer()
    {
        const QString meeting = ris("meeting/shared");
        const QString file = ris("file/shared");
        const QStringList servers = {QStringLiteral("https://a.example/oparl/system"),
                                     QStringLiteral("https://b.example/oparl/system")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &server : servers) {
            ServerStore(db()).addIfMissing(server, now);
            const bool b = server == servers.last();
            ObjectStore objects(db(), server);
            objects.upsert(ObjectKind::Meeting,
                           {},
                           {{QStringLiteral("id"), meeting},
                            {QStringLiteral("name"), b ? QStringLiteral("B") : QStringLiteral("A")},
                            {QStringLiteral("start"), QStringLiteral("2025-03-05T18:00:00+01:00")}},
                           now);
            objects.upsert(
                ObjectKind::File,
                {},
                {{QStringLiteral("id"), file},
                 {QStringLiteral("name"), b ? QStringLiteral("Einladung B") : QStringLiteral("Einladung A")},
                 {QStringLiteral("ratsmappe:nonPublic"), b}},
                now);
            FileLinks(db(), server).add(meeting, file, QStringLiteral("invitation"));
            Transaction tx(db());
            DocumentWriter writer(db(), file, {}, {}, DocumentWriter::DefaultChunkSize, server);
            writer.write(b ? "%PDF-1.4\n% B\n%%EOF\n" : "%PDF-1.4\n% A\n%%EOF\n");
            writer.finish(DocumentKind::Pdf);
            tx.commit();
        }

        QList<MeetingSummary> meetings = MeetingListing(db()).meetings();
        QCOMPARE(meetings.size(), 2);
        QStringList names;
        for (const MeetingSummary &m : meetings) {
            QCOMPARE(m.id, meeting);
            names << m.serverId + QLatin1Char(' ') + m.name;
        }
        names.sort();
        QCOMPARE(
            names,
            QStringList({servers.first() + QStringLiteral(" A"), servers.last() + QStringLiteral(" B")}));
        for (const QString &server : servers) {
            const MeetingAgenda agenda = AgendaListing(db()).agenda(meeting, server);
            QCOMPARE(agenda.serverId, server);
            QCOMPARE(agenda.documents.size(), 1);
            const QString expected =
                server == servers.first() ? QStringLiteral("Einladung A") : QStringLiteral("Einladung B");
            QCOMPARE(agenda.documents.first().name, expected);
            DocumentStore docs(db());
            QVERIFY(docs.readAll(docs.currentVersion(file, server)->id)
                        .contains(server == servers.first() ? "% A" : "% B"));
        }
        QCOMPARE(ObjectStore(db()).servers(ObjectKind::File, file), servers);

        const NonPublicWipe wiped = wipeNonPublic(db(), servers.last());
        QCOMPARE(wiped.files, 1);
        QCOMPARE(wiped.documents, 1);
        QCOMPARE(ObjectStore(db()).servers(ObjectKind::File, file), QStringList{servers.first()});
        QCOMPARE(AgendaListing(db()).agenda(meeting, servers.first()).documents.size(), 1);
        QVERIFY(AgendaListing(db()).agenda(meeting, servers.last()).documents.isEmpty());
        QVERIFY(DocumentStore(db()).currentVersion(file, servers.first()));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(StoreQueriesTest)
#include "tst_storequeries.moc"
