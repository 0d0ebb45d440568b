// SPDX-License-Identifier: GPL-2.0-or-later
// Passphrase, recovery key and damage: each failure is told apart and touches nothing.

#include "cache.h"
#include "objectstore.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

// A fingerprint of every file in the folder: names and contents.
QByteArray folderFingerprint(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    QStringList names;
    while (it.hasNext()) {
        names << it.next();
    }
    names.sort();
    for (const QString &name : names) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}

} // namespace

class KeysTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString newCacheDir(QString *recoveryKey = nullptr)
    {
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto cache = Test::createCache(dir, recoveryKey);
        ObjectStore(cache->database())
            .upsert(ObjectKind::Paper,
                    {},
                    {{QStringLiteral("id"), QStringLiteral("https://ris.example/paper/1")}},
                    QDateTime::currentDateTimeUtc());
        return dir;
    }

    static bool holdsPaper(Cache &cache)
    {
        return ObjectStore(cache.database()).count(ObjectKind::Paper) == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void wrongPassphraseTouchesNothing()
    {
        const QString dir = newCacheDir();
        const QByteArray before = folderFingerprint(dir);
        QCOMPARE(Test::failureOf([&] {
                     Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase("wrong horse battery"));
                 }),
                 StoreError::WrongKey);
        QCOMPARE(Test::failureOf([&] { Cache::open(dir, SecretKey::random()); }), StoreError::WrongKey);
        QCOMPARE(folderFingerprint(dir), before);
    }

    void passphraseChangeKeepsData()
    {
        const QString dir = newCacheDir();
        {
            auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            cache->changePassphrase(Test::passphrase("neue Passphrase äöü"));
        }
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()); }),
                 StoreError::WrongKey);
        auto cache = Cache::open(
            dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase("neue Passphrase äöü")));
        QVERIFY(holdsPaper(*cache));
    }

    void recoveryKeyUnlocks()
    {
        QString recoveryKey;
        const QString dir = newCacheDir(&recoveryKey);
        QCOMPARE(recoveryKey.count(QLatin1Char('-')), 12);
        // Typed back by a person: lowercase, spaces instead of dashes.
        const QString typed = recoveryKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(typed));
        QVERIFY(holdsPaper(*cache));
        // The recovery key survives a passphrase change: it wraps the same data key.
        cache->changePassphrase(Test::passphrase("another passphrase"));
        cache.reset();
        QVERIFY(holdsPaper(*Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(recoveryKey))));

        QString wrong = recoveryKey;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir).unwrapWithRecoveryKey(wrong); }),
                 StoreError::WrongKey);
        QCOMPARE(
            Test::failureOf([&] { Cache::envelope(dir).unwrapWithRecoveryKey(QStringLiteral("not-a-key")); }),
            StoreError::WrongKey);
    }

    void initRefusesAnExistingCache()
    {
        const QString dir = newCacheDir();
        const QByteArray before = folderFingerprint(dir);
        QCOMPARE(Test::failureOf([&] { Test::createCache(dir); }), StoreError::AlreadyExists);
        QCOMPARE(folderFingerprint(dir), before);
    }

    void damageIsNotAWrongKey()
    {
        const QString dir = newCacheDir();
        const SecretKey key = Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase());
        QFile db(Cache::databasePath(dir));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(100); // the first page, past SQLCipher's salt
        db.write(QByteArray(4000, '\x5a'));
        db.close();
        QCOMPARE(Test::failureOf([&] { Cache::open(dir, key); }), StoreError::Corrupt);
    }

    void lostOrDamagedKeyFile()
    {
        const QString dir = newCacheDir();
        QFile keys(Cache::keyFilePath(dir));
        QVERIFY(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keys.write("{ not json");
        keys.close();
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir); }), StoreError::Corrupt);
        QVERIFY(QFile::remove(Cache::keyFilePath(dir)));
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir); }), StoreError::Corrupt);
        QCOMPARE(Test::failureOf([&] { Cache::envelope(m_tmp.filePath(QStringLiteral("nothing-here"))); }),
                 StoreError::NoCache);
    }

    void wipeRemovesEverything()
    {
        const QString dir = newCacheDir();
        QFile other(dir + QLatin1String("/mine.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        Cache::wipe(dir);
        QVERIFY(!Cache::exists(dir));
        QVERIFY(QFile::exists(other.fileName())); // not ours, not removed
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(KeysTest)
#include "tst_keys.moc"
