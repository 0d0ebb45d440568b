// SPDX-License-Identifier: GPL-2.0-or-later
// The command line contract (docs/cli.md): exit codes, --json shapes, no waiting without a
// terminal. Runs the real `ratsmappe` binary.

#include "schema.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

using Test::Run;

class CliTest : public QObject
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
    Run ratsmappe(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = Test::cliEnvironment();
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        return Test::runRatsmappe(args, env);
    }

    QString cacheDir() const { return m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction())); }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        // A trailing newline is not part of the passphrase.
        m_passFile = writeFile(QStringLiteral("pass"), "correct horse battery\n");
    }

    void initStatusWipe()
    {
        const QString dir = cacheDir();
        Run r =
            ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("initialized")).toBool(true), false);

        r = ratsmappe({QStringLiteral("init"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       m_passFile,
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject init = r.json();
        QCOMPARE(init.value(QStringLiteral("cache")).toString(), dir);
        QCOMPARE(init.value(QStringLiteral("keychain")).toBool(true), false);
        QVERIFY(init.value(QStringLiteral("cacheId")).toString().size() == 36);
        QVERIFY(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$"))
                    .match(init.value(QStringLiteral("recoveryKey")).toString())
                    .hasMatch());
        QVERIFY(init.value(QStringLiteral("warnings")).toArray().isEmpty());

        // The passphrase without its newline, given through the environment instead.
        r = ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir, QStringLiteral("--json")},
                      {{QStringLiteral("RATSMAPPE_PASSWORD"), QStringLiteral("correct horse battery")}});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = r.json();
        QCOMPARE(status.value(QStringLiteral("initialized")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("schemaVersion")).toInt(), Schema::latestVersion());
        QVERIFY(status.value(QStringLiteral("cipherVersion")).toString().startsWith(QLatin1String("4.")));
        QVERIFY(status.value(QStringLiteral("lastSync")).isNull());
        const QJsonObject counts = status.value(QStringLiteral("counts")).toObject();
        for (const char *kind :
             {"meetings", "agendaItems", "papers", "files", "organizations", "persons", "annotations"}) {
            QVERIFY2(counts.value(QLatin1String(kind)).isDouble(), kind);
            QCOMPARE(counts.value(QLatin1String(kind)).toInt(-1), 0);
        }
        QVERIFY(status.value(QStringLiteral("databaseBytes")).toInteger() > 0);

        // Exactly one JSON document on stdout; nothing else there.
        QJsonParseError error;
        QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);

        r = ratsmappe({QStringLiteral("init"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       m_passFile});
        QCOMPARE(r.exitCode, 1); // refuses to overwrite
        QVERIFY(r.err.contains("already exists"));

        QCOMPARE(ratsmappe({QStringLiteral("wipe"), QStringLiteral("--cache"), dir}).exitCode, 2);
        r = ratsmappe({QStringLiteral("wipe"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--yes"),
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("wiped")).toBool(), true);
        r = ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir, QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("initialized")).toBool(true), false);
    }

    void lockedWithoutPassphrase()
    {
        const QString dir = cacheDir();
        QCOMPARE(ratsmappe({QStringLiteral("init"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile})
                     .exitCode,
                 0);
        // No file, no environment, no keychain, no terminal: locked at once.
        Run r = ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("locked"));
        r = ratsmappe({QStringLiteral("status"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       writeFile(QStringLiteral("wrong"), "wrong horse battery")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        // init without any passphrase source does not wait either.
        QCOMPARE(ratsmappe({QStringLiteral("init"), QStringLiteral("--cache"), dir + QLatin1String("-2")})
                     .exitCode,
                 3);
    }

    void passwdAndRecovery()
    {
        const QString dir = cacheDir();
        Run r = ratsmappe({QStringLiteral("init"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--password-file"),
                           m_passFile,
                           QStringLiteral("--json")});
        const QString recovery = r.json().value(QStringLiteral("recoveryKey")).toString();
        const QString newPass = writeFile(QStringLiteral("new"), "Neue Passphrase 2026\n");

        // Too short a new passphrase is a usage error; nothing changes.
        r = ratsmappe({QStringLiteral("passwd"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       m_passFile,
                       QStringLiteral("--new-password-file"),
                       writeFile(QStringLiteral("short"), "kurz")});
        QCOMPARE(r.exitCode, 2);
        // No new passphrase and no terminal.
        QCOMPARE(ratsmappe({QStringLiteral("passwd"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile})
                     .exitCode,
                 2);

        r = ratsmappe({QStringLiteral("passwd"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--password-file"),
                       m_passFile,
                       QStringLiteral("--new-password-file"),
                       newPass,
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(ratsmappe({QStringLiteral("status"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile})
                     .exitCode,
                 3);
        QCOMPARE(ratsmappe({QStringLiteral("status"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            newPass})
                     .exitCode,
                 0);

        // Forgotten passphrase: the recovery key sets a new one.
        r = ratsmappe({QStringLiteral("passwd"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--recovery-key-file"),
                       writeFile(QStringLiteral("recovery"), recovery.toUtf8() + '\n'),
                       QStringLiteral("--new-password-file"),
                       m_passFile});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ratsmappe({QStringLiteral("status"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile})
                     .exitCode,
                 0);
        r = ratsmappe({QStringLiteral("passwd"),
                       QStringLiteral("--cache"),
                       dir,
                       QStringLiteral("--recovery-key-file"),
                       writeFile(QStringLiteral("badrecovery"), "AAAA-BBBB"),
                       QStringLiteral("--new-password-file"),
                       newPass});
        QCOMPARE(r.exitCode, 3);
    }

    void usageErrors()
    {
        QCOMPARE(ratsmappe({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("extra")}).exitCode, 2);
        Run r = ratsmappe({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"init", "status", "passwd", "wipe"}) {
            QVERIFY2(r.out.contains(command), command);
        }
        QCOMPARE(ratsmappe({QStringLiteral("init"), QStringLiteral("--help")}).exitCode, 0);
    }

    void keychainAbsentFallsBackToPassphrase()
    {
        const QString dir = cacheDir();
        // No secret service on the bus: the cache is still created, the member is told, exit 5.
        Run r = ratsmappe({QStringLiteral("init"),
                           QStringLiteral("--cache"),
                           dir,
                           QStringLiteral("--password-file"),
                           m_passFile,
                           QStringLiteral("--keychain"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("keychain")).toBool(true), false);
        QCOMPARE(r.json().value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir}).exitCode, 3);
        QCOMPARE(ratsmappe({QStringLiteral("status"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile})
                     .exitCode,
                 0);
    }

    void germanMessages()
    {
        Run r = ratsmappe({QStringLiteral("wipe"), QStringLiteral("--cache"), cacheDir()},
                          {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                           {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                           {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Bestätigen"), r.err.constData());
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
