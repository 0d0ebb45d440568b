// SPDX-License-Identifier: GPL-2.0-or-later
// The command line contract (docs/cli.md) for `sync` and what every command shares: every exit
// code of `sync`, its --json shape, members by token and password, the scope, `--version`, a
// CRLF passphrase file and the default cache folder. Runs the real `ratsmappe` binary against a
// real OParl server on loopback (port 0); tst_cli_contract_read has ls, cat, render and text.

#include "clicontract.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

class CliContractTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

private:
    QString m_passFile;

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
             {"init", "status", "passwd", "wipe", "sync", "ls", "cat", "render", "text", "packet"}) {
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
        const QString token = writeFile(QStringLiteral("token"), QByteArray(Council::Token) + '\n');
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
        Run r = syncAsAnna(council, dir);
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
};

RATSMAPPE_TEST_MAIN(CliContractTest)

#include "tst_cli_contract.moc"
