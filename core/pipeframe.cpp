// SPDX-License-Identifier: GPL-2.0-or-later
#include "pipeframe.h"

#include <QtEndian>

namespace Ratsmappe::PipeFrame {

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

} // namespace Ratsmappe::PipeFrame
