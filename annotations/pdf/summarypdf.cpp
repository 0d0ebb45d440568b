// SPDX-License-Identifier: GPL-2.0-or-later
#include "summarypdf.h"

#include "pdfcanvas.h"
#include "pipeframe.h"
#include "workerprotocol.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace Ratsmappe::AnnotationPdf {

namespace {

using namespace PdfCanvas;

constexpr double PageWidth = 595;
constexpr double PageHeight = 842;
constexpr double Left = 56;
constexpr double Right = PageWidth - 56;
constexpr double Top = PageHeight - 60;
constexpr double Bottom = 64;
constexpr double Indent = 16;

/// One set line: where and how.
struct Line
{
    std::string text;
    bool bold = false;
    double size = 10;
    double x = Left;
    double gray = 0;
    QColor swatch; ///< a square before the line
};

/// A block's lines and the space before it; lines of a block stay together only when it is a
/// heading (with the first lines of what follows).
struct Block
{
    std::vector<Line> lines;
    double before = 0;
    double leading = 13;
    bool keepWithNext = false;
};

Block blockOf(const QJsonObject &json)
{
    const QString kind = json.value(QLatin1String("kind")).toString();
    const std::string text = winAnsi(json.value(QLatin1String("text")).toString());
    Block block;
    Line style;
    if (kind == QLatin1String("heading")) {
        style.bold = true;
        style.size = 13;
        block.before = 16;
        block.leading = 16;
        block.keepWithNext = true;
    } else if (kind == QLatin1String("subheading")) {
        style.bold = true;
        style.size = 11;
        block.before = 10;
        block.leading = 14;
        block.keepWithNext = true;
    } else if (kind == QLatin1String("entry")) {
        style.size = 9;
        style.gray = 0.35;
        style.x = Left + Indent;
        block.before = 6;
        block.leading = 12;
        block.keepWithNext = true;
        style.swatch = QColor(json.value(QLatin1String("color")).toString());
    } else if (kind == QLatin1String("quote")) {
        style.x = Left + 2 * Indent;
        block.leading = 13;
    } else if (kind == QLatin1String("remark")) {
        style.size = 9;
        style.gray = 0.35;
        block.before = 8;
        block.leading = 12;
    } else {
        style.x = kind == QLatin1String("text") ? Left + Indent : Left;
        block.before = 2;
    }
    const double width = Right - style.x - (style.swatch.isValid() ? 14 : 0);
    // Each paragraph of the text wraps on its own: notes keep their line breaks.
    size_t from = 0;
    while (from <= text.size()) {
        const size_t end = std::min(text.find('\n', from), text.size());
        const std::string paragraph = text.substr(from, end - from);
        const auto wrapped = paragraph.empty() ? std::vector<std::string>{std::string()}
                                               : wrap(paragraph, style.bold, style.size, width);
        for (const std::string &piece : wrapped) {
            Line line = style;
            line.text = piece;
            if (!block.lines.empty()) {
                line.swatch = QColor();
            }
            block.lines.push_back(std::move(line));
        }
        from = end + 1;
    }
    return block;
}

struct PlacedLine
{
    Line line;
    double y = 0;
};

using Page = std::vector<PlacedLine>;

std::vector<Page> paginate(const std::vector<Block> &blocks, double firstTop)
{
    std::vector<Page> pages(1);
    double y = firstTop;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        // A heading needs its first line and two lines of what follows on the same page.
        double needed = block.before + block.leading;
        if (block.keepWithNext && i + 1 < blocks.size()) {
            needed += blocks[i + 1].before + 2 * blocks[i + 1].leading;
        }
        if (y - needed < Bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = Top;
        } else if (!pages.back().empty()) {
            y -= block.before;
        }
        for (const Line &line : block.lines) {
            if (y - block.leading < Bottom) {
                pages.emplace_back();
                y = Top;
            }
            y -= block.leading;
            pages.back().push_back({line, y});
        }
    }
    return pages;
}

std::string pageOps(const Page &page, const std::string &footer, const std::string &pageLabel)
{
    Canvas canvas;
    for (const PlacedLine &placed : page) {
        const Line &line = placed.line;
        double x = line.x;
        if (line.swatch.isValid()) {
            std::string ops;
            for (const double c : {line.swatch.redF(), line.swatch.greenF(), line.swatch.blueF()}) {
                appendNumber(ops, c);
                ops += ' ';
            }
            ops += "rg ";
            for (const double v : {x, placed.y - 1, 8.0, 8.0}) {
                appendNumber(ops, v);
                ops += ' ';
            }
            ops += "re f 0 g\n";
            canvas.raw(ops);
            x += 14;
        }
        if (line.gray > 0) {
            std::string ops;
            appendNumber(ops, line.gray);
            ops += " g\n";
            canvas.raw(ops);
        }
        canvas.text(x, placed.y, line.bold, line.size, line.text);
        if (line.gray > 0) {
            canvas.raw("0 g\n");
        }
    }
    canvas.line(Left, Bottom - 14, Right, Bottom - 14, 0.5, 0.6);
    canvas.raw("0.35 g\n");
    canvas.text(Left, Bottom - 28, false, 8, fit(footer, false, 8, (Right - Left) * 0.7));
    canvas.textRight(Right, Bottom - 28, false, 8, pageLabel);
    canvas.raw("0 g\n");
    return canvas.ops();
}

QString labelFor(const QString &pattern, int page, int pages)
{
    return pattern.contains(QLatin1String("%1")) ? QString(pattern).arg(page).arg(pages)
                                                 : QStringLiteral("%1 / %2").arg(page).arg(pages);
}

} // namespace

QByteArray writeSummary(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the summary is not JSON: %1").arg(parseError.errorString());
        return {};
    }
    std::vector<Block> blocks;
    Block title = blockOf({{QStringLiteral("kind"), QStringLiteral("heading")},
                           {QStringLiteral("text"), root.value(QLatin1String("title")).toString()}});
    for (Line &line : title.lines) {
        line.size = 16;
    }
    title.leading = 20;
    title.keepWithNext = false;
    blocks.push_back(std::move(title));
    const QString subtitle = root.value(QLatin1String("subtitle")).toString();
    if (!subtitle.isEmpty()) {
        Block block =
            blockOf({{QStringLiteral("kind"), QStringLiteral("remark")}, {QStringLiteral("text"), subtitle}});
        block.before = 4;
        blocks.push_back(std::move(block));
    }
    const QJsonArray items = root.value(QLatin1String("blocks")).toArray();
    for (const QJsonValue &item : items) {
        blocks.push_back(blockOf(item.toObject()));
    }
    const std::vector<Page> pages = paginate(blocks, Top);
    const std::string footer = winAnsi(root.value(QLatin1String("footer")).toString());
    const QString pattern = root.value(QLatin1String("pageLabel")).toString();
    try {
        QPDF pdf;
        pdf.emptyPDF();
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        for (const auto &[key, base] :
             {std::pair{"/F1", "/Helvetica"}, std::pair{"/F2", "/Helvetica-Bold"}}) {
            QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
            font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
            font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type1"));
            font.replaceKey("/BaseFont", QPDFObjectHandle::newName(base));
            font.replaceKey("/Encoding", QPDFObjectHandle::newName("/WinAnsiEncoding"));
            fonts.replaceKey(key, pdf.makeIndirectObject(font));
        }
        QPDFPageDocumentHelper document(pdf);
        const int count = int(pages.size());
        for (int i = 0; i < count; ++i) {
            const std::string label = winAnsi(labelFor(pattern, i + 1, count));
            QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
            page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            page.replaceKey("/MediaBox", QPDFObjectHandle::newFromRectangle({0, 0, PageWidth, PageHeight}));
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/Font", fonts);
            page.replaceKey("/Resources", resources);
            page.replaceKey("/Contents",
                            QPDFObjectHandle::newStream(&pdf, pageOps(pages[size_t(i)], footer, label)));
            document.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
        }
        const QString titleText = root.value(QLatin1String("title")).toString();
        QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(titleText.toStdString()));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Ratsmappe"));
        pdf.getTrailer().replaceKey("/Info", info);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.write();
        std::unique_ptr<Buffer> buffer(writer.getBuffer());
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return {};
    }
}

namespace Protocol {

int runSummary(QFile &in, std::FILE *out)
{
    const auto job = PipeFrame::readFrame(in, 64LL * 1024 * 1024);
    if (!job) {
        return fail(Failure::Internal, "the summary did not arrive whole");
    }
    QString error;
    const QByteArray pdf = writeSummary(*job, &error);
    if (pdf.isEmpty()) {
        return fail(Failure::WriteFailed, error.toUtf8().constData());
    }
    if (std::fwrite(pdf.constData(), 1, size_t(pdf.size()), out) != size_t(pdf.size()) ||
        std::fflush(out) != 0) {
        return fail(Failure::WriteFailed, "the summary could not be handed back");
    }
    return 0;
}

} // namespace Protocol

} // namespace Ratsmappe::AnnotationPdf
