// SPDX-License-Identifier: GPL-2.0-or-later
#include "database.h"

#include "searchextensions.h"
#include "storeerror.h"

#include <QFile>

#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ratsmappe {

namespace {

StoreError::Kind kindOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return StoreError::DiskFull;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError::Corrupt;
    case SQLITE_INTERRUPT:
        return StoreError::Interrupted;
    default:
        return StoreError::Io;
    }
}

// The cache is its owner's alone, whatever the umask: a new database file is made 0600 before
// SQLite opens it, and SQLite gives its -wal and -shm the database file's mode. Files of an
// older cache (made with the umask) are narrowed to their owner.
void restrictToOwner(const QString &path, bool create)
{
    const QByteArray name = QFile::encodeName(path);
    if (create) {
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd); // an empty file is an empty database; a failure is SQLite's to report
        }
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray file = name + suffix;
        struct stat st = {};
        if (::stat(file.constData(), &st) == 0 && (st.st_mode & 077) != 0) {
            ::chmod(file.constData(), st.st_mode & 0700);
        }
    }
}

} // namespace

Database::Database(const QString &path, const SecretKey &key, bool create)
    : m_path(path)
{
    restrictToOwner(path, create);
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError(rc == SQLITE_CANTOPEN && !create ? StoreError::NoCache : kindOf(rc),
                         tr("Cannot open the cache database %1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);

    // Built in one buffer of its final size: no temporary or reallocation keeps a copy of the
    // key's hex that nobody wipes.
    QByteArray hex = key.toHex();
    QByteArray pragma;
    pragma.reserve(hex.size() + 32);
    pragma.append("PRAGMA key = \"x'").append(hex).append("'\";");
    wipe(hex);
    rc = sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
    wipe(pragma);
    if (rc != SQLITE_OK) {
        fail(rc, QStringLiteral("PRAGMA key"));
    }
    // The same cipher settings on every open: a silent change of library defaults must not
    // make an existing cache unreadable. With a raw key no KDF runs. 16 KiB pages with
    // HMAC-SHA256 instead of SQLCipher 4's 4 KiB/HMAC-SHA512: every page carries an HMAC, and
    // the per-page cost dominated document throughput (docs/benchmarks.md: reading went from
    // 0.32x to 0.58x of a secretstream file, writing from 0.17x to 0.23x).
    exec("PRAGMA cipher_page_size = 16384;"
         "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;"
         "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;"
         // Memory security mlocks and wipes every SQLite allocation: it made a sync spend most
         // of its time in the kernel (9 of 12 s on the Hürtgenwald replay). Decrypted bytes
         // also live in Qt's own buffers, which it never covered.
         "PRAGMA cipher_memory_security = OFF;");
    if (cipherVersion(*this).isEmpty()) {
        throw StoreError(StoreError::Io,
                         tr("The SQLite library in use has no encryption (SQLCipher missing)."));
    }
    // Reading the schema is the first access that decrypts a page: it proves the key.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int code = rc & 0xff;
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError(code == SQLITE_NOTADB ? StoreError::WrongKey : kindOf(rc),
                         code == SQLITE_NOTADB
                             ? tr("The cache database %1 cannot be decrypted with this key.").arg(path)
                             : tr("The cache database %1 is damaged.").arg(path));
    }
    // secure_delete zeroes what a delete or update frees, on every connection: text replaced
    // by a sync stays readable in free space otherwise, and a wipe must leave nothing behind.
    // A 32 MiB page cache (SQLite's default is 2 MiB): a page that left the cache is read and
    // decrypted again, and a search over a large index reads many (bench_search: the median
    // search 21 → 14 ms). The process is not dumpable (processhardening.cpp): a larger cache of
    // plain pages adds nothing a core dump could show.
    exec("PRAGMA cache_size = -32768;"
         "PRAGMA temp_store = MEMORY;"
         "PRAGMA secure_delete = ON;"
         "PRAGMA journal_mode = WAL;"
         "PRAGMA synchronous = NORMAL;"
         "PRAGMA foreign_keys = ON;");
    if (!registerSearchExtensions(m_db)) {
        throw StoreError(StoreError::Io, tr("The SQLite library in use has no full-text search (FTS5)."));
    }
}

Database::~Database()
{
    m_prepared.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

QString Database::cipherVersion(Database &db)
{
    return db.queryText("PRAGMA cipher_version;");
}

void Database::fail(int rc, const QString &what) const
{
    const QString msg =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const StoreError::Kind kind = kindOf(rc);
    if (kind == StoreError::DiskFull) {
        throw StoreError(kind, tr("The disk is full (%1).").arg(what));
    }
    throw StoreError(kind, tr("Cache database error (%1): %2").arg(what, msg));
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fail(rc, QString::fromUtf8(sql).left(60));
    }
}

std::optional<qint64> Database::queryInt(const char *sql)
{
    Statement st(*this, sql);
    if (!st.next() || st.isNull(0)) {
        return std::nullopt;
    }
    return st.integer(0);
}

QString Database::queryText(const char *sql)
{
    Statement st(*this, sql);
    return st.next() ? st.text(0) : QString();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setDurability(Durability durability)
{
    exec(durability == Durability::Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
}

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        db.fail(rc, QString::fromUtf8(sql).left(60));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    return bindUtf8(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    // SQLITE_TRANSIENT copies; the blob may be gone before step().
    sqlite3_bind_blob64(
        m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text64(m_stmt,
                        index,
                        utf8.constData(),
                        static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT,
                        SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).left(60);
    sqlite3_reset(m_stmt);
    m_db.fail(rc, sql);
}

void Statement::run()
{
    while (next()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

CachedStatement::CachedStatement(Database &db, const char *sql)
{
    Database::Prepared &kept = db.m_prepared[sql];
    if (kept.inUse) {
        m_own = std::make_unique<Statement>(db, sql);
        m_statement = m_own.get();
        return;
    }
    if (!kept.statement) {
        kept.statement = std::make_unique<Statement>(db, sql); // may throw: nothing kept then
    }
    kept.inUse = true;
    m_kept = &kept;
    m_statement = kept.statement.get();
}

CachedStatement::~CachedStatement()
{
    m_statement->reset();
    if (m_kept) {
        m_kept->inUse = false;
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT;");
    m_done = true;
}

DurableTransaction::DurableTransaction(Database &db)
    : m_db(db)
    , m_wasFull(db.queryInt("PRAGMA synchronous;").value_or(1) >= 2)
{
    // Outside a transaction: the setting must be in place when COMMIT runs.
    m_db.setDurability(Database::Durability::Full);
    m_tx.emplace(db);
}

DurableTransaction::~DurableTransaction()
{
    m_tx.reset();
    if (!m_wasFull) {
        // Never throws from a destructor: a failure leaves FULL, the safer setting.
        sqlite3_exec(m_db.handle(), "PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
    }
}

} // namespace Ratsmappe
