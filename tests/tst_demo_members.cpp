// SPDX-License-Identifier: GPL-2.0-or-later
// The demo town's authentication extension over real HTTP on loopback: members see the
// non-public part, revocation wipes exactly that part and keeps the member's own work.

#include "cache.h"
#include "cachepages.h"
#include "database.h"
#include "demosync.h"
#include "documentstore.h"
#include "nonpublic.h"
#include "oparlserver.h"
#include "syncengine.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QProcess>

#include <algorithm>

using namespace Ratsmappe;
using Demo::OParlServer;
using Test::compactJson;
using Test::compareWithServer;
using Test::countRows;
using Test::nonPublicRows;

namespace {

// An annotation on the document's version, a note and a read state on the file, as the
// window writes them.
void writeMemberWork(Cache &cache, const QString &fileId, qint64 versionId)
{
    Database &db = cache.database();
    Statement(
        db,
        "INSERT INTO annotations(id, server_id, file_id, version_id, type, page, geometry, color, text, "
        "created, modified) SELECT lower(hex(randomblob(16))), server_id, file_id, id, 'note', 1, '{}', "
        "'#ffeb3b', 'Rückfrage', 'c', 'm' FROM file_versions WHERE id = ?")
        .bind(1, versionId)
        .run();
    Statement(db,
              "INSERT INTO notes(server_id, target_id, text, created, modified) SELECT server_id, file_id, "
              "'Notiz', 'c', 'm' FROM file_versions WHERE id = ?")
        .bind(1, versionId)
        .run();
    Statement(db, "INSERT INTO read_state(target_id, page, zoom) VALUES (?, 3, 1.5)").bind(1, fileId).run();
}

// How many of those the cache holds for the file (whichever of its versions).
qint64 memberWork(Cache &cache, const QString &fileId)
{
    Statement q(cache.database(),
                "SELECT (SELECT count(*) FROM annotations WHERE file_id = ?1) + "
                "(SELECT count(*) FROM notes WHERE target_id = ?1) + "
                "(SELECT count(*) FROM read_state WHERE target_id = ?1)");
    q.bind(1, fileId);
    return q.next() ? q.integer(0) : -1;
}

bool holdsNonPublic(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (isNonPublic(object)) {
            return true;
        }
        for (const QJsonValue &child : object) {
            if (holdsNonPublic(child)) {
                return true;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return holdsNonPublic(v); });
    }
    return false;
}

// The stored objects (of every kind) that are non-public or carry a non-public child in their
// JSON, decrypted and parsed: "table: id" each.
QStringList objectsHoldingNonPublic(Cache &cache)
{
    Database &db = cache.database();
    QStringList tables;
    Statement list(db,
                   "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%data TEXT NOT NULL%'");
    while (list.next()) {
        tables << list.text(0);
    }
    QStringList found;
    for (const QString &table : std::as_const(tables)) {
        Statement rows(db, (QStringLiteral("SELECT id, data FROM ") + table).toUtf8().constData());
        while (rows.next()) {
            if (holdsNonPublic(QJsonDocument::fromJson(rows.text(1).toUtf8()).object())) {
                found << table + QLatin1String(": ") + rows.text(0);
            }
        }
    }
    return found;
}

// What `ratsmappe search QUERY --json` finds in the cache at \a env: the hits' ids, and whether
// any of them is non-public.
QStringList searchIds(const QString &query, const QProcessEnvironment &env, bool *nonPublic)
{
    const Test::Run run =
        Test::runRatsmappe({QStringLiteral("search"), query, QStringLiteral("--json")}, env);
    QStringList ids;
    *nonPublic = false;
    for (const QJsonValue &hit : QJsonDocument::fromJson(run.out).array()) {
        ids << hit.toObject().value(QLatin1String("id")).toString();
        *nonPublic = *nonPublic || hit.toObject().value(QLatin1String("nonPublic")).toBool();
    }
    return ids;
}

} // namespace

class DemoMembersTest : public QObject, private Test::DemoSyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void membersSeeNonPublicAndRevocationWipesIt()
    {
        auto server = makeTown();
        QString dir;
        newCache(&dir);

        // A meeting of the last weeks with a non-public agenda item and its paper's document.
        QString meetingStart;
        QString secretFile;
        QString publicFile;
        const QJsonObject dump = server->stateDump();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : server->ids(QStringLiteral("Meeting"))) {
            const QJsonObject meeting = dump.value(id).toObject();
            const QDateTime start =
                QDateTime::fromString(meeting.value(QLatin1String("start")).toString(), Qt::ISODate);
            if (start < now.addDays(-60) || start > now ||
                meeting.value(QLatin1String("cancelled")).toBool()) {
                continue;
            }
            QString filePublic;
            QString fileSecret;
            for (const QJsonValue &itemId : meeting.value(QLatin1String("agendaItem")).toArray()) {
                const QJsonObject item = dump.value(itemId.toString()).toObject();
                const QJsonObject paper =
                    dump.value(item.value(QLatin1String("consultation")).toString()).toObject();
                const QString file = paper.value(QLatin1String("mainFile")).toString();
                if (!file.isEmpty()) {
                    (item.value(QLatin1String("public")).toBool() ? filePublic : fileSecret) = file;
                }
            }
            if (!filePublic.isEmpty() && !fileSecret.isEmpty()) {
                meetingStart = meeting.value(QLatin1String("start")).toString();
                publicFile = filePublic;
                secretFile = fileSecret;
                break;
            }
        }
        QVERIFY2(!secretFile.isEmpty() && !publicFile.isEmpty(),
                 "the town has no recent meeting with both parts");
        const QByteArray secretMarker = "NICHTOEFFENTLICH-7c41e0";
        const QByteArray publicMarker = "OEFFENTLICH-2b99d3";
        server->setFileBytes(secretFile, "%PDF-1.4\n% " + secretMarker + "\n%%EOF\n");
        server->setFileBytes(publicFile, "%PDF-1.4\n% " + publicMarker + "\n%%EOF\n");
        const QDate day = QDateTime::fromString(meetingStart, Qt::ISODate).date();
        const QStringList scope = {QStringLiteral("--from"),
                                   day.toString(Qt::ISODate),
                                   QStringLiteral("--until"),
                                   day.addDays(1).toString(Qt::ISODate)};

        // The token reaches the program through a file only: never argv, never the environment.
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        {
            QFile f(tokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(Token) + '\n');
        }
        const Test::Run member = Test::runRatsmappe(QStringList{QStringLiteral("sync"),
                                                                QStringLiteral("--json"),
                                                                QStringLiteral("--server"),
                                                                server->systemUrl().toString(),
                                                                QStringLiteral("--token-file"),
                                                                tokenFile} +
                                                        scope,
                                                    env(dir));
        QVERIFY2(member.exitCode == 0, member.err.constData());
        QString secretItem;
        QString secretTitle;
        {
            auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            compareWithServer(*cache, server->stateDump(), true);
            QVERIFY(nonPublicRows(*cache) > 0);
            QVERIFY(!objectsHoldingNonPublic(*cache).isEmpty());
            DocumentStore docs(cache->database());
            QVERIFY(docs.readAll(docs.currentVersion(secretFile)->id).contains(secretMarker));
            QVERIFY(docs.readAll(docs.currentVersion(publicFile)->id).contains(publicMarker));
            // The member's own work, on both parts: annotations, notes and read state.
            secretItem = cache->database().queryText("SELECT id FROM agenda_items WHERE public = 0 LIMIT 1");
            QVERIFY(!secretItem.isEmpty());
            for (const QString &file : {secretFile, publicFile}) {
                writeMemberWork(*cache, file, docs.currentVersion(file)->id);
            }
            Statement(
                cache->database(),
                "INSERT INTO notes(server_id, target_id, text, created, modified) SELECT server_id, id, "
                "'n', 'c', 'm' FROM agenda_items WHERE id = ?")
                .bind(1, secretItem)
                .run();
            QCOMPARE(memberWork(*cache, secretFile), 3);
            QCOMPARE(memberWork(*cache, publicFile), 3);
            secretTitle = cache->database().queryText(
                QByteArray("SELECT name FROM agenda_items WHERE id = '" + secretItem.toUtf8() + "'")
                    .constData());
            // Its title is its own: finding it again after the wipe would be a leak, not a namesake.
            Statement namesakes(cache->database(),
                                "SELECT count(*) FROM agenda_items WHERE name = ?1 AND public <> 0");
            QVERIFY(namesakes.bind(1, secretTitle).next());
            QCOMPARE(namesakes.integer(0), 0);
        }
        // Search finds the non-public item for the member.
        bool nonPublicFound = false;
        const QString titleQuery = QLatin1Char('"') + secretTitle + QLatin1Char('"');
        QVERIFY(searchIds(titleQuery, env(dir), &nonPublicFound).contains(secretItem));
        QVERIFY(nonPublicFound);
        // An anonymous cache of the same meeting finds nothing non-public.
        {
            QString anonymousDir;
            newCache(&anonymousDir);
            const Test::Run anonymous = Test::runRatsmappe(QStringList{QStringLiteral("sync"),
                                                                       QStringLiteral("--server"),
                                                                       server->systemUrl().toString()} +
                                                               scope,
                                                           env(anonymousDir));
            QVERIFY2(anonymous.exitCode == 0, anonymous.err.constData());
            QVERIFY(!searchIds(titleQuery, env(anonymousDir), &nonPublicFound).contains(secretItem));
            QVERIFY(!nonPublicFound);
            QVERIFY(!searchIds(QStringLiteral("Sitzung"), env(anonymousDir), &nonPublicFound).isEmpty());
            QVERIFY(!nonPublicFound);
        }

        // Later runs use the stored token; then the server revokes the account.
        QVERIFY(server->revoke(QLatin1String(Token), QStringLiteral("Mandat beendet")));
        const Test::Run revoked =
            Test::runRatsmappe({QStringLiteral("sync"), QStringLiteral("--json")}, env(dir));
        QCOMPARE(revoked.exitCode, 4);
        QVERIFY(revoked.err.contains("Mandat beendet"));
        const QJsonObject result =
            revoked.json().value(QLatin1String("servers")).toArray().first().toObject();
        QVERIFY(result.value(QLatin1String("revoked")).toBool());
        QVERIFY(result.value(QLatin1String("wiped")).toObject().value(QLatin1String("files")).toInt() > 0);
        // No other program read the cache: the wipe's checkpoint completed.
        QVERIFY(
            result.value(QLatin1String("wiped")).toObject().value(QLatin1String("checkpointed")).toBool());

        // What the wipe promises, checked decrypted: no non-public object and no non-public child
        // inside a public object's JSON, none of their bytes, none of the member's work on them;
        // the public part and the work on it stay.
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(nonPublicRows(*cache), 0);
        QCOMPARE(objectsHoldingNonPublic(*cache), QStringList());
        compareWithServer(*cache, server->stateDump(), false); // exactly the public part stays
        DocumentStore docs(cache->database());
        QVERIFY(!docs.currentVersion(secretFile));
        QVERIFY(docs.readAll(docs.currentVersion(publicFile)->id).contains(publicMarker));
        QCOMPARE(countRows(*cache,
                           "SELECT count(*) FROM file_versions fv JOIN files f ON f.id = fv.file_id WHERE "
                           "f.non_public = 1"),
                 0);
        QCOMPARE(memberWork(*cache, secretFile), 0);
        Statement itemNotes(cache->database(), "SELECT count(*) FROM notes WHERE target_id = ?");
        itemNotes.bind(1, secretItem);
        QVERIFY(itemNotes.next());
        QCOMPARE(itemNotes.integer(0), 0);
        QCOMPARE(memberWork(*cache, publicFile), 3);
        QCOMPARE(countRows(*cache, "SELECT count(*) FROM accounts WHERE secret IS NOT NULL"), 0);

        // Search finds nothing of it, and no row of the search index holds its title: checked
        // in the decrypted pages of the database and its WAL too.
        QVERIFY(!searchIds(titleQuery, env(dir), &nonPublicFound).contains(secretItem));
        QVERIFY(!nonPublicFound);
        QVERIFY(!searchIds(QStringLiteral("Sitzung"), env(dir), &nonPublicFound).isEmpty());
        QVERIFY(!nonPublicFound);
        cache.reset();
        {
            QString error;
            const QList<Test::CachePage> pages =
                Test::decryptCachePages(Cache::databasePath(dir),
                                        Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()),
                                        &error);
            QVERIFY2(error.isEmpty() && !pages.isEmpty(), qPrintable(error));
            QCOMPARE(Test::pagesContaining(pages, secretTitle.toUtf8()), QStringList());
        }

        // The token never in the program's output.
        for (const Test::Run *run : {&member, &revoked}) {
            QVERIFY(!run->out.contains(Token) && !run->err.contains(Token));
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoMembersTest)
#include "tst_demo_members.moc"
