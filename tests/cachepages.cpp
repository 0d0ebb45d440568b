// SPDX-License-Identifier: GPL-2.0-or-later
#include "cachepages.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace Ratsmappe::Test {

namespace {

constexpr qsizetype PageSize = 16384; // PRAGMA cipher_page_size in Database
constexpr qsizetype IvSize = 16;
// The IV and the HMAC-SHA256 end each page. SQLite's own reserve (header byte 20) is larger, 80:
// SQLCipher set it for its default HMAC-SHA512 before Database chose SHA256; the 32 bytes between
// are encrypted with the content.
constexpr qsizetype Reserve = IvSize + 32;
constexpr qsizetype SaltSize = 16; // page 1 only: the KDF salt, in plaintext
constexpr qsizetype WalHeader = 32;
constexpr qsizetype FrameHeader = 24;

QByteArray decryptPage(const QByteArray &page, const SecretKey &key, bool first)
{
    const qsizetype offset = first ? SaltSize : 0;
    QByteArray plain(page.size(), '\0');
    const auto *in = reinterpret_cast<const unsigned char *>(page.constData());
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    int n = 0;
    int last = 0;
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), in + PageSize - Reserve) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
        EVP_DecryptUpdate(ctx.get(), out + offset, &n, in + offset, int(PageSize - Reserve - offset)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out + offset + n, &last) != 1) {
        return {};
    }
    std::copy(in, in + offset, out);
    return plain;
}

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QList<CachePage> decryptCachePages(const QString &databasePath, const SecretKey &key, QString *error)
{
    QList<CachePage> pages;
    const QByteArray db = readAll(databasePath);
    for (qsizetype i = 0; i + PageSize <= db.size(); i += PageSize) {
        const qsizetype number = i / PageSize + 1;
        pages.append({QStringLiteral("cache.db page %1").arg(number),
                      quint32(number),
                      decryptPage(db.mid(i, PageSize), key, number == 1)});
    }
    const QByteArray wal = readAll(databasePath + QLatin1String("-wal"));
    if (wal.size() >= WalHeader && bigEndian32(wal.constData() + 8) != PageSize) {
        *error = QStringLiteral("the WAL of %1 has another page size").arg(databasePath);
        return {};
    }
    int frame = 0;
    for (qsizetype i = WalHeader; i + FrameHeader + PageSize <= wal.size(); i += FrameHeader + PageSize) {
        const quint32 number = bigEndian32(wal.constData() + i);
        ++frame;
        pages.append({QStringLiteral("cache.db-wal frame %1 (page %2)").arg(frame).arg(number),
                      number,
                      decryptPage(wal.mid(i + FrameHeader, PageSize), key, number == 1)});
    }
    // The proof that the format and key are right: every copy of page 1 (in the file, or only
    // in the WAL while the file is still empty) decrypts to the SQLite header behind the salt.
    int headers = 0;
    for (const CachePage &page : std::as_const(pages)) {
        if (page.number != 1) {
            continue;
        }
        const QByteArray &p = page.plain;
        if (p.size() != PageSize || quint8(p.at(16)) != (PageSize >> 8) || quint8(p.at(17)) != 0 ||
            quint8(p.at(20)) < Reserve) {
            *error = QStringLiteral("%1 of %2 does not decrypt to an SQLite header with %3-byte pages and at "
                                    "least a %4-byte reserve")
                         .arg(page.where, databasePath)
                         .arg(PageSize)
                         .arg(Reserve);
            return {};
        }
        ++headers;
    }
    if (headers == 0) {
        *error = QStringLiteral("no page 1 in %1 or its WAL").arg(databasePath);
        return {};
    }
    error->clear();
    return pages;
}

QStringList pagesContaining(const QList<CachePage> &pages, const QByteArray &needle)
{
    QStringList found;
    for (const CachePage &page : pages) {
        if (page.plain.contains(needle)) {
            found << page.where;
        }
    }
    return found;
}

} // namespace Ratsmappe::Test
