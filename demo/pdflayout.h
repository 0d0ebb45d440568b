// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Text layout for the demo PDFs: Windows-1252 text in the standard Helvetica fonts, page
// content streams, and blocks (paragraphs, headings, ruled tables) placed on A4 pages.

#include "pdfcanvas.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ratsmappe::Demo::Pdf {

// --- Text (core/pdfcanvas.h) ---

using PdfCanvas::ansi;
using PdfCanvas::appendNumber;
using PdfCanvas::appendPdfString;
using PdfCanvas::Canvas;
using PdfCanvas::fit;
using PdfCanvas::fromWinAnsi;
using PdfCanvas::textWidth;
using PdfCanvas::winAnsi;
using PdfCanvas::wrap;
/// German money: 1.234.567,00 € (as Windows-1252 bytes).
std::string money(qint64 cents);

// --- Page geometry (points, A4) and drawing ---

constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;
constexpr double kLeft = 70;
constexpr double kRight = 525;
constexpr double kTextWidth = kRight - kLeft;
constexpr double kFirstTop = 785;
constexpr double kTop = 770;
constexpr double kBottom = 62;

/// An unbreakable unit of a page: a line of text, a table row. Drawn with its top edge at y.
struct Row
{
    double height = 0;
    std::function<void(Canvas &, double top)> draw;
    bool keepWithNext = false;
};

struct Block
{
    std::vector<Row> rows;
    double spaceBefore = 6;
    std::shared_ptr<Row> repeatHeader; // drawn again at the top of each continuation page
    std::string outlineTitle; // Windows-1252; empty: no bookmark
    int outlineLevel = 0;
};

struct OutlineEntry
{
    std::string title;
    int level = 0;
    int page = 0;
    double y = 0;
};

/// Places blocks on at most pageLimit pages. On the last page a block is placed whole or not
/// at all, so a document never ends in the middle of a paragraph or table.
class Layout
{
public:
    explicit Layout(int pageLimit)
        : m_limit(pageLimit)
        , m_pages(1)
    { }

    bool full() const { return m_full; }
    int page() const { return m_page; }
    int limit() const { return m_limit; }
    std::vector<Canvas> &pages() { return m_pages; }
    const std::vector<OutlineEntry> &outline() const { return m_outline; }

    static double top(int page) { return page == 0 ? kFirstTop : kTop; }

    /// Places the block, or returns false when it does not fit in the pages left.
    bool place(const Block &block);
    /// Continues on a fresh page unless this one is still empty or it is the last.
    void newPage();
    Canvas &canvas(int page);

private:
    int m_limit;
    int m_page = 0;
    double m_y = kFirstTop;
    bool m_full = false;
    int m_rejected = 0;
    std::vector<Canvas> m_pages;
    std::vector<OutlineEntry> m_outline;
};

// --- Blocks ---

Block paragraphBlock(const std::string &text, bool bold = false, double size = 10);
/// A bold heading (level 0 or 1) that stays with what follows; a bookmark unless !outline.
Block headingBlock(const std::string &text, int level, bool outline = true);
/// Glues a heading to the first rows of the block after it.
Block withHeading(Block heading, Block body);

struct Column
{
    std::string title;
    double width;
    bool right;
};

/// A ruled table with a grey header row repeated on continuation pages; rows whose first
/// cell starts with '*' are drawn bold (the '*' removed).
Block tableBlock(const std::vector<Column> &columns,
                 const std::vector<std::vector<std::string>> &rows,
                 double size = 8.5);
/// Label/value lines, labels bold, between two rules.
Block metadataBlock(const std::vector<std::pair<std::string, std::string>> &items);

} // namespace Ratsmappe::Demo::Pdf
