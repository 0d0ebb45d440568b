// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QImage>
#include <QString>

#include <cstdlib>

namespace Ratsmappe::Test {

/// A page reduced to a small grey picture: printed pages are page images scaled onto a sheet,
/// so they never match the source pixel for pixel, but their layout of ink does.
inline QImage pageThumbnail(const QImage &page)
{
    return page.convertToFormat(QImage::Format_Grayscale8)
        .scaled(60, 85, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// Mean difference of grey (0–255) between two thumbnails.
inline double thumbnailDistance(const QImage &a, const QImage &b)
{
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *lineA = a.constScanLine(y);
        const uchar *lineB = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            sum += std::abs(int(lineA[x]) - int(lineB[x]));
        }
    }
    return double(sum) / double(a.width() * a.height());
}

/// Whether \a printed shows \a source page for page: each printed page has ink, and is closer
/// to the source page of the same number than to any other. A blank, shifted, reordered or
/// repeated page fails. Returns "" or what is wrong.
inline QString comparePrinted(const PdfDocument &printed, const PdfDocument &source, int from = 0)
{
    const int pages = printed.pageCount();
    QList<QImage> sources;
    for (int page = 0; page < source.pageCount(); ++page) {
        sources << pageThumbnail(source.render(page, 40));
    }
    for (int page = 0; page < pages; ++page) {
        const QImage shown = pageThumbnail(printed.render(page, 40));
        const QImage blank = [&] {
            QImage white(shown.size(), QImage::Format_Grayscale8);
            white.fill(Qt::white);
            return white;
        }();
        const double own = thumbnailDistance(shown, sources.value(from + page));
        if (thumbnailDistance(shown, blank) < 1.0) {
            return QStringLiteral("printed page %1 is blank").arg(page + 1);
        }
        for (int other = 0; other < sources.size(); ++other) {
            if (other != from + page && thumbnailDistance(shown, sources.at(other)) <= own) {
                return QStringLiteral(
                           "printed page %1 looks like source page %2 (distance %3), not page %4 (%5)")
                    .arg(page + 1)
                    .arg(other + 1)
                    .arg(thumbnailDistance(shown, sources.at(other)))
                    .arg(from + page + 1)
                    .arg(own);
            }
        }
    }
    return {};
}

} // namespace Ratsmappe::Test
