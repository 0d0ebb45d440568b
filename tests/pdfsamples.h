// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// PDFs and page images for the PDF tests (tst_pdf*): a demo Vorlage, PDFs built with libqpdf,
// how much ink a part of a page has, and documents stored in a cache.

#include "cache.h"
#include "demopdf.h"
#include "testutil.h"

#include <QImage>
#include <QRectF>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>

namespace Ratsmappe::Test::PdfSamples {

/// Share of dark pixels inside \a rect (in image pixels).
inline double darkShare(const QImage &image, const QRectF &rect)
{
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    if (r.isEmpty()) {
        return 0;
    }
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return double(dark) / double(r.width() * r.height());
}

/// A demo Beschlussvorlage of \a pages pages titled \a title (the same bytes every time).
inline QByteArray vorlage(const QString &title, int pages = 3)
{
    return Demo::writePdf(
        {Demo::PdfSpec::Style::Vorlage, title, QStringLiteral("Stadt Teststadt"), 42, pages, 0});
}

/// A PDF that \a build fills, written to memory (\a configure sets the writer up, e.g. to encrypt).
inline QByteArray writeQpdf(const std::function<void(QPDF &)> &build,
                            const std::function<void(QPDFWriter &)> &configure = {})
{
    QPDF pdf;
    pdf.emptyPDF();
    build(pdf);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    if (configure) {
        configure(writer);
    }
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

/// An A4 page with \a contents.
inline void
addPage(QPDF &pdf, QPDFObjectHandle contents, QPDFObjectHandle resources = QPDFObjectHandle::newDictionary())
{
    QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>");
    page.replaceKey("/Contents", contents);
    page.replaceKey("/Resources", resources);
    QPDFPageDocumentHelper(pdf).addPage(page, false);
}

/// A File row named "Vorlage FILE-ID" and one complete PDF version of it; the version's id.
inline qint64 storeNamedDocument(Cache &cache, const QString &fileId, const QByteArray &bytes)
{
    return Test::storeDocument(cache, fileId, bytes, QStringLiteral("Vorlage %1").arg(fileId));
}

} // namespace Ratsmappe::Test::PdfSamples
