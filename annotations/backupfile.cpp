// SPDX-License-Identifier: GPL-2.0-or-later
#include "backupfile.h"

#include "storeerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ratsmappe {

namespace {

constexpr qsizetype ChecksumSize = 32;
// A header longer than this is not one of ours.
constexpr qsizetype MaxHeader = 4096;

QByteArray checksumOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

[[noreturn]] void damaged(const QString &why)
{
    throw StoreError(StoreError::Corrupt, why);
}

} // namespace

const QByteArray BackupFile::Magic = QByteArrayLiteral("RATSMAPPE-ANNOTATION-BACKUP");

QByteArray BackupFile::seal(const QByteArray &content,
                            const SecretBytes &passphrase,
                            const PassphraseBox::KdfParams &kdf)
{
    const QByteArray salt = PassphraseBox::newSalt();
    const QByteArray nonce = PassphraseBox::newNonce();
    QByteArray compressed = qCompress(content, 9);
    const QJsonObject header{
        {QLatin1String("format"), FormatVersion},
        {QLatin1String("kdf"),
         QJsonObject{{QLatin1String("algorithm"), QLatin1String("argon2id13")},
                     {QLatin1String("ops"), static_cast<qint64>(kdf.opsLimit)},
                     {QLatin1String("mem"), static_cast<qint64>(kdf.memLimit)},
                     {QLatin1String("salt"), b64(salt)}}},
        {QLatin1String("cipher"), QLatin1String("xchacha20poly1305-ietf")},
        {QLatin1String("nonce"), b64(nonce)},
        {QLatin1String("compression"), QLatin1String("zlib")},
        {QLatin1String("size"), compressed.size() + PassphraseBox::TagSize},
    };
    QByteArray file = Magic + '\n' + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    const SecretKey key = PassphraseBox::derive(passphrase, salt, kdf);
    file += PassphraseBox::seal(key, nonce, compressed, file);
    wipe(compressed);
    file += checksumOf(file);
    return file;
}

QByteArray BackupFile::open(const QByteArray &file, const SecretBytes &passphrase)
{
    const qsizetype magicEnd = file.indexOf('\n');
    if (magicEnd < 0 || QByteArrayView(file).first(magicEnd) != Magic) {
        damaged(tr("This is not a Ratsmappe annotation backup."));
    }
    const qsizetype headerEnd = file.indexOf('\n', magicEnd + 1);
    if (headerEnd < 0 || headerEnd - magicEnd > MaxHeader) {
        damaged(tr("The backup is damaged: its header is cut off."));
    }
    QJsonParseError error;
    const QJsonObject header =
        QJsonDocument::fromJson(file.mid(magicEnd + 1, headerEnd - magicEnd - 1), &error).object();
    if (error.error != QJsonParseError::NoError) {
        damaged(tr("The backup is damaged: its header cannot be read."));
    }
    const int format = header.value(QLatin1String("format")).toInt();
    if (format > FormatVersion) {
        throw StoreError(
            StoreError::TooNew,
            tr("The backup was written by a newer version of Ratsmappe (format %1).").arg(format));
    }
    const QJsonObject kdf = header.value(QLatin1String("kdf")).toObject();
    const qint64 ops = kdf.value(QLatin1String("ops")).toInteger(-1);
    const qint64 mem = kdf.value(QLatin1String("mem")).toInteger(-1);
    const QByteArray salt = QByteArray::fromBase64(kdf.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray nonce =
        QByteArray::fromBase64(header.value(QLatin1String("nonce")).toString().toLatin1());
    const qint64 size = header.value(QLatin1String("size")).toInteger(-1);
    // Bounded before Argon2 runs: a header that asks for more is damaged or hostile.
    if (format != FormatVersion ||
        kdf.value(QLatin1String("algorithm")).toString() != QLatin1String("argon2id13") ||
        header.value(QLatin1String("cipher")).toString() != QLatin1String("xchacha20poly1305-ietf") ||
        header.value(QLatin1String("compression")).toString() != QLatin1String("zlib") ||
        !PassphraseBox::acceptable(ops, mem) || salt.size() != PassphraseBox::SaltSize ||
        nonce.size() != PassphraseBox::NonceSize || size < PassphraseBox::TagSize) {
        damaged(tr("The backup is damaged: its header is not valid."));
    }
    const qsizetype bodyStart = headerEnd + 1;
    // Compared without adding to the header's size, which may be anything up to 2^63.
    if (size > file.size() - bodyStart - ChecksumSize) {
        damaged(tr("The backup is incomplete: it ends early (truncated)."));
    }
    if (file.size() > bodyStart + size + ChecksumSize) {
        damaged(tr("The backup is damaged: it has bytes after its end."));
    }
    const QByteArrayView sealed = QByteArrayView(file).first(bodyStart + size);
    if (checksumOf(sealed) != QByteArrayView(file).last(ChecksumSize)) {
        damaged(tr("The backup is damaged: its checksum does not match (changed bytes)."));
    }
    const SecretKey key = PassphraseBox::derive(
        passphrase, salt, {static_cast<unsigned long long>(ops), static_cast<size_t>(mem)});
    QByteArray compressed;
    if (!PassphraseBox::open(key, nonce, sealed.sliced(bodyStart), sealed.first(bodyStart), compressed)) {
        throw StoreError(StoreError::WrongKey, tr("The backup passphrase is wrong."));
    }
    QByteArray content = qUncompress(compressed);
    wipe(compressed);
    if (content.isEmpty()) {
        damaged(tr("The backup is damaged: its content cannot be unpacked."));
    }
    return content;
}

QJsonArray BackupFile::pagesToJson(const QList<PageLayout> &pages)
{
    QJsonArray out;
    for (const PageLayout &page : pages) {
        QJsonObject json{{QLatin1String("text"), page.text}};
        if (!page.boxes.isEmpty() && page.boxes.size() == page.starts.size()) {
            QJsonArray words;
            for (qsizetype i = 0; i < page.boxes.size(); ++i) {
                const QRectF &r = page.boxes.at(i);
                words.append(QJsonArray{page.starts.at(i), r.x(), r.y(), r.width(), r.height()});
            }
            json.insert(QLatin1String("words"), words);
        }
        out.append(json);
    }
    return out;
}

QList<PageLayout> BackupFile::pagesFromJson(const QJsonArray &json)
{
    QList<PageLayout> pages;
    pages.reserve(json.size());
    for (const QJsonValue &value : json) {
        const QJsonObject o = value.toObject();
        PageLayout page;
        page.text = o.value(QLatin1String("text")).toString();
        for (const QJsonValue &w : o.value(QLatin1String("words")).toArray()) {
            const QJsonArray word = w.toArray();
            if (word.size() != 5) {
                continue;
            }
            page.starts.append(word.at(0).toInt());
            page.boxes.append(QRectF(
                word.at(1).toDouble(), word.at(2).toDouble(), word.at(3).toDouble(), word.at(4).toDouble()));
        }
        pages.append(page);
    }
    return pages;
}

} // namespace Ratsmappe
