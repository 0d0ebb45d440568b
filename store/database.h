// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Ratsmappe {

class Database;

/// A prepared statement. Binds by position (1-based, as SQLite counts) and steps through rows.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    /// Text that is UTF-8 already (a JSON document): no round trip through QString.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    /// QString() binds NULL, as do invalid variants.
    Statement &bind(int index, const QVariant &value);

    /// Advances to the next row; false when done. Throws StoreError on failure.
    bool next();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// One SQLCipher connection, opened through SQLCipher's C API with a raw 256-bit key.
/// Not thread-safe: one Database per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Database)
public:
    enum class Durability { Normal, Full };
    /// How long a statement waits for another connection's lock before it gives up.
    static constexpr int BusyTimeoutMs = 10000;

    /// Opens (or creates, when \a create) the database file and proves the key:
    /// StoreError::WrongKey or Corrupt when it does not fit or the file is damaged.
    Database(const QString &path, const SecretKey &key, bool create = false);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);
    /// For one-value queries; std::nullopt when there is no row.
    std::optional<qint64> queryInt(const char *sql);
    QString queryText(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }

    /// Commits that must survive power loss (annotations) use Full.
    void setDurability(Durability durability);

    /// Throws the StoreError that matches SQLite's result \a rc, naming what was attempted.
    [[noreturn]] void fail(int rc, const QString &what) const;
    sqlite3 *handle() const { return m_db; }
    /// Makes the statement running on this connection fail soon (StoreError, Interrupted); safe
    /// from any thread while the connection is open (a newer search cancels an older one).
    void interrupt();

    /// Returns the underlying library's version, to prove SQLCipher is what is linked.
    static QString cipherVersion(Database &db);

private:
    friend class CachedStatement;

    struct Prepared
    {
        std::unique_ptr<Statement> statement;
        bool inUse = false;
    };

    sqlite3 *m_db = nullptr;
    QString m_path;
    // CachedStatement's statements, by their SQL; finalized before the connection closes.
    std::unordered_map<std::string, Prepared> m_prepared;
};

/// A statement that a frequent write runs every time (a pen-up's commit), prepared once per
/// connection and kept by the Database: preparing the same SQL again on every call costs more
/// than running it. Reset, with its bindings cleared, when this goes out of scope, so it never
/// holds a read open. Used while the same SQL is already in use on the connection, it prepares a
/// statement of its own.
class CachedStatement
{
public:
    CachedStatement(Database &db, const char *sql);
    ~CachedStatement();
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    Statement &operator*() { return *m_statement; }
    Statement *operator->() { return m_statement; }

private:
    Database::Prepared *m_kept = nullptr;
    std::unique_ptr<Statement> m_own;
    Statement *m_statement = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back if not committed before the scope ends.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

/// A Transaction committed with synchronous=FULL, so the commit survives power loss, not only a
/// crash (the member's own records: annotations, notes). The connection's setting is restored
/// afterwards.
class DurableTransaction
{
public:
    explicit DurableTransaction(Database &db);
    ~DurableTransaction();
    DurableTransaction(const DurableTransaction &) = delete;
    DurableTransaction &operator=(const DurableTransaction &) = delete;
    void commit() { m_tx->commit(); }

private:
    Database &m_db;
    bool m_wasFull = false;
    std::optional<Transaction> m_tx;
};

} // namespace Ratsmappe
