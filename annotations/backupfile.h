// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "passphrasebox.h"
#include "searchindexstore.h"
#include "secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Ratsmappe {

/// The annotation backup's file (docs/annotations.md, "Backup"): a short plaintext header, the
/// sealed content, a checksum.
///
///     RATSMAPPE-ANNOTATION-BACKUP\n
///     {"format":1,"kdf":{"algorithm":"argon2id13","ops":…,"mem":…,"salt":"…"},
///      "cipher":"xchacha20poly1305-ietf","nonce":"…","compression":"zlib","size":N}\n
///     N bytes: the content (compact JSON, zlib-compressed), sealed under the passphrase's key
///     with the two lines above as associated data (PassphraseBox)
///     32 bytes: BLAKE2b-256 of everything before
///
/// The checksum tells a damaged or truncated file apart from a wrong passphrase (sealing alone
/// cannot tell which); it is no protection, the seal is.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::BackupFile)
public:
    static constexpr int FormatVersion = 1;
    static const QByteArray Magic;

    /// The file for \a content, sealed under \a passphrase.
    static QByteArray
    seal(const QByteArray &content, const SecretBytes &passphrase, const PassphraseBox::KdfParams &kdf = {});
    /// The content of \a file (wipe it after use). Throws StoreError: Corrupt for a file that
    /// is not a backup, is damaged or truncated (the message says which), TooNew for a later
    /// format, WrongKey for a passphrase that does not open it.
    static QByteArray open(const QByteArray &file, const SecretBytes &passphrase);

    /// A version's pages as the backup holds them: each page's text and, where the index gave
    /// them, its words' starts and boxes.
    static QJsonArray pagesToJson(const QList<PageLayout> &pages);
    static QList<PageLayout> pagesFromJson(const QJsonArray &json);
};

} // namespace Ratsmappe
