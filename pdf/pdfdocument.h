// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QIODevice;

namespace Poppler {
class Document;
}

namespace Ratsmappe {

/// A word on a page and where it is, in PDF points of the unrotated page (origin top left).
struct PdfWord
{
    QString text;
    QRectF box;
};

/// A link on a page: to another page of the document, or to an address outside it.
struct PdfLink
{
    QRectF box; ///< points of the unrotated page
    int page = -1; ///< from 0, for links inside the document
    QString url; ///< for links to the outside
};

/// One entry of a document's outline (bookmarks).
struct PdfOutlineEntry
{
    QString title;
    int page = -1; ///< from 0; -1 when the entry points nowhere in this document
    int level = 0;
};

/// A PDF opened with Poppler in this process. Not thread-safe (Poppler is not): one instance
/// per thread. Pages count from 0 here; the command line and the UI show them from 1. Open
/// untrusted bytes the first time through IsolatedPdf instead, where a Poppler crash cannot
/// take the app down.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PdfDocument)
public:
    /// Why a document cannot be opened; travels from the helper process as its exit code.
    enum class Problem { None, Unreadable, Password, NoPages, NoSuchPage, NotRendered };
    /// One line for the member, in their language.
    static QString describe(Problem problem, int page = -1);

    ~PdfDocument();

    /// Reads through \a device (the cache's decrypting, seekable device); it stays open for the
    /// document's life, so only the chunks Poppler asks for are decrypted.
    static std::unique_ptr<PdfDocument>
    open(std::unique_ptr<QIODevice> device, QString *error, Problem *problem = nullptr);
    /// From bytes in memory.
    static std::unique_ptr<PdfDocument>
    fromData(const QByteArray &bytes, QString *error, Problem *problem = nullptr);

    /// Whether render() and renderArea() leave out the document's own annotations (its form
    /// fields are still drawn). On when the cache holds those annotations as the member's own
    /// (AnnotationStore::hasEmbedded): the reader's overlay draws them, Poppler must not again.
    void setAnnotationsHidden(bool hidden);
    bool annotationsHidden() const;

    int pageCount() const;
    /// In points, unrotated.
    QSizeF pageSize(int page) const;
    QString pageLabel(int page) const;
    /// \a rotation in degrees clockwise (0, 90, 180, 270); the image is dpi × dpr pixels per
    /// inch and carries \a devicePixelRatio.
    QImage render(int page, double dpi, int rotation = 0, qreal devicePixelRatio = 1.0) const;
    /// Just the rectangle \a area (in points of the unrotated page) at \a dpi, for tiles at high
    /// zoom; a tile re-reads the whole page, so use it only when whole pages get too large.
    QImage renderArea(int page, double dpi, const QRectF &area) const;
    QString text(int page) const;
    QList<PdfWord> words(int page) const;
    /// The text under \a area (points), in reading order: a selection for copying.
    QString textIn(int page, const QRectF &area) const;
    /// Where \a needle occurs on the page (case-insensitive), in points.
    QList<QRectF> find(int page, const QString &needle) const;
    QList<PdfOutlineEntry> outline() const;
    /// The page's links that lead somewhere: to a page of this document, or to a URL.
    QList<PdfLink> links(int page) const;

private:
    PdfDocument() = default;
    static std::unique_ptr<PdfDocument>
    adopt(std::unique_ptr<Poppler::Document> doc, QString *error, Problem *problem);

    std::unique_ptr<QIODevice> m_device; // outlives m_doc (declared first, destroyed last)
    std::unique_ptr<Poppler::Document> m_doc;
};

} // namespace Ratsmappe
