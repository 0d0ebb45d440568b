// SPDX-License-Identifier: GPL-2.0-or-later
// The key file (keys.json) as an attacker or a failing disk leaves it: work factors that would
// never end, a flipped byte told apart from a wrong passphrase, a damaged recovery wrap noticed
// while the passphrase still works.

#include "cache.h"
#include "storeerror.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Ratsmappe;

namespace {

QJsonObject readKeyFile(const QString &dir)
{
    QFile file(Cache::keyFilePath(dir));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeKeyFile(const QString &dir, const QJsonObject &o)
{
    QFile file(Cache::keyFilePath(dir));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(o).toJson());
}

// Changes one field ("kdf/salt", "passphrase/ciphertext", …) through \a edit.
void editField(const QString &dir,
               const QString &path,
               const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    QJsonObject o = readKeyFile(dir);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() == 1) {
        o.insert(parts[0], edit(o.value(parts[0])));
    } else {
        QJsonObject inner = o.value(parts[0]).toObject();
        inner.insert(parts[1], edit(inner.value(parts[1])));
        o.insert(parts[0], inner);
    }
    writeKeyFile(dir, o);
}

// One bit flipped in a base64 field, as a bad sector or a stray write would leave it.
QJsonValue flipBit(const QJsonValue &value)
{
    QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x08);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class KeyFileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString newCacheDir(QString *recoveryKey = nullptr)
    {
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                           QString::fromLatin1(QTest::currentDataTag()));
        Test::createCache(dir, recoveryKey);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    // A key file that asks for endless work or all the memory is damaged, not obeyed: the
    // load refuses it before a single round of Argon2 runs.
    void unboundedWorkIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::newRow("ops 2^32-1") << QStringLiteral("ops") << qint64(4294967295LL);
        QTest::newRow("ops 1000") << QStringLiteral("ops") << qint64(1000);
        QTest::newRow("ops 0") << QStringLiteral("ops") << qint64(0);
        QTest::newRow("mem 4 GiB") << QStringLiteral("mem") << (qint64(4) << 30);
        QTest::newRow("mem 2 GiB") << QStringLiteral("mem") << (qint64(2) << 30);
        QTest::newRow("mem 1 KiB") << QStringLiteral("mem") << qint64(1024);
    }

    void unboundedWorkIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        const QString dir = newCacheDir();
        editField(
            dir, QStringLiteral("kdf/") + field, [value](const QJsonValue &) { return QJsonValue(value); });
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir); }), StoreError::Corrupt);
    }

    // The defaults and the strongest work factors the file may ask for still load.
    void boundedWorkLoads()
    {
        const QString dir = newCacheDir();
        editField(dir, QStringLiteral("kdf/ops"), [](const QJsonValue &) {
            return QJsonValue(qint64(KeyEnvelope::MaxOpsLimit));
        });
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir); }), Test::NoFailure);
    }

    // A flipped byte where the passphrase's wrap lives reads as damage: "wrong passphrase"
    // would send the member guessing at a passphrase that is right.
    void flippedByteIsDamage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("ciphertext") << QStringLiteral("passphrase/ciphertext");
        QTest::newRow("nonce") << QStringLiteral("passphrase/nonce");
        QTest::newRow("salt") << QStringLiteral("kdf/salt");
    }

    void flippedByteIsDamage()
    {
        QFETCH(QString, field);
        const QString dir = newCacheDir();
        editField(dir, field, flipBit);
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()); }),
                 StoreError::Corrupt);
    }

    // On an intact file a wrong passphrase stays a wrong passphrase.
    void wrongPassphraseIsNotDamage()
    {
        const QString dir = newCacheDir();
        QCOMPARE(Test::failureOf(
                     [&] { Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase("wrong one!")); }),
                 StoreError::WrongKey);
        const auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(cache->status().passphraseWrap, WrapState::Intact);
        QCOMPARE(cache->status().recoveryWrap, WrapState::Intact);
    }

    // A damaged recovery wrap does not stop the passphrase, but once unlocked the cache knows
    // the recovery key no longer works, and `status` says so (exit 5, a warning).
    void damagedRecoveryWrapIsNoticed()
    {
        QString recoveryKey;
        const QString dir = newCacheDir(&recoveryKey);
        editField(dir, QStringLiteral("recovery/ciphertext"), flipBit);

        const auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
        QCOMPARE(cache->status().passphraseWrap, WrapState::Intact);
        QCOMPARE(cache->status().recoveryWrap, WrapState::Damaged);
        QCOMPARE(Test::failureOf([&] { Cache::envelope(dir).unwrapWithRecoveryKey(recoveryKey); }),
                 StoreError::Corrupt);

        const QString passFile =
            Test::writeFile(m_tmp.path(), QStringLiteral("pass"), "correct horse battery\n");
        const QStringList args{QStringLiteral("status"),
                               QStringLiteral("--cache"),
                               dir,
                               QStringLiteral("--password-file"),
                               passFile};
        Test::Run r =
            Test::runRatsmappe(args + QStringList{QStringLiteral("--json")}, Test::cliEnvironment());
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("recoveryKey")).toString(), QStringLiteral("damaged"));
        QVERIFY2(r.err.contains("recovery key"), r.err.constData());

        // A new recovery key repairs it; the old one stays useless.
        r = Test::runRatsmappe({QStringLiteral("passwd"),
                                QStringLiteral("--cache"),
                                dir,
                                QStringLiteral("--password-file"),
                                passFile,
                                QStringLiteral("--new-recovery-key"),
                                QStringLiteral("--json")},
                               Test::cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        const QString renewed = r.json().value(QStringLiteral("recoveryKey")).toString();
        QCOMPARE(renewed.count(QLatin1Char('-')), 12);
        QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), false);
        r = Test::runRatsmappe(args + QStringList{QStringLiteral("--json")}, Test::cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("recoveryKey")).toString(), QStringLiteral("intact"));
        QCOMPARE(
            Test::failureOf([&] { Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(renewed)); }),
            Test::NoFailure);
    }

    // Opened with the recovery key, a damaged passphrase wrap is reported the same way.
    void damagedPassphraseWrapIsNoticed()
    {
        QString recoveryKey;
        const QString dir = newCacheDir(&recoveryKey);
        editField(dir, QStringLiteral("passphrase/ciphertext"), flipBit);
        const auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(recoveryKey));
        QCOMPARE(cache->status().passphraseWrap, WrapState::Damaged);
        QCOMPARE(cache->status().recoveryWrap, WrapState::Intact);
        // Setting a new passphrase writes a new wrap.
        cache->changePassphrase(Test::passphrase("a new passphrase"));
        QCOMPARE(cache->status().passphraseWrap, WrapState::Intact);
        QCOMPARE(Test::failureOf([&] {
                     Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase("a new passphrase"));
                 }),
                 Test::NoFailure);
    }

    // Key files written before the checksum (format 1) still open; the first unlock adds
    // what they lack, and from then on damage is told apart.
    void formatOneFileIsUpgraded()
    {
        QString recoveryKey;
        const QString dir = newCacheDir(&recoveryKey);
        QJsonObject o = readKeyFile(dir);
        o.insert(QStringLiteral("format"), 1);
        o.remove(QStringLiteral("checksum"));
        for (const char *wrap : {"passphrase", "recovery"}) {
            QJsonObject inner = o.value(QLatin1String(wrap)).toObject();
            inner.remove(QStringLiteral("mac"));
            o.insert(QLatin1String(wrap), inner);
        }
        writeKeyFile(dir, o);

        {
            const auto cache =
                Cache::open(dir, Cache::envelope(dir).unwrapWithPassphrase(Test::passphrase()));
            QCOMPARE(cache->status().recoveryWrap, WrapState::Unchecked);
        }
        QCOMPARE(readKeyFile(dir).value(QStringLiteral("format")).toInt(), 2);
        const auto cache = Cache::open(dir, Cache::envelope(dir).unwrapWithRecoveryKey(recoveryKey));
        QCOMPARE(cache->status().passphraseWrap, WrapState::Intact);
        QCOMPARE(cache->status().recoveryWrap, WrapState::Intact);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(KeyFileTest)
#include "tst_keyfile.moc"
