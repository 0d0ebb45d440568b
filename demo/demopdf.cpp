// SPDX-License-Identifier: GPL-2.0-or-later
// A demo PDF put together with libqpdf: the text pages of its kind's writer, the scanned annex
// pages, running heads and footers, bookmarks, page labels and the document information.
#include "demopdf.h"
#include "pdfkinds.h"
#include "pdflayout.h"
#include "pdfscan.h"
#include "pdftext.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ratsmappe::Demo {
namespace {

using namespace Pdf;

std::unique_ptr<DocumentWriter> writerFor(const PdfSpec &spec, int textPages)
{
    switch (spec.style) {
    case PdfSpec::Style::Budget:
        return std::make_unique<BudgetWriter>(spec, textPages);
    case PdfSpec::Style::Protocol:
        return std::make_unique<ProtocolWriter>(spec, textPages);
    case PdfSpec::Style::Invitation:
        return std::make_unique<InvitationWriter>(spec, textPages);
    case PdfSpec::Style::Vorlage:
        break;
    }
    return std::make_unique<VorlageWriter>(spec, textPages);
}

// --- Assembling the PDF ---

QPDFObjectHandle name(const char *n)
{
    return QPDFObjectHandle::newName(n);
}

void addOutline(QPDF &pdf,
                const std::vector<OutlineEntry> &entries,
                const std::vector<QPDFObjectHandle> &pages)
{
    if (entries.empty())
        return;
    struct Node
    {
        QPDFObjectHandle dict;
        std::vector<std::size_t> children;
    };
    auto root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", name("/Outlines"));
    std::vector<Node> nodes;
    std::vector<std::size_t> top;
    std::vector<std::size_t> stack; // last node per level
    for (const OutlineEntry &e : entries) {
        auto dict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        dict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(fromWinAnsi(e.title).toStdString()));
        dict.replaceKey("/Dest",
                        QPDFObjectHandle::newArray({pages[static_cast<std::size_t>(e.page)],
                                                    name("/XYZ"),
                                                    QPDFObjectHandle::newNull(),
                                                    QPDFObjectHandle::newReal(e.y, 1),
                                                    QPDFObjectHandle::newNull()}));
        nodes.push_back({dict, {}});
        const std::size_t index = nodes.size() - 1;
        const std::size_t level = std::min<std::size_t>(static_cast<std::size_t>(e.level), stack.size());
        stack.resize(level);
        if (level == 0)
            top.push_back(index);
        else
            nodes[stack.back()].children.push_back(index);
        stack.push_back(index);
    }
    std::function<void(QPDFObjectHandle, const std::vector<std::size_t> &, bool)> link =
        [&](QPDFObjectHandle parent, const std::vector<std::size_t> &kids, bool openKids) {
            if (kids.empty())
                return;
            for (std::size_t i = 0; i < kids.size(); ++i) {
                auto &d = nodes[kids[i]].dict;
                d.replaceKey("/Parent", parent);
                if (i > 0)
                    d.replaceKey("/Prev", nodes[kids[i - 1]].dict);
                if (i + 1 < kids.size())
                    d.replaceKey("/Next", nodes[kids[i + 1]].dict);
                link(d, nodes[kids[i]].children, false);
            }
            parent.replaceKey("/First", nodes[kids.front()].dict);
            parent.replaceKey("/Last", nodes[kids.back()].dict);
            const auto count = static_cast<long long>(kids.size());
            parent.replaceKey("/Count", QPDFObjectHandle::newInteger(openKids ? count : -count));
        };
    link(root, top, true);
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", name("/UseOutlines"));
}

} // namespace

QByteArray writePdf(const PdfSpec &spec)
{
    const int total = std::max(1, spec.pages);
    const int scans = std::clamp(spec.scanPages, 0, total - 1);
    const int textPages = total - scans;

    const std::unique_ptr<DocumentWriter> writer = writerFor(spec, textPages);
    writer->write();
    Layout &layout = writer->layout();
    layout.canvas(textPages - 1); // pages the content did not reach stay empty but exist

    QPDF pdf;
    pdf.emptyPDF();
    auto font = [&pdf](const char *base) {
        auto f = QPDFObjectHandle::newDictionary();
        f.replaceKey("/Type", name("/Font"));
        f.replaceKey("/Subtype", name("/Type1"));
        f.replaceKey("/BaseFont", name(base));
        f.replaceKey("/Encoding", name("/WinAnsiEncoding"));
        return pdf.makeIndirectObject(f);
    };
    auto fonts = QPDFObjectHandle::newDictionary();
    fonts.replaceKey("/F1", font("/Helvetica"));
    fonts.replaceKey("/F2", font("/Helvetica-Bold"));
    auto textResources = QPDFObjectHandle::newDictionary();
    textResources.replaceKey("/Font", fonts);
    textResources = pdf.makeIndirectObject(textResources);

    const std::string running = fit(winAnsi(spec.title), false, 8, kTextWidth);
    auto decorate = [&](Canvas &c, int page) {
        if (page > 0) {
            c.text(kLeft, 808, false, 8, running);
            c.line(kLeft, 802, kRight, 802, 0.4, 0.4);
        }
        c.line(kLeft, 44, kRight, 44, 0.4, 0.4);
        const std::string footer = "Seite " + std::to_string(page + 1) + " von " + std::to_string(total);
        c.textCentered(32, false, 8, footer);
    };
    auto mediaBox = QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(0, 0, kPageWidth, kPageHeight));

    QPDFPageDocumentHelper helper(pdf);
    std::vector<QPDFObjectHandle> pageObjects;
    auto addPage = [&](const std::string &ops, QPDFObjectHandle resources) {
        auto page = QPDFObjectHandle::newDictionary();
        page.replaceKey("/Type", name("/Page"));
        page.replaceKey("/MediaBox", mediaBox);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", pdf.newStream(ops));
        page = pdf.makeIndirectObject(page);
        helper.addPage(QPDFPageObjectHelper(page), false);
        pageObjects.push_back(page);
    };
    for (int i = 0; i < textPages; ++i) {
        Canvas &c = layout.pages()[static_cast<std::size_t>(i)];
        decorate(c, i);
        addPage(c.ops(), textResources);
    }

    Rng scanRng(spec.seed * 0x2545f4914f6cdd1dULL + 0x5ca9);
    for (int i = 0; i < scans; ++i) {
        auto image = pdf.newStream(scanImage(scanRng));
        auto dict = image.getDict();
        dict.replaceKey("/Type", name("/XObject"));
        dict.replaceKey("/Subtype", name("/Image"));
        dict.replaceKey("/Width", QPDFObjectHandle::newInteger(kScanWidth));
        dict.replaceKey("/Height", QPDFObjectHandle::newInteger(kScanHeight));
        dict.replaceKey("/ColorSpace", name("/DeviceGray"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        auto xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im1", image);
        auto resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
        resources.replaceKey("/XObject", xobjects);
        Canvas c;
        c.raw("q 595 0 0 842 0 0 cm /Im1 Do Q\n");
        c.fill(kPageWidth / 2 - 45, 26, 90, 16, 1);
        const int page = textPages + i;
        const std::string footer = "Seite " + std::to_string(page + 1) + " von " + std::to_string(total);
        c.textCentered(32, false, 8, footer);
        addPage(c.ops(), resources);
    }

    // Bookmarks: the sections, then the scanned annex.
    std::vector<OutlineEntry> outline = layout.outline();
    if (scans > 0)
        outline.push_back({winAnsi(u"Anlage (Scan)"), 0, textPages, kPageHeight});
    if (spec.style == PdfSpec::Style::Vorlage || spec.style == PdfSpec::Style::Budget)
        addOutline(pdf, outline, pageObjects);

    // Page labels: roman numerals for the budget's front matter, then the physical page number.
    if (spec.style == PdfSpec::Style::Budget && writer->frontMatterPages() > 0 &&
        textPages > writer->frontMatterPages()) {
        auto roman = QPDFObjectHandle::newDictionary();
        roman.replaceKey("/S", name("/r"));
        auto decimal = QPDFObjectHandle::newDictionary();
        decimal.replaceKey("/S", name("/D"));
        decimal.replaceKey("/St", QPDFObjectHandle::newInteger(writer->frontMatterPages() + 1));
        auto labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey(
            "/Nums",
            QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0),
                                        roman,
                                        QPDFObjectHandle::newInteger(writer->frontMatterPages()),
                                        decimal}));
        pdf.getRoot().replaceKey("/PageLabels", labels);
    }

    auto info = QPDFObjectHandle::newDictionary();
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(spec.title.toStdString()));
    if (!spec.subtitle.isEmpty())
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(spec.subtitle.toStdString()));
    info.replaceKey("/Creator", QPDFObjectHandle::newString("Ratsmappe demo city"));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setCompressStreams(true);
    w.setObjectStreamMode(qpdf_o_generate);
    w.write();
    const auto buffer = w.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      static_cast<qsizetype>(buffer->getSize()));
}

} // namespace Ratsmappe::Demo
