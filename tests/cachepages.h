// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe::Test {

/// One page of the cache as it lies on disk, decrypted: a page of cache.db or a frame of its WAL.
struct CachePage
{
    QString where; ///< "cache.db page 3", "cache.db-wal frame 7 (page 3)"
    quint32 number = 0; ///< the page number
    QByteArray plain;
};

/// Every page of the SQLCipher database \a databasePath and every frame of its WAL, decrypted
/// with the raw data key \a key, as an attacker with the passphrase would read them: live, free
/// and stale pages alike. Follows SQLCipher 4's page format with the cipher settings Database
/// sets (16 KiB pages; per page the AES-256-CBC ciphertext, then the IV and the HMAC-SHA256 in
/// its last 48 bytes; page 1 starts with the plaintext salt; the raw key is the AES key, no KDF). Empty, with
/// \a error set, when the decrypted first page (in the file, or only in the WAL while the file is still
/// empty) is not an SQLite header with that page size and reserve, so a change of the settings cannot make a
/// search of the pages pass vacuously.
QList<CachePage> decryptCachePages(const QString &databasePath, const SecretKey &key, QString *error);

/// Where \a needle occurs in \a pages.
QStringList pagesContaining(const QList<CachePage> &pages, const QByteArray &needle);

} // namespace Ratsmappe::Test
