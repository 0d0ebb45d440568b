// SPDX-License-Identifier: GPL-2.0-or-later
// The command line contract (docs/cli.md) for the commands that talk to a server or read
// documents: every exit code of `sync`, `ls` of every kind in both outputs, `cat`, `render` and
// `text` with bad input, `--version`, a CRLF passphrase file and the default cache folder.
// Runs the real `ratsmappe` binary against a real OParl server on loopback (port 0).

#include "cache.h"
#include "demopdf.h"
#include "oparlserver.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using Demo::OParlServer;
using Test::Run;

namespace {

constexpr const char *Token = "tok-2d8e61c0a9";

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QByteArray pdf(const QString &title, int pages = 2)
{
    return Demo::writePdf(
        {Demo::PdfSpec::Style::Vorlage, title, QStringLiteral("Stadt Teststadt"), 7, pages, 0});
}

// A small council: two committees with a meeting each (an invitation PDF), an agenda item
// with a paper, a person. Dated yesterday, so an unchanged server looks unchanged.
struct Council
{
    OParlServer server;
    QString bau, finanz, bauMeeting, finanzMeeting, bauInvitation, finanzInvitation, paper, item, person;
    QByteArray bauPdf = pdf(QStringLiteral("Einladung Bauausschuss"));
    QByteArray finanzPdf = pdf(QStringLiteral("Einladung Finanzausschuss"), 3);

    Council()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        server.setNow(now.addDays(-1));
        server.addToken(QLatin1String(Token));
        server.addUser(QStringLiteral("anna"), QStringLiteral("geheim-123"));
        bau = server.add(QStringLiteral("Organization"),
                         {{QStringLiteral("name"), QStringLiteral("Bauausschuss")},
                          {QStringLiteral("classification"), QStringLiteral("Ausschuss")}});
        finanz = server.add(QStringLiteral("Organization"),
                            {{QStringLiteral("name"), QStringLiteral("Finanzausschuss")},
                             {QStringLiteral("classification"), QStringLiteral("Ausschuss")}});
        person =
            server.add(QStringLiteral("Person"), {{QStringLiteral("name"), QStringLiteral("Anna Muster")}});
        bauInvitation = server.add(QStringLiteral("File"),
                                   {{QStringLiteral("name"), QStringLiteral("Einladung")},
                                    {QStringLiteral("fileName"), QStringLiteral("einladung-bau.pdf")}});
        server.setFileBytes(bauInvitation, bauPdf);
        finanzInvitation = server.add(QStringLiteral("File"),
                                      {{QStringLiteral("name"), QStringLiteral("Einladung")},
                                       {QStringLiteral("fileName"), QStringLiteral("einladung-finanz.pdf")}});
        server.setFileBytes(finanzInvitation, finanzPdf);
        paper = server.add(QStringLiteral("Paper"),
                           {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Hofgarten")},
                            {QStringLiteral("reference"), QStringLiteral("V/2026/017")}});
        item = server.add(QStringLiteral("AgendaItem"),
                          {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Hofgarten")},
                           {QStringLiteral("number"), QStringLiteral("3")},
                           {QStringLiteral("public"), true}});
        bauMeeting = server.add(QStringLiteral("Meeting"),
                                {{QStringLiteral("name"), QStringLiteral("Sitzung des Bauausschusses")},
                                 {QStringLiteral("start"), iso(now.addDays(6))},
                                 {QStringLiteral("organization"), QJsonArray{bau}},
                                 {QStringLiteral("invitation"), bauInvitation},
                                 {QStringLiteral("agendaItem"), QJsonArray{item}}});
        server.change(item, {{QStringLiteral("meeting"), bauMeeting}});
        finanzMeeting = server.add(QStringLiteral("Meeting"),
                                   {{QStringLiteral("name"), QStringLiteral("Sitzung des Finanzausschusses")},
                                    {QStringLiteral("start"), iso(now.addDays(8))},
                                    {QStringLiteral("organization"), QJsonArray{finanz}},
                                    {QStringLiteral("invitation"), finanzInvitation}});
        server.setNow({});
    }
    QString url() const { return server.systemUrl().toString(); }
};

} // namespace

class CliContractTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_passFile;

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        return Test::writeFile(m_tmp.path(), name, contents);
    }

    // No keychain on the bus and no terminal: any attempt to prompt or wait shows as a failure.
    static QProcessEnvironment environment(bool withPassphrase = true)
    {
        QProcessEnvironment env = Test::cliEnvironment();
        if (withPassphrase) {
            env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        }
        return env;
    }

    Run ratsmappe(const QStringList &args, bool withPassphrase = true)
    {
        return Test::runRatsmappe(args, environment(withPassphrase));
    }

    // A new cache named after the running test function (and data tag).
    QString newCache()
    {
        const QString dir = m_tmp.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        Test::createCache(dir);
        return dir;
    }

    // `sync` of the council into a new cache; returns the cache folder.
    QString syncedCache(Council &council, const QStringList &scope = {})
    {
        const QString dir = newCache();
        const Run r = ratsmappe(QStringList{QStringLiteral("sync"),
                                            QStringLiteral("--cache"),
                                            dir,
                                            QStringLiteral("--server"),
                                            council.url()} +
                                scope);
        if (r.exitCode != 0) {
            qWarning("sync failed: %s", r.err.constData());
            return {};
        }
        return dir;
    }

    static QString syncSkips(const Run &r) { return QString::fromUtf8(r.err); }

private Q_SLOTS:
    void initTestCase() { m_passFile = writeFile(QStringLiteral("pass"), Test::passphrase().bytes() + '\n'); }

    void versionAndHelp()
    {
        Run r = ratsmappe({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(
                     QRegularExpression(QStringLiteral("^ratsmappe \\d+\\.\\d+\\.\\d+"))),
                 r.out.constData());
        r = ratsmappe({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command :
             {"init", "status", "passwd", "wipe", "sync", "ls", "cat", "render", "text"}) {
            QVERIFY2(r.out.contains(QByteArray(QByteArray("  ") + command)), command);
        }
        r = ratsmappe({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    // A passphrase file written on Windows: "\r\n" is not part of the passphrase.
    void crlfPassphraseFile()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("crlf"));
        const QString crlf = writeFile(QStringLiteral("pass-crlf"), Test::passphrase().bytes() + "\r\n");
        Run r = ratsmappe(
            {QStringLiteral("init"), QStringLiteral("--cache"), dir, QStringLiteral("--password-file"), crlf},
            false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The same passphrase without any line end, with "\n", and with "\r\n" opens it.
        const QString bare = writeFile(QStringLiteral("pass-bare"), Test::passphrase().bytes());
        for (const QString &file : {bare, m_passFile, crlf}) {
            r = ratsmappe({QStringLiteral("status"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--password-file"),
                           file},
                          false);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Only one line end is dropped: a second one is part of the passphrase, which is wrong.
        const QString twice =
            writeFile(QStringLiteral("pass-twice"), Test::passphrase().bytes() + "\r\n\r\n");
        r = ratsmappe({QStringLiteral("status"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       twice},
                      false);
        QCOMPARE(r.exitCode, 3);
    }

    // Without --cache and RATSMAPPE_CACHE the cache lives in the user's data folder.
    void defaultCachePath()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("RATSMAPPE_CACHE"));
        const QString dataHome = m_tmp.filePath(QStringLiteral("data-home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        Run r = Test::runRatsmappe({QStringLiteral("init"), QStringLiteral("--json")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString expected = dataHome + QLatin1String("/ratsmappe/cache");
        QCOMPARE(r.json().value(QLatin1String("cache")).toString(), expected);
        QVERIFY(QFile::exists(expected + QLatin1String("/keys.json")));
        // Without XDG_DATA_HOME: ~/.local/share.
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        const QString home = m_tmp.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        env.insert(QStringLiteral("HOME"), home);
        r = Test::runRatsmappe({QStringLiteral("status"), QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("cache")).toString(),
                 home + QLatin1String("/.local/share/ratsmappe/cache"));
        QCOMPARE(r.json().value(QLatin1String("initialized")).toBool(true), false);
    }

    void syncCompleteJsonShape()
    {
        Council council;
        const QString dir = newCache();
        const Run r = ratsmappe({QStringLiteral("sync"),
                                 QStringLiteral("--cache"),
                                 dir,
                                 QStringLiteral("--server"),
                                 council.url(),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char *key : {"server",
                                "complete",
                                "new",
                                "changed",
                                "deleted",
                                "downloaded",
                                "skipped",
                                "requests",
                                "seconds",
                                "revoked"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(o.value(QLatin1String("server")).toString(), council.url());
        QCOMPARE(o.value(QLatin1String("complete")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("downloaded")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("skipped")).toArray().size(), 0);
        QCOMPARE(o.value(QLatin1String("revoked")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("requests")).toInt(), council.server.requestCount());

        // Without --server, every server of the cache: {"servers": [...]}.
        const Run again =
            ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonArray servers = again.json().value(QLatin1String("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QLatin1String("new")).toInt(-1), 0);
    }

    void syncExitCodes_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no cache") << QStringLiteral("no cache") << 1;
        QTest::newRow("no server known") << QStringLiteral("no server") << 2;
        QTest::newRow("not a URL") << QStringLiteral("not a url") << 2;
        QTest::newRow("not a date") << QStringLiteral("not a date") << 2;
        QTest::newRow("credentials without server") << QStringLiteral("token without server") << 2;
        QTest::newRow("credentials over http to another computer") << QStringLiteral("token over http") << 2;
        QTest::newRow("locked") << QStringLiteral("locked") << 3;
        QTest::newRow("user without password") << QStringLiteral("user without password") << 3;
        QTest::newRow("unreachable server") << QStringLiteral("unreachable") << 4;
        QTest::newRow("wrong token (401)") << QStringLiteral("wrong token") << 4;
        QTest::newRow("wrong password (401)") << QStringLiteral("wrong password") << 4;
        QTest::newRow("a file that cannot be had") << QStringLiteral("skip") << 5;
    }

    void syncExitCodes()
    {
        QFETCH(QString, situation);
        QFETCH(int, exitCode);
        Council council;
        const Test::RefusingPort refusing;
        QString dir = newCache();
        QStringList args = {QStringLiteral("sync"), QStringLiteral("--cache"), dir};
        bool withPassphrase = true;
        const QString wrongToken = writeFile(QStringLiteral("wrong-token"), "tok-wrong\n");
        const QString token = writeFile(QStringLiteral("token"), QByteArray(Token) + '\n');
        if (situation == QLatin1String("no cache")) {
            args = {QStringLiteral("sync"),
                    QStringLiteral("--cache"),
                    m_tmp.filePath(QStringLiteral("nothing-here")),
                    QStringLiteral("--server"),
                    council.url()};
        } else if (situation == QLatin1String("not a url")) {
            args << QStringLiteral("--server") << QStringLiteral("ris example de");
        } else if (situation == QLatin1String("not a date")) {
            args << QStringLiteral("--server") << council.url() << QStringLiteral("--from")
                 << QStringLiteral("2026-13-45");
        } else if (situation == QLatin1String("token without server")) {
            args << QStringLiteral("--token-file") << token;
        } else if (situation == QLatin1String("token over http")) {
            args << QStringLiteral("--server") << QStringLiteral("http://ris.example.de/oparl/system")
                 << QStringLiteral("--token-file") << token;
        } else if (situation == QLatin1String("locked")) {
            args << QStringLiteral("--server") << council.url();
            withPassphrase = false;
        } else if (situation == QLatin1String("user without password")) {
            args << QStringLiteral("--server") << council.url() << QStringLiteral("--user")
                 << QStringLiteral("anna");
        } else if (situation == QLatin1String("unreachable")) {
            args << QStringLiteral("--server") << refusing.systemUrl();
        } else if (situation == QLatin1String("wrong token")) {
            args << QStringLiteral("--server") << council.url() << QStringLiteral("--token-file")
                 << wrongToken;
        } else if (situation == QLatin1String("wrong password")) {
            args << QStringLiteral("--server") << council.url() << QStringLiteral("--user")
                 << QStringLiteral("anna") << QStringLiteral("--server-password-file")
                 << writeFile(QStringLiteral("wrong-pw"), "falsch\n");
        } else if (situation == QLatin1String("skip")) {
            // The invitation's bytes are not where the server says (404).
            council.server.change(
                council.bauInvitation,
                {{QStringLiteral("accessUrl"), council.server.url(QStringLiteral("files/999/weg.pdf"))},
                 {QStringLiteral("downloadUrl"), QJsonValue()}});
            args << QStringLiteral("--server") << council.url();
        }
        args << QStringLiteral("--json");
        council.server.resetLog();
        const Run r = ratsmappe(args, withPassphrase);
        QVERIFY2(
            r.exitCode == exitCode,
            qPrintable(
                QStringLiteral("exit %1, expected %2: %3").arg(r.exitCode).arg(exitCode).arg(syncSkips(r))));
        // A failing command prints nothing on stdout and says why on stderr, in one line or more.
        if (exitCode != 0 && exitCode != 5 && exitCode != 4) {
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
        if (exitCode != 0) {
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        if (exitCode == 5) {
            QVERIFY2(r.err.contains(council.bauInvitation.toUtf8()), r.err.constData()); // named on stderr
            QCOMPARE(r.json().value(QLatin1String("skipped")).toArray().size(), 1);
        }
        if (exitCode == 2 || exitCode == 1 || situation == QLatin1String("locked")) {
            QCOMPARE(council.server.requestCount(), 0); // refused before any request
        }
        if (situation.startsWith(QLatin1String("wrong"))) {
            // 401 changes nothing: no credentials kept, no object stored.
            const Run status = ratsmappe(
                {QStringLiteral("status"), QStringLiteral("--cache"), dir, QStringLiteral("--json")});
            QCOMPARE(status.json()
                         .value(QLatin1String("counts"))
                         .toObject()
                         .value(QLatin1String("meetings"))
                         .toInt(-1),
                     0);
            QVERIFY(!r.err.contains("tok-wrong") && !r.err.contains("falsch"));
        }
    }

    // --user with --server-password-file signs in; later runs need no flag.
    void syncAsUser()
    {
        Council council;
        const QString dir = newCache();
        const QString pw = writeFile(QStringLiteral("server-pw"), "geheim-123\r\n");
        Run r = ratsmappe({QStringLiteral("sync"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--server"),
                           council.url(),
                           QStringLiteral("--user"),
                           QStringLiteral("anna"),
                           QStringLiteral("--server-password-file"),
                           pw});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        council.server.resetLog();
        r = ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Every request of the later run carried the stored credentials: a revoked user shows it.
        QVERIFY(council.server.revoke(QStringLiteral("anna"), QStringLiteral("Mandat beendet")));
        r = ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("Mandat beendet"));
        QVERIFY(!r.err.contains("geheim-123") && !r.out.contains("geheim-123"));
    }

    // The scope flags choose which meetings' documents come, and are kept for later runs.
    void syncScope()
    {
        Council council;
        const QString dir = newCache();
        auto downloaded = [&] {
            QStringList files;
            const Run ls = ratsmappe({QStringLiteral("ls"),
                                      QStringLiteral("files"),
                                      QStringLiteral("--cache"),
                                      dir,
                                      QStringLiteral("--json")});
            const QJsonArray list = QJsonDocument::fromJson(ls.out).array();
            for (const QJsonValue &v : list) {
                if (v.toObject().value(QLatin1String("downloaded")).toBool()) {
                    files << v.toObject().value(QLatin1String("id")).toString();
                }
            }
            return files;
        };
        Run r = ratsmappe({QStringLiteral("sync"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--server"),
                           council.url(),
                           QStringLiteral("--committee"),
                           council.bau});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(downloaded(), QStringList{council.bauInvitation});
        // The next run without flags keeps the committee.
        r = ratsmappe({QStringLiteral("sync"), QStringLiteral("--cache"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(downloaded(), QStringList{council.bauInvitation});
        // A date range that ends before the Finanzausschuss meets, for all committees.
        const QString until = QDate::currentDate().addDays(7).toString(Qt::ISODate);
        r = ratsmappe({QStringLiteral("sync"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--all-committees"),
                       QStringLiteral("--until"),
                       until});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(downloaded(), QStringList{council.bauInvitation});
        r = ratsmappe({QStringLiteral("sync"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--from"),
                       QDate::currentDate().addDays(7).toString(Qt::ISODate),
                       QStringLiteral("--until"),
                       QDate::currentDate().addDays(30).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList both = downloaded();
        both.sort();
        QStringList expected = {council.bauInvitation, council.finanzInvitation};
        expected.sort();
        QCOMPARE(both, expected);
    }

    void lsEveryKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("meetings") << QStringLiteral("meetings")
                                  << QStringLiteral("Sitzung des Bauausschusses");
        QTest::newRow("agenda-items")
            << QStringLiteral("agenda-items") << QStringLiteral("Bebauungsplan Hofgarten");
        QTest::newRow("papers") << QStringLiteral("papers") << QStringLiteral("Bebauungsplan Hofgarten");
        QTest::newRow("files") << QStringLiteral("files") << QStringLiteral("Einladung");
        QTest::newRow("organizations")
            << QStringLiteral("organizations") << QStringLiteral("Finanzausschuss");
        QTest::newRow("persons") << QStringLiteral("persons") << QStringLiteral("Anna Muster");
    }

    void lsEveryKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        Council council;
        const QString dir = syncedCache(council);
        QVERIFY(!dir.isEmpty());
        const QJsonObject dump = council.server.stateDump();
        QStringList expectedIds;
        const QString type = kind == QLatin1String("agenda-items") ? QStringLiteral("AgendaItem")
            : kind == QLatin1String("persons")                     ? QStringLiteral("Person")
            : kind == QLatin1String("papers")                      ? QStringLiteral("Paper")
            : kind == QLatin1String("files")                       ? QStringLiteral("File")
            : kind == QLatin1String("meetings")                    ? QStringLiteral("Meeting")
                                                                   : QStringLiteral("Organization");
        expectedIds = council.server.ids(type);
        expectedIds.sort();
        QVERIFY(!expectedIds.isEmpty());

        // --json: the OParl objects plus the cache's own fields.
        Run r =
            ratsmappe({QStringLiteral("ls"), kind, QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QStringList ids;
        bool named = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            ids << o.value(QLatin1String("id")).toString();
            named = named || o.value(QLatin1String("name")).toString() == name;
            QVERIFY(
                QDateTime::fromString(o.value(QLatin1String("firstSeen")).toString(), Qt::ISODate).isValid());
            QVERIFY(QDateTime::fromString(o.value(QLatin1String("lastChanged")).toString(), Qt::ISODate)
                        .isValid());
            QCOMPARE(o.value(QLatin1String("modified")).toString(),
                     dump.value(ids.last()).toObject().value(QLatin1String("modified")).toString());
            if (kind == QLatin1String("files")) {
                QCOMPARE(o.value(QLatin1String("downloaded")).toBool(), true);
                QVERIFY(o.value(QLatin1String("late")).isBool());
            }
        }
        ids.sort();
        QCOMPARE(ids, expectedIds);
        QVERIFY2(named, qPrintable(name));

        // Plain: one line per object, id, a telling field and the name, separated by tabs.
        r = ratsmappe({QStringLiteral("ls"), kind, QStringLiteral("--cache"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expectedIds.size());
        QStringList lineIds;
        bool nameInLine = false;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            lineIds << fields.first();
            nameInLine = nameInLine || fields.last() == name;
        }
        lineIds.sort();
        QCOMPARE(lineIds, expectedIds);
        QVERIFY(nameInLine);
        if (kind == QLatin1String("meetings")) {
            QVERIFY(
                QDateTime::fromString(lines.first().section(QLatin1Char('\t'), 1, 1), Qt::ISODate).isValid());
        }
    }

    void lsUnknownKind()
    {
        const QString dir = newCache();
        const Run r =
            ratsmappe({QStringLiteral("ls"), QStringLiteral("sitzungen"), QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }

    void catAndFetch()
    {
        Council council;
        // Only the Bauausschuss's documents come with the sync.
        const QString dir = syncedCache(council, {QStringLiteral("--committee"), council.bau});
        QVERIFY(!dir.isEmpty());
        Run r = ratsmappe({QStringLiteral("cat"), council.bauInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, council.bauPdf);
        // Not downloaded: exit 1, nothing on stdout.
        r = ratsmappe({QStringLiteral("cat"), council.finanzInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        // Unknown id: exit 1.
        r = ratsmappe({QStringLiteral("cat"),
                       QStringLiteral("https://nowhere.example/file/1"),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 1);
        // A --fetch whose download fails (the server withdrew the file: 410): exit 4, nothing on
        // stdout.
        council.server.remove(council.finanzInvitation);
        r = ratsmappe({QStringLiteral("cat"),
                       council.finanzInvitation,
                       QStringLiteral("--fetch"),
                       QStringLiteral("--cache"),
                       dir});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
    }

    void catFetchDownloads()
    {
        Council council;
        const QString dir = syncedCache(council, {QStringLiteral("--committee"), council.bau});
        QVERIFY(!dir.isEmpty());
        Run r = ratsmappe({QStringLiteral("cat"),
                           council.finanzInvitation,
                           QStringLiteral("--fetch"),
                           QStringLiteral("--cache"),
                           dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, council.finanzPdf);
        // …and kept: a plain cat works offline now.
        council.server.remove(council.finanzInvitation);
        r = ratsmappe({QStringLiteral("cat"), council.finanzInvitation, QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, council.finanzPdf);
    }

    void renderAndTextRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("render dpi 0")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("0")} << 2;
        QTest::newRow("render dpi 1201")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("1201")} << 2;
        QTest::newRow("render dpi word")
            << QStringList{QStringLiteral("render"), QStringLiteral("--dpi"), QStringLiteral("hoch")} << 2;
        QTest::newRow("render page 0")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("0")} << 2;
        QTest::newRow("render page word")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("eins")} << 2;
        QTest::newRow("render page 9 of 2")
            << QStringList{QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("9")} << 1;
        QTest::newRow("text page 0") << QStringList{QStringLiteral("text"),
                                                    QStringLiteral("--page"),
                                                    QStringLiteral("0")}
                                     << 2;
        QTest::newRow("text page -1")
            << QStringList{QStringLiteral("text"), QStringLiteral("--page=-1")} << 2;
        QTest::newRow("text page 9 of 2")
            << QStringList{QStringLiteral("text"), QStringLiteral("--page"), QStringLiteral("9")} << 1;
        QTest::newRow("render good") << QStringList{QStringLiteral("render"),
                                                    QStringLiteral("--page"),
                                                    QStringLiteral("2"),
                                                    QStringLiteral("--dpi"),
                                                    QStringLiteral("40")}
                                     << 0;
        QTest::newRow("text good") << QStringList{QStringLiteral("text"),
                                                  QStringLiteral("--page"),
                                                  QStringLiteral("1")}
                                   << 0;
    }

    void renderAndTextRefuseBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString dir = newCache();
        {
            auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            Test::storeDocument(*cache, QStringLiteral("file-1"), pdf(QStringLiteral("Vorlage Schulhof")));
        }
        const QString out = m_tmp.filePath(QStringLiteral("page-%1.png")
                                               .arg(QString::fromLatin1(QTest::currentDataTag())
                                                        .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QStringList full = {args.first(), QStringLiteral("file-1"), QStringLiteral("--cache"), dir};
        full += args.mid(1);
        if (args.first() == QLatin1String("render")) {
            full << QStringLiteral("--out") << out;
        }
        if (exitCode == 0 && args.first() == QLatin1String("render")) {
            full << QStringLiteral("--json");
        }
        const Run r = ratsmappe(full);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        if (exitCode != 0) {
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count('\n'), 1); // one line says why
            QVERIFY(!QFile::exists(out));
        } else if (args.first() == QLatin1String("render")) {
            const QImage image(out);
            QVERIFY(!image.isNull());
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QLatin1String("page")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("pages")).toInt(), 2);
            QCOMPARE(o.value(QLatin1String("dpi")).toInt(), 40);
            QCOMPARE(
                image.size(),
                QSize(o.value(QLatin1String("width")).toInt(), o.value(QLatin1String("height")).toInt()));
            QVERIFY(qAbs(image.width() - 331) <= 1); // A4 at 40 dpi
            QVERIFY(image.height() > image.width());
        } else {
            QVERIFY2(r.out.contains("Vorlage Schulhof"), r.out.constData());
        }
    }
};

RATSMAPPE_TEST_MAIN(CliContractTest)

#include "tst_cli_contract.moc"
