// SPDX-License-Identifier: GPL-2.0-or-later
#include "pagestamp.h"

#include "pdfcanvas.h"

#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <array>

namespace Ratsmappe::Packets {

namespace {

using PdfCanvas::appendNumber;
using PdfCanvas::appendPdfString;
using PdfCanvas::fit;
using PdfCanvas::textWidth;
using PdfCanvas::winAnsi;

constexpr const char *FontName = "/RatsmappeStampFont";
constexpr const char *StateName = "/RatsmappeStampState";
constexpr double FontSize = 8;
constexpr double Margin = 14;

struct Box
{
    double x0, y0, x1, y1;
};

Box boxOf(QPDFObjectHandle array)
{
    const QPDFObjectHandle::Rectangle r = array.getArrayAsRectangle();
    return {std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx), std::max(r.lly, r.ury)};
}

QPDFObjectHandle rectangle(const Box &b)
{
    return QPDFObjectHandle::newFromRectangle({b.x0, b.y0, b.x1, b.y1});
}

std::string number(double v)
{
    std::string s;
    appendNumber(s, v);
    return s;
}

/// The text matrix that writes left to right along the displayed bottom edge, for a page shown
/// turned by \a rotate degrees clockwise, and the band's rectangle.
struct Band
{
    Box extended; ///< the page's new box
    std::array<double, 6> matrix; ///< text space → page space, origin at the band's left baseline
    double length; ///< the band's length along the text
};

Band bandFor(const Box &b, int rotate)
{
    const double h = BandHeight;
    const double base = 5.5; // the baseline's distance from the band's outer edge
    switch (rotate) {
    case 90: // shown bottom: the unrotated right edge; text runs up the page
        return {{b.x0, b.y0, b.x1 + h, b.y1}, {0, 1, -1, 0, b.x1 + h - base, b.y0}, b.y1 - b.y0};
    case 180:
        return {{b.x0, b.y0, b.x1, b.y1 + h}, {-1, 0, 0, -1, b.x1, b.y1 + h - base}, b.x1 - b.x0};
    case 270:
        return {{b.x0 - h, b.y0, b.x1, b.y1}, {0, -1, 1, 0, b.x0 - h + base, b.y1}, b.y1 - b.y0};
    default:
        return {{b.x0, b.y0 - h, b.x1, b.y1}, {1, 0, 0, 1, b.x0, b.y0 - h + base}, b.x1 - b.x0};
    }
}

std::string text(double x, double size, const std::string &s)
{
    std::string ops = "BT ";
    ops += FontName;
    ops += ' ' + number(size) + " Tf " + number(x) + " 0 Td ";
    appendPdfString(ops, s);
    ops += " Tj ET\n";
    return ops;
}

std::string stampOps(const Band &band, const PageStamp &stamp)
{
    std::string ops = "q ";
    for (const double v : band.matrix) {
        ops += number(v) + ' ';
    }
    ops += "cm\n";
    const double width = band.length;
    const std::string right = winAnsi(stamp.right);
    const double rightWidth = textWidth(right, false, FontSize);
    double x = Margin;
    if (stamp.nonPublic) {
        const std::string np = winAnsi(QStringLiteral("nichtöffentlich · "));
        ops += "0.75 0 0 rg " + text(x, FontSize, np) + "0 g\n";
        x += textWidth(np, false, FontSize);
    }
    std::string left = winAnsi(stamp.left);
    if (!stamp.replaced.isEmpty()) {
        const std::string replaced = winAnsi(QString(QStringLiteral(" · ") + stamp.replaced));
        left = fit(left,
                   false,
                   FontSize,
                   std::max(20.0,
                            width - 2 * Margin - rightWidth - 12 - (x - Margin) -
                                textWidth(replaced, false, FontSize))) +
            replaced;
    }
    left = fit(left, false, FontSize, std::max(20.0, width - 2 * Margin - rightWidth - 12 - (x - Margin)));
    ops += "0.25 g " + text(x, FontSize, left);
    ops += text(width - Margin - rightWidth, FontSize, right);
    ops += "Q\n";
    return ops;
}

QPDFObjectHandle ensureDictionary(QPDFObjectHandle parent, const char *key)
{
    QPDFObjectHandle d = parent.getKey(key);
    if (!d.isDictionary()) {
        d = QPDFObjectHandle::newDictionary();
        parent.replaceKey(key, d);
    }
    return d;
}

} // namespace

void stampPage(QPDF &pdf, QPDFObjectHandle page, const PageStamp &stamp, QPDFObjectHandle font)
{
    QPDFObjectHandle media = page.getKey("/MediaBox");
    Box box = media.isRectangle() ? boxOf(media) : Box{0, 0, 595, 842};
    QPDFObjectHandle crop = page.getKey("/CropBox");
    if (crop.isRectangle()) {
        // What shows is the crop box inside the media box.
        const Box c = boxOf(crop);
        box = {
            std::max(box.x0, c.x0), std::max(box.y0, c.y0), std::min(box.x1, c.x1), std::min(box.y1, c.y1)};
        if (box.x1 <= box.x0 || box.y1 <= box.y0) {
            box = boxOf(media.isRectangle() ? media : rectangle({0, 0, 595, 842}));
        }
    }
    int rotate = 0;
    if (const QPDFObjectHandle r = page.getKey("/Rotate"); r.isInteger()) {
        rotate = int(((r.getIntValue() % 360) + 360) % 360);
    }
    const Band band = bandFor(box, rotate);
    page.replaceKey("/MediaBox", rectangle(band.extended));
    page.replaceKey("/CropBox", rectangle(band.extended));
    // Bleed, trim and art boxes would cut the band off in viewers that honour them.
    for (const char *key : {"/BleedBox", "/TrimBox", "/ArtBox"}) {
        page.removeKey(key);
    }

    QPDFObjectHandle resources = page.getKey("/Resources");
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.replaceKey("/Resources", resources);
    } else if (resources.isIndirect()) {
        // Shared with other pages of the source: a private copy keeps their resources as they were.
        resources = resources.shallowCopy();
        page.replaceKey("/Resources", resources);
    }
    QPDFObjectHandle fonts = ensureDictionary(resources, "/Font");
    if (fonts.isIndirect()) {
        fonts = fonts.shallowCopy();
        resources.replaceKey("/Font", fonts);
    }
    fonts.replaceKey(FontName, font);

    std::string before = "q " + number(box.x0) + ' ' + number(box.y0) + ' ' + number(box.x1 - box.x0) + ' ' +
        number(box.y1 - box.y0) + " re W n\n";
    std::string after = "\nQ\n";
    if (!stamp.watermark.isEmpty()) {
        QPDFObjectHandle states = ensureDictionary(resources, "/ExtGState");
        if (states.isIndirect()) {
            states = states.shallowCopy();
            resources.replaceKey("/ExtGState", states);
        }
        states.replaceKey(StateName, QPDFObjectHandle::parse(PdfCanvas::WatermarkState));
        after +=
            PdfCanvas::watermarkOps(box.x0, box.y0, box.x1, box.y1, stamp.watermark, FontName, StateName);
    }
    after += stampOps(band, stamp);
    QPDFPageObjectHelper helper(page);
    helper.addPageContents(QPDFObjectHandle::newStream(&pdf, before), true);
    helper.addPageContents(QPDFObjectHandle::newStream(&pdf, after), false);
}

} // namespace Ratsmappe::Packets
