// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QDataStream>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>

#include "pdfdocument.h"

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

/// Every page's size and words (the `all-words` request): binary, as QDataStream writes it, so
/// the words of a long document cost no JSON parsing.
struct PageWordsOut
{
    QSizeF size;
    QList<PdfWord> words;
};

inline void writePageWords(QDataStream &s, const QSizeF &size, const QList<PdfWord> &words)
{
    s << size.width() << size.height() << qint32(words.size());
    for (const PdfWord &w : words) {
        s << w.text << w.box.x() << w.box.y() << w.box.width() << w.box.height();
    }
}

inline QList<PageWordsOut> readAllWords(const QByteArray &bytes, bool *ok)
{
    QDataStream s(bytes);
    quint32 magic = 0;
    qint32 pages = 0;
    s >> magic >> pages;
    QList<PageWordsOut> result;
    *ok = magic == 0x524d5744 && pages >= 0;
    for (qint32 p = 0; *ok && p < pages; ++p) {
        PageWordsOut page;
        double w = 0, h = 0;
        qint32 count = 0;
        s >> w >> h >> count;
        page.size = QSizeF(w, h);
        for (qint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
            PdfWord word;
            double x = 0, y = 0, bw = 0, bh = 0;
            s >> word.text >> x >> y >> bw >> bh;
            word.box = QRectF(x, y, bw, bh);
            page.words.append(word);
        }
        *ok = s.status() == QDataStream::Ok && count >= 0;
        result.append(page);
    }
    return result;
}

} // namespace Ratsmappe::PdfWorkerProtocol
