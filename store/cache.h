// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "database.h"
#include "keyenvelope.h"
#include "secret.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <memory>

namespace Ratsmappe {

/// What the cache holds, for `ratsmappe status` and the UI.
struct CacheStatus
{
    QString directory;
    QString cacheId;
    int schemaVersion = 0;
    QString cipherVersion;
    bool keychain = false;
    QMap<QString, qint64> counts; ///< live objects per kind, plus local records
    qint64 databaseBytes = 0; ///< the database file and its WAL on disk
    qint64 documentBytes = 0; ///< document bytes stored (all versions)
    qint64 completeDocuments = 0;
    QDateTime lastSync; ///< invalid when never synced
    WrapState passphraseWrap = WrapState::Unchecked; ///< whether the passphrase still unlocks
    WrapState recoveryWrap = WrapState::Unchecked; ///< whether the recovery key still unlocks
};

/// The encrypted cache: one SQLCipher database plus the key envelope beside it, in one folder.
///
/// A Cache object is an unlocked, open cache. The static functions cover what happens before
/// (create, find the key) and without (wipe) one.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Cache)
public:
    static QString defaultDirectory();
    static QString databasePath(const QString &dir);
    static QString keyFilePath(const QString &dir);
    /// True when the folder holds a cache (its key file or its database).
    static bool exists(const QString &dir);

    /// Creates a cache in \a dir with a new random data key wrapped under \a passphrase.
    /// Refuses (AlreadyExists) when a cache is there. \a recoveryKey receives the recovery key.
    static std::unique_ptr<Cache>
    create(const QString &dir, const SecretBytes &passphrase, QString *recoveryKey);
    static KeyEnvelope envelope(const QString &dir);
    /// Opens with a data key from any source; WrongKey when it does not fit, Corrupt when it
    /// fits and the database is damaged. Migrates the schema to the latest version, and
    /// repairs the key file's own part (and adds what a format-1 key file lacks).
    static std::unique_ptr<Cache> open(const QString &dir, const SecretKey &key);
    /// Removes the cache's files and the keychain entry. Nothing to remove is not an error.
    static void wipe(const QString &dir);

    ~Cache();

    Database &database() { return *m_db; }
    QString directory() const { return m_dir; }
    const KeyEnvelope &keyEnvelope() const { return m_envelope; }
    /// A second connection to the same file, for another thread (readers never wait for the
    /// writer under WAL).
    std::unique_ptr<Database> openConnection() const;
    /// Another Cache on the same folder and key, with its own connection, for a worker thread
    /// that needs a whole Cache (the sync engine). Safe to call from any thread while this
    /// Cache is alive: it reads only the folder and the key, which never change.
    std::unique_ptr<Cache> reopen() const;

    /// Rewraps the data key under a new passphrase; no data is re-encrypted.
    void changePassphrase(const SecretBytes &newPassphrase);
    /// A new recovery key (printed form) for the same data key; the old one stops working.
    QString renewRecoveryKey();
    /// Stores the data key in the system keychain, or removes it from there.
    void setKeychainEnabled(bool enabled);
    CacheStatus status();

private:
    Cache(const QString &dir, const SecretKey &key, KeyEnvelope envelope, bool create);

    QString m_dir;
    SecretKey m_key;
    KeyEnvelope m_envelope;
    std::unique_ptr<Database> m_db;
};

} // namespace Ratsmappe
