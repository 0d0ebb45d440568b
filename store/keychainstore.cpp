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

[[noreturn]] void failWith(const QKeychain::Job &job, const QString &what)
{
    throw StoreError(job.error() == QKeychain::EntryNotFound ? StoreError::KeychainMissing
                                                              : StoreError::KeychainUnavailable,
                     KeychainStore::tr("The system keychain could not %1: %2").arg(what, job.errorString()));
}

} // namespace

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
        failWith(job, tr("read the key"));
    }
    QByteArray bytes = job.binaryData();
    SecretKey key = SecretKey::fromBytes(bytes);
    wipe(bytes);
    if (key.isNull()) {
        throw StoreError(StoreError::WrongKey, tr("The key in the system keychain is not a Ratsmappe key."));
    }
    return key;
}

void KeychainStore::writeKey(const QString &cacheId, const SecretKey &key)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(entryName(cacheId));
    job.setBinaryData(key.toByteArray());
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        failWith(job, tr("store the key"));
    }
}

void KeychainStore::removeKey(const QString &cacheId)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(entryName(cacheId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        failWith(job, tr("remove the key"));
    }
}

} // namespace Ratsmappe
