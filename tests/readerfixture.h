// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"
#include "demopdf.h"
#include "documentsession.h"
#include "documentstore.h"
#include "objectstore.h"
#include "pdfdocument.h"
#include "testutil.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QBuffer>
#include <QImage>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Ratsmappe::Test {

/// Every item named \a name below \a item in the visual tree (the window tests find their
/// parts by objectName; the shipped QML never does).
inline void collectItems(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (item->objectName() == name) {
        out.append(item);
    }
    for (QQuickItem *child : item->childItems()) {
        collectItems(child, name, out);
    }
}

inline QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> items;
    collectItems(root, name, items);
    return items;
}

/// The first item named \a name below \a root, else nullptr.
inline QQuickItem *itemNamed(QQuickItem *root, const QString &name)
{
    const QList<QQuickItem *> items = itemsNamed(root, name);
    return items.isEmpty() ? nullptr : items.first();
}

/// \a pdf with two links on its first page: one to its last page, one to an address outside.
inline QByteArray withLinks(const QByteArray &pdf)
{
    QPDF doc;
    doc.processMemoryFile("links.pdf", pdf.constData(), static_cast<size_t>(pdf.size()));
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(doc).getAllPages();
    QPDFObjectHandle toLast =
        QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Rect [72 700 272 720] /Border [0 0 0] >>");
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages.back().getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/Fit"));
    toLast.replaceKey("/Dest", dest);
    QPDFObjectHandle web =
        QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Rect [72 600 272 620] /A << /S /URI "
                                "/URI (https://www.example.de/ratsinfo) >> >>");
    QPDFObjectHandle annots = QPDFObjectHandle::newArray();
    annots.appendItem(doc.makeIndirectObject(toLast));
    annots.appendItem(doc.makeIndirectObject(web));
    QPDFObjectHandle first = pages.front().getObjectHandle();
    first.replaceKey("/Annots", annots);
    QPDFWriter writer(doc);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

/// A generated council PDF of \a pages pages titled "\a title 2026", which heads every page.
inline QByteArray councilPdf(const QString &title, int pages, quint64 seed)
{
    Demo::PdfSpec spec;
    spec.title = title + QStringLiteral(" 2026");
    spec.subtitle = QStringLiteral("Stadt Wiesenfeld");
    spec.seed = seed;
    spec.pages = pages;
    return Demo::writePdf(spec);
}

/// The reader's test documents in a real encrypted cache, opened by a CacheController as the
/// window opens it: a generated council PDF (the demo's, so real text, an outline and a
/// title on every page), and a photo. Documents stored here are marked as checked, so
/// sessions open them without the helper process.
struct ReaderFixture
{
    static constexpr int Pages = 9;
    const QString fileId = QStringLiteral("https://ris.example/file/1");
    const QString imageId = QStringLiteral("https://ris.example/file/2");

    QTemporaryDir tmp;
    std::unique_ptr<CacheController> controller;
    qint64 version = 0; // of fileId

    /// The folder of the cache.
    QString cacheDir() const { return tmp.filePath(QStringLiteral("c")); }

    /// Creates the cache with both documents and opens it. Returns false (with a QtTest
    /// failure) when that did not work.
    bool setUp()
    {
        {
            auto cache = createCache(cacheDir());
            Demo::PdfSpec spec;
            spec.title = QStringLiteral("Haushaltsplanentwurf 2026");
            spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Kämmerei");
            spec.seed = 7;
            spec.pages = Pages;
            version = storeDocument(*cache, fileId, Demo::writePdf(spec));
            storeImage(*cache);
        }
        const SecretBytes secret = passphrase();
        qputenv("RATSMAPPE_PASSWORD", secret.bytes());
        controller = std::make_unique<CacheController>();
        controller->start(cacheDir());
        [this] {
            QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        }();
        if (QTest::currentTestFailed()) {
            return false;
        }
        // The first-open check runs in a helper process; this document is our own.
        controller->documentCheck()->markVerified(version);
        return true;
    }

    /// Stores \a bytes as the PDF of \a id, checked; returns the version.
    qint64 store(const QString &id, const QByteArray &bytes)
    {
        const qint64 stored = storeDocument(*controller->cache(), id, bytes);
        controller->documentCheck()->markVerified(stored);
        return stored;
    }

    /// A session on \a id, ready to show pages (null, with a QtTest failure, when it did not
    /// get there).
    std::unique_ptr<DocumentSession> open(const QString &id)
    {
        auto session = std::make_unique<DocumentSession>();
        session->setCacheController(controller.get());
        session->setFileId(id);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        }();
        if (QTest::currentTestFailed()) {
            return nullptr;
        }
        return session;
    }

    /// A version as the reader's workers open it.
    std::unique_ptr<PdfDocument> source(qint64 versionId) const
    {
        QString error;
        auto doc = PdfDocument::open(DocumentStore(controller->cache()->database()).open(versionId), &error);
        if (!doc) {
            qWarning("%s", qPrintable(error));
        }
        return doc;
    }

private:
    void storeImage(Cache &cache)
    {
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        photo.save(&out, "PNG");
        ObjectStore(cache.database())
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), imageId}}, QDateTime::currentDateTimeUtc());
        Transaction imageTx(cache.database());
        DocumentWriter image(cache.database(), imageId, QStringLiteral("image/png"));
        image.write(png);
        image.finish(DocumentKind::Image);
        imageTx.commit();
    }
};

} // namespace Ratsmappe::Test
