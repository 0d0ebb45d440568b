// SPDX-License-Identifier: GPL-2.0-or-later
// The keychain path against a real Secret Service (gnome-keyring on a private bus, started by
// with-secret-service.sh): unlocking without typing, a missing entry told apart from damage,
// a wrong entry falling back to the passphrase, wipe removing the entry.

#include "cache.h"
#include "keychainstore.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

class KeychainTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_passFile;

    int ratsmappe(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("RATSMAPPE_PASSWORD"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(Test::binDir() + QLatin1String("/ratsmappe"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return -1;
        }
        if (err) {
            *err = p.readAllStandardError();
        }
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        RATSMAPPE_REQUIRE(
            qEnvironmentVariableIsSet("RATSMAPPE_TEST_SECRET_SERVICE"),
            "a Secret Service: run through with-secret-service.sh (needs dbus and gnome-keyring)");
        Test::pinEnvironment();
        m_passFile = m_tmp.filePath(QStringLiteral("pass"));
        QFile f(m_passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Test::passphrase().bytes());
    }

    void storeAndReadKey()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("store"));
        auto cache = Test::createCache(dir);
        cache->setKeychainEnabled(true);
        const QString id = cache->keyEnvelope().cacheId();
        cache.reset();
        QVERIFY(Cache::envelope(dir).keychainEnabled());
        const SecretKey key = KeychainStore::readKey(id);
        QVERIFY(Cache::open(dir, key));
        QCOMPARE(key, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
    }

    void commandLineUnlocksWithoutTyping()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("cli"));
        QCOMPARE(ratsmappe({QStringLiteral("init"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--keychain"),
                            QStringLiteral("--password-file"),
                            m_passFile}),
                 0);
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir}), 0);

        // The entry gone: told apart from damage, and the passphrase still works.
        const QString id = Cache::envelope(dir).cacheId();
        KeychainStore::removeKey(id);
        try {
            KeychainStore::readKey(id);
            QFAIL("a removed entry was found");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::KeychainMissing);
        }
        QByteArray err;
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir}, &err), 3);
        QVERIFY2(err.contains("keychain has no key"), err.constData());
        QCOMPARE(ratsmappe({QStringLiteral("status"),
                            QStringLiteral("--cache"),
                            dir,
                            QStringLiteral("--password-file"),
                            m_passFile}),
                 0);

        // A wrong key in the keychain is a wrong key, not a damaged cache.
        KeychainStore::writeKey(id, SecretKey::random());
        try {
            Cache::open(dir, KeychainStore::readKey(id));
            QFAIL("a wrong key opened the cache");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::WrongKey);
        }
        QCOMPARE(ratsmappe({QStringLiteral("status"), QStringLiteral("--cache"), dir}), 3);

        // wipe takes the entry with it.
        QCOMPARE(ratsmappe({QStringLiteral("wipe"), QStringLiteral("--cache"), dir, QStringLiteral("--yes")}),
                 0);
        try {
            KeychainStore::readKey(id);
            QFAIL("wipe left the keychain entry");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::KeychainMissing);
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
