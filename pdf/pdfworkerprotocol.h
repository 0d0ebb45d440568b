// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QDataStream>
#include <QIODevice>
#include <QImage>

namespace Ratsmappe::PdfWorkerProtocol {

// What the helper process writes on stdout. Text: the pages' UTF-8 text joined by form feeds.
// An image: a small header and the raw pixels, no encoding (PNG would cost more than the
// rendering).
inline constexpr QChar PageSeparator = QChar(u'\f');

inline QByteArray writeImage(const QImage &image, int pageCount)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint32(0x524d494d) << qint32(pageCount) << qint32(image.width()) << qint32(image.height())
      << qint32(image.format()) << qint32(image.bytesPerLine());
    out.append(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
    return out;
}

inline QImage readImage(const QByteArray &bytes, int *pageCount)
{
    QDataStream s(bytes);
    quint32 magic = 0;
    qint32 width = 0, height = 0, format = 0, bytesPerLine = 0;
    s >> magic >> *pageCount >> width >> height >> format >> bytesPerLine;
    constexpr qsizetype header = 24;
    if (magic != 0x524d494d || width <= 0 || height <= 0 || bytesPerLine <= 0 ||
        bytes.size() - header < qsizetype(bytesPerLine) * height) {
        return {};
    }
    QImage image(width, height, QImage::Format(format));
    for (int y = 0; y < height; ++y) {
        memcpy(image.scanLine(y),
               bytes.constData() + header + qsizetype(y) * bytesPerLine,
               size_t(std::min<qsizetype>(bytesPerLine, image.bytesPerLine())));
    }
    return image;
}

} // namespace Ratsmappe::PdfWorkerProtocol
