// SPDX-License-Identifier: GPL-2.0-or-later
#include "cache.h"

#include "atomicfile.h"
#include "keychainstore.h"
#include "objectstore.h"
#include "schema.h"
#include "storeerror.h"
#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace Ratsmappe {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0) {
        throw StoreError(StoreError::Io, QStringLiteral("libsodium could not be initialised"));
    }
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

} // namespace

QString Cache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/cache");
}

QString Cache::databasePath(const QString &dir)
{
    return dir + QLatin1String("/cache.db");
}

QString Cache::keyFilePath(const QString &dir)
{
    return dir + QLatin1String("/keys.json");
}

bool Cache::exists(const QString &dir)
{
    return QFileInfo::exists(keyFilePath(dir)) || QFileInfo::exists(databasePath(dir));
}

std::unique_ptr<Cache> Cache::create(const QString &dir, const SecretBytes &passphrase, QString *recoveryKey)
{
    ensureSodium();
    if (exists(dir)) {
        throw StoreError(StoreError::AlreadyExists, tr("A cache already exists in %1.").arg(dir));
    }
    if (!QDir().mkpath(dir)) {
        throw StoreError(StoreError::Io, tr("Cannot create the folder %1.").arg(dir));
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const SecretKey key = SecretKey::random();
    KeyEnvelope envelope = KeyEnvelope::create(key, passphrase, recoveryKey);
    // The database first: a key file is what marks a finished cache, and it must never
    // describe a database that was not created.
    std::unique_ptr<Cache> cache(new Cache(dir, key, envelope, true));
    envelope.save(keyFilePath(dir));
    qCDebug(lcStore) << "created a new cache";
    return cache;
}

KeyEnvelope Cache::envelope(const QString &dir)
{
    ensureSodium();
    if (!QFileInfo::exists(keyFilePath(dir))) {
        if (QFileInfo::exists(databasePath(dir))) {
            throw StoreError(StoreError::Corrupt,
                             tr("The cache in %1 has lost its key file; it can only be wiped.").arg(dir));
        }
        throw StoreError(StoreError::NoCache,
                         tr("There is no cache in %1. Create one with “ratsmappe init”.").arg(dir));
    }
    return KeyEnvelope::load(keyFilePath(dir));
}

std::unique_ptr<Cache> Cache::open(const QString &dir, const SecretKey &key)
{
    KeyEnvelope env = envelope(dir);
    const bool keyFits = env.checkKey(key);
    // A damaged key check cannot judge the key: the database, which checks every page, does.
    if (!keyFits && !env.headerDamaged()) {
        qCDebug(lcStore) << "the key check failed: the key does not fit the key file";
        throw StoreError(StoreError::WrongKey, tr("The key does not fit this cache."));
    }
    if (!QFileInfo::exists(databasePath(dir))) {
        throw StoreError(StoreError::Corrupt, tr("The cache database in %1 is missing.").arg(dir));
    }
    std::unique_ptr<Cache> cache;
    try {
        cache.reset(new Cache(dir, key, std::move(env), false));
    } catch (const StoreError &e) {
        // The key is proven right by the key check, so a database that rejects it is damaged.
        if (e.kind() == StoreError::WrongKey && keyFits) {
            qCDebug(lcStore) << "the key fits the key file but the database rejects it: damaged";
            throw StoreError(StoreError::Corrupt, tr("The cache database in %1 is damaged.").arg(dir));
        }
        throw;
    }
    if (cache->m_envelope.needsRepair()) {
        // The database took the key, so the key file's own part can be written anew, and a
        // key file from before the MACs gets them.
        cache->m_envelope.repair(key);
        try {
            cache->m_envelope.save(keyFilePath(dir));
            qCDebug(lcStore) << "repaired the key file";
        } catch (const StoreError &) {
            qCWarning(lcStore) << "could not write the repaired key file; it is repaired at the next unlock";
        }
    }
    return cache;
}

Cache::Cache(const QString &dir, const SecretKey &key, KeyEnvelope envelope, bool create)
    : m_dir(dir)
    , m_key(key)
    , m_envelope(std::move(envelope))
    , m_db(std::make_unique<Database>(databasePath(dir), key, create))
{
    Schema::migrate(*m_db);
}

// The connection closes first (SQLCipher wipes its own copy of the key then); the key's buffer
// is zeroed before libsodium frees it, which wipes it once more.
Cache::~Cache()
{
    m_db.reset();
    sodium_memzero(m_key.data(), SecretKey::Size);
}

std::unique_ptr<Database> Cache::openConnection() const
{
    return std::make_unique<Database>(databasePath(m_dir), m_key);
}

std::unique_ptr<Cache> Cache::reopen() const
{
    return open(m_dir, m_key);
}

void Cache::wipe(const QString &dir)
{
    try {
        const KeyEnvelope env = KeyEnvelope::load(keyFilePath(dir));
        if (env.keychainEnabled()) {
            KeychainStore::removeKey(env.cacheId());
        }
    } catch (const StoreError &e) {
        // A damaged key file or an unreachable keychain must not keep the member from wiping.
        if (e.kind() != StoreError::NoCache && e.kind() != StoreError::Corrupt &&
            e.kind() != StoreError::KeychainUnavailable) {
            throw;
        }
    }
    const QString names[] = {QStringLiteral("/cache.db-wal"),
                             QStringLiteral("/cache.db-shm"),
                             QStringLiteral("/cache.db"),
                             QStringLiteral("/keys.json.new"),
                             QStringLiteral("/keys.json")};
    for (const QString &name : names) {
        const QString path = dir + name;
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            throw StoreError(StoreError::Io, tr("Cannot remove %1.").arg(path));
        }
    }
    syncDirectory(dir);
    qCDebug(lcStore) << "removed the cache's database and key files";
    QDir().rmdir(dir); // only when empty: never remove what the member put there
}

void Cache::changePassphrase(const SecretBytes &newPassphrase)
{
    KeyEnvelope updated = m_envelope;
    updated.rewrap(m_key, newPassphrase);
    updated.save(keyFilePath(m_dir));
    m_envelope = std::move(updated);
}

QString Cache::renewRecoveryKey()
{
    KeyEnvelope updated = m_envelope;
    const QString printed = updated.renewRecoveryKey(m_key);
    updated.save(keyFilePath(m_dir));
    m_envelope = std::move(updated);
    return printed;
}

void Cache::setKeychainEnabled(bool enabled)
{
    if (enabled) {
        KeychainStore::writeKey(m_envelope.cacheId(), m_key);
    } else {
        KeychainStore::removeKey(m_envelope.cacheId());
    }
    KeyEnvelope updated = m_envelope;
    updated.setKeychainEnabled(enabled);
    updated.save(keyFilePath(m_dir));
    m_envelope = std::move(updated);
}

CacheStatus Cache::status()
{
    CacheStatus s;
    s.directory = m_dir;
    s.cacheId = m_envelope.cacheId();
    s.keychain = m_envelope.keychainEnabled();
    s.passphraseWrap = m_envelope.passphraseWrapState(m_key);
    s.recoveryWrap = m_envelope.recoveryWrapState(m_key);
    s.schemaVersion = Schema::version(*m_db);
    s.cipherVersion = Database::cipherVersion(*m_db);

    ObjectStore objects(*m_db);
    for (const ObjectKind kind : AllObjectKinds) {
        s.counts.insert(objectKindName(kind), objects.count(kind));
    }
    s.counts.insert(QStringLiteral("servers"), m_db->queryInt("SELECT count(*) FROM servers").value_or(0));
    s.counts.insert(QStringLiteral("fileVersions"),
                    m_db->queryInt("SELECT count(*) FROM file_versions").value_or(0));
    s.counts.insert(QStringLiteral("annotations"),
                    m_db->queryInt("SELECT count(*) FROM annotations").value_or(0));
    s.counts.insert(QStringLiteral("notes"), m_db->queryInt("SELECT count(*) FROM notes").value_or(0));
    // Annotations from a backup waiting for their document (AnnotationBackup).
    s.counts.insert(QStringLiteral("restoreWaiting"),
                    m_db->queryInt("SELECT count(*) FROM restore_pending").value_or(0));
    s.completeDocuments = m_db->queryInt("SELECT count(*) FROM file_versions WHERE complete = 1").value_or(0);
    s.documentBytes = m_db->queryInt("SELECT coalesce(sum(size), 0) FROM file_versions").value_or(0);
    s.databaseBytes = fileSize(databasePath(m_dir)) + fileSize(databasePath(m_dir) + QLatin1String("-wal"));
    const QString last = m_db->queryText("SELECT max(last_sync) FROM servers");
    if (!last.isEmpty()) {
        s.lastSync = QDateTime::fromString(last, Qt::ISODateWithMs);
    }
    return s;
}

} // namespace Ratsmappe
