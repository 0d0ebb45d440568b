// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetprotocol.h"

#include <QStringList>
#include <QtEndian>

namespace Ratsmappe::Packets::Protocol {

QByteArray frameHeader(qint64 length)
{
    QByteArray header(8, Qt::Uninitialized);
    qToBigEndian<quint64>(quint64(length), header.data());
    return header;
}

bool writeFrame(QIODevice &device, const QByteArray &bytes)
{
    const QByteArray header = frameHeader(bytes.size());
    return device.write(header) == header.size() && device.write(bytes) == bytes.size();
}

namespace {

bool readExactly(QIODevice &device, char *into, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const qint64 n = device.read(into + done, length - done);
        if (n < 0) {
            return false;
        }
        if (n == 0 && !device.waitForReadyRead(-1)) {
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

std::optional<QByteArray> readFrame(QIODevice &device, qint64 maxBytes)
{
    char header[8];
    if (!readExactly(device, header, 8)) {
        return std::nullopt;
    }
    const quint64 length = qFromBigEndian<quint64>(header);
    if (length > quint64(maxBytes)) {
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    if (!readExactly(device, bytes.data(), qint64(length))) {
        return std::nullopt;
    }
    return bytes;
}

QString HelperFailure::encode() const
{
    // Tab-separated on one line: a title's own tabs and line breaks become spaces.
    const auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified();
    };
    return QString::number(int(kind)) + QLatin1Char('\t') + QString::number(page) + QLatin1Char('\t') +
        clean(title) + QLatin1Char('\t') + clean(detail).left(300);
}

HelperFailure HelperFailure::decode(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char('\t'));
    HelperFailure f;
    bool ok = false;
    const int kind = parts.value(0).toInt(&ok);
    if (!ok || parts.size() != 4 || kind < 0 || kind > int(Kind::WriteFailed)) {
        f.detail = line.left(300);
        return f;
    }
    f.kind = Kind(kind);
    f.page = parts.value(1).toInt();
    f.title = parts.value(2);
    f.detail = parts.value(3);
    return f;
}

QString HelperFailure::describe() const
{
    switch (kind) {
    case Kind::Unreadable:
        return tr("“%1” cannot be read (%2). Ask the council office for another copy.").arg(title, detail);
    case Kind::NoPages:
        return tr("“%1” has no pages.").arg(title);
    case Kind::DamagedPage:
        return tr("Page %1 of “%2” is damaged or missing (the file is probably cut short). Ask the council "
                  "office "
                  "for another copy.")
            .arg(page)
            .arg(title);
    case Kind::NotAnImage:
        return tr("The image “%1” cannot be decoded.").arg(title);
    case Kind::NotAPacket:
        return tr("The file is not a Ratsmappe session packet: it carries no packet layout.");
    case Kind::WriteFailed:
        return tr("The packet could not be written (%1).").arg(detail);
    case Kind::Internal:
        break;
    }
    return tr("The packet helper failed (%1).").arg(detail);
}

} // namespace Ratsmappe::Packets::Protocol
