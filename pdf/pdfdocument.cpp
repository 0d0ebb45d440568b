// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfdocument.h"

#include <poppler-link.h>
#include <poppler-qt6.h>

#include <QIODevice>

namespace Ratsmappe {

namespace {

Poppler::Page::Rotation popplerRotation(int degrees)
{
    switch (((degrees % 360) + 360) % 360) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

void collectOutline(const QList<Poppler::OutlineItem> &items, int level, QList<PdfOutlineEntry> &out)
{
    for (const Poppler::OutlineItem &item : items) {
        const auto destination = item.destination();
        out.append({item.name(), destination ? destination->pageNumber() - 1 : -1, level});
        if (item.hasChildren()) {
            collectOutline(item.children(), level + 1, out);
        }
    }
}

} // namespace

PdfDocument::~PdfDocument()
{
    m_doc.reset(); // before the device it reads from
}

QString PdfDocument::describe(Problem problem, int page)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Unreadable:
        return tr("This is not a readable PDF: it is damaged or not a PDF at all. Ask the council office "
                  "for another copy.");
    case Problem::Password:
        return tr("The PDF is protected with a password, which Ratsmappe cannot open. Ask the council "
                  "office for a copy without a password.");
    case Problem::NoPages:
        return tr("The PDF has no pages. Ask the council office for another copy.");
    case Problem::NoSuchPage:
        return tr("The document has no page %1. Choose a page the document has.").arg(page + 1);
    case Problem::NotRendered:
        return tr("Page %1 cannot be shown. Save the document for inspection and open it with another PDF "
                  "program, or ask the council office for another copy.")
            .arg(page + 1);
    }
    return {};
}

std::unique_ptr<PdfDocument>
PdfDocument::adopt(std::unique_ptr<Poppler::Document> doc, QString *error, Problem *problem)
{
    const Problem found = !doc ? Problem::Unreadable
        : doc->isLocked()      ? Problem::Password
        : doc->numPages() <= 0 ? Problem::NoPages
                               : Problem::None;
    if (problem) {
        *problem = found;
    }
    if (found != Problem::None) {
        *error = describe(found);
        return nullptr;
    }
    // Without hints Poppler renders jagged text and lines. Only these two: they are what
    // pdftoppm of the same Poppler uses, so a page looks as the reference renderer draws it.
    // Full FreeType hinting (TextHinting) and solid thin lines changed about a tenth of a text
    // page's inked pixels against pdftoppm's render and were the only difference left.
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<PdfDocument> result(new PdfDocument);
    result->m_doc = std::move(doc);
    return result;
}

std::unique_ptr<PdfDocument>
PdfDocument::open(std::unique_ptr<QIODevice> device, QString *error, Problem *problem)
{
    if (!device || !device->isOpen()) {
        *error = tr("The document cannot be read from the cache. Sync again to download it anew.");
        return nullptr;
    }
    auto doc = Poppler::Document::load(device.get());
    auto result = adopt(std::move(doc), error, problem);
    if (result) {
        result->m_device = std::move(device);
    }
    return result;
}

std::unique_ptr<PdfDocument> PdfDocument::fromData(const QByteArray &bytes, QString *error, Problem *problem)
{
    return adopt(Poppler::Document::loadFromData(bytes), error, problem);
}

void PdfDocument::setAnnotationsHidden(bool hidden)
{
    m_doc->setRenderHint(Poppler::Document::HideAnnotations, hidden);
}

bool PdfDocument::annotationsHidden() const
{
    return m_doc->renderHints().testFlag(Poppler::Document::HideAnnotations);
}

int PdfDocument::pageCount() const
{
    return m_doc->numPages();
}

QSizeF PdfDocument::pageSize(int page) const
{
    const auto p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QString PdfDocument::pageLabel(int page) const
{
    const auto p = m_doc->page(page);
    return p ? p->label() : QString();
}

QImage PdfDocument::render(int page, double dpi, int rotation, qreal devicePixelRatio) const
{
    const auto p = m_doc->page(page);
    if (!p) {
        return {};
    }
    const double res = dpi * devicePixelRatio;
    QImage image = p->renderToImage(res, res, -1, -1, -1, -1, popplerRotation(rotation));
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QImage PdfDocument::renderArea(int page, double dpi, const QRectF &area) const
{
    const auto p = m_doc->page(page);
    if (!p) {
        return {};
    }
    const double scale = dpi / 72.0;
    const QRect pixels = QRectF(area.topLeft() * scale, area.size() * scale).toAlignedRect();
    return p->renderToImage(dpi, dpi, pixels.x(), pixels.y(), pixels.width(), pixels.height());
}

QString PdfDocument::text(int page) const
{
    const auto p = m_doc->page(page);
    return p ? p->text(QRectF(), Poppler::Page::PhysicalLayout) : QString();
}

QList<PdfWord> PdfDocument::words(int page) const
{
    QList<PdfWord> result;
    const auto p = m_doc->page(page);
    if (!p) {
        return result;
    }
    for (const auto &box : p->textList()) {
        result.append({box->text(), box->boundingBox()});
    }
    return result;
}

QString PdfDocument::textIn(int page, const QRectF &area) const
{
    const auto p = m_doc->page(page);
    return p ? p->text(area) : QString();
}

QList<QRectF> PdfDocument::find(int page, const QString &needle) const
{
    const auto p = m_doc->page(page);
    return p && !needle.isEmpty() ? p->search(needle, Poppler::Page::IgnoreCase) : QList<QRectF>();
}

QList<PdfLink> PdfDocument::links(int page) const
{
    QList<PdfLink> result;
    const auto p = m_doc->page(page);
    if (!p) {
        return result;
    }
    const QSizeF size = p->pageSizeF();
    for (const auto &link : p->links()) {
        // Poppler gives the area normalised to the page (0..1), top left first.
        const QRectF area = link->linkArea().normalized();
        PdfLink out{QRectF(area.x() * size.width(),
                           area.y() * size.height(),
                           area.width() * size.width(),
                           area.height() * size.height()),
                    -1,
                    {}};
        if (link->linkType() == Poppler::Link::Goto) {
            const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
            if (go->isExternal()) {
                continue; // another file: nothing to open here
            }
            out.page = go->destination().pageNumber() - 1;
            if (out.page < 0 || out.page >= m_doc->numPages()) {
                continue;
            }
        } else if (link->linkType() == Poppler::Link::Browse) {
            out.url = static_cast<const Poppler::LinkBrowse *>(link.get())->url();
            if (out.url.isEmpty()) {
                continue;
            }
        } else {
            continue;
        }
        result.append(out);
    }
    return result;
}

QList<PdfOutlineEntry> PdfDocument::outline() const
{
    QList<PdfOutlineEntry> result;
    collectOutline(m_doc->outline(), 0, result);
    return result;
}

} // namespace Ratsmappe
