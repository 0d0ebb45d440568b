// SPDX-License-Identifier: GPL-2.0-or-later
#include "keychainstore.h"

#include "storeerror.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Ratsmappe {

namespace {

QString entryName(const QString &cacheId)
{
    return QLatin1String("cache-key-") + cacheId;
}

// Runs a keychain job to its end. A keychain that never answers counts as unavailable.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// \a message names the keychain's own reason as %1.
[[noreturn]] void failWith(const QKeychain::Job &job, const QString &message)
{
    throw StoreError(job.error() == QKeychain::EntryNotFound ? StoreError::KeychainMissing
                                                             : StoreError::KeychainUnavailable,
                     message.arg(job.errorString()));
}

} // namespace

bool KeychainStore::isAvailable()
{
    return QKeychain::isAvailable();
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("Ratsmappe");
}

SecretKey KeychainStore::readKey(const QString &cacheId)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(entryName(cacheId));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound) {
        throw StoreError(StoreError::KeychainMissing,
                         tr("The system keychain has no key for this cache. Unlock it with the passphrase."));
    }
    if (job.error() != QKeychain::NoError) {
        failWith(job, tr("The system keychain could not read the key: %1"));
    }
    // Shares the job's buffer: wiping it in place wipes the job's copy too.
    QByteArray bytes = job.binaryData();
    SecretKey key = SecretKey::fromBytes(bytes);
    wipeShared(bytes);
    if (key.isNull()) {
        throw StoreError(StoreError::WrongKey, tr("The key in the system keychain is not a Ratsmappe key."));
    }
    return key;
}

void KeychainStore::writeKey(const QString &cacheId, const SecretKey &key)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(entryName(cacheId));
    QByteArray bytes = key.toByteArray();
    job.setBinaryData(bytes);
    runJob(job);
    wipeShared(bytes); // the job's copy is the same buffer
    if (job.error() != QKeychain::NoError) {
        failWith(job, tr("The system keychain could not store the key: %1"));
    }
}

void KeychainStore::removeKey(const QString &cacheId)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(entryName(cacheId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        failWith(job, tr("The system keychain could not remove the key: %1"));
    }
}

} // namespace Ratsmappe
