// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdflayout.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace Ratsmappe::Demo::Pdf {

std::string money(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? static_cast<quint64>(-cents) : static_cast<quint64>(cents);
    std::string euros = std::to_string(abs / 100);
    for (int i = static_cast<int>(euros.size()) - 3; i > 0; i -= 3)
        euros.insert(static_cast<std::size_t>(i), 1, '.');
    const quint64 rest = abs % 100;
    std::string out = negative ? "-" : "";
    out += euros + ',' + static_cast<char>('0' + rest / 10) + static_cast<char>('0' + rest % 10) + " \x80";
    return out;
}

// --- Layout ---

bool Layout::place(const Block &block)
{
    if (m_full || block.rows.empty())
        return false;
    struct Pos
    {
        int page;
        double y;
    };
    std::vector<Pos> positions;
    std::vector<Pos> headers;
    int page = m_page;
    double y = m_y;
    if (y < top(page) - 0.01)
        y -= block.spaceBefore;
    for (std::size_t i = 0; i < block.rows.size(); ++i) {
        double need = block.rows[i].height;
        if (block.rows[i].keepWithNext && i + 1 < block.rows.size())
            need += block.rows[i + 1].height;
        if (y - need < kBottom && y < top(page) - 0.01) {
            ++page;
            if (page >= m_limit) {
                // Only a block that cannot fit on the last page ends the document.
                if (m_page == m_limit - 1 || ++m_rejected > 50)
                    m_full = true;
                return false;
            }
            y = top(page);
            if (block.repeatHeader && i > 0) {
                headers.push_back({page, y});
                y -= block.repeatHeader->height;
            }
        }
        positions.push_back({page, y});
        y -= block.rows[i].height;
    }
    if (!block.outlineTitle.empty())
        m_outline.push_back({block.outlineTitle, block.outlineLevel, positions[0].page, positions[0].y + 4});
    for (std::size_t i = 0; i < positions.size(); ++i)
        block.rows[i].draw(canvas(positions[i].page), positions[i].y);
    for (const Pos &h : headers)
        block.repeatHeader->draw(canvas(h.page), h.y);
    m_page = page;
    m_y = y;
    return true;
}

void Layout::newPage()
{
    if (m_y >= top(m_page) - 0.01 || m_page + 1 >= m_limit)
        return;
    ++m_page;
    m_y = top(m_page);
    canvas(m_page);
}

Canvas &Layout::canvas(int page)
{
    while (static_cast<int>(m_pages.size()) <= page)
        m_pages.emplace_back();
    return m_pages[static_cast<std::size_t>(page)];
}

// --- Blocks ---

Block paragraphBlock(const std::string &text, bool bold, double size)
{
    Block b;
    const double leading = size * 1.38;
    for (auto &l : wrap(text, bold, size, kTextWidth)) {
        b.rows.push_back({leading, [l, bold, size](Canvas &c, double top) {
                              c.text(kLeft, top - size, bold, size, l);
                          }});
    }
    return b;
}

Block headingBlock(const std::string &text, int level, bool outline)
{
    const double size = level == 0 ? 13 : 11;
    Block b = paragraphBlock(text, true, size);
    b.spaceBefore = level == 0 ? 14 : 9;
    for (auto &r : b.rows)
        r.keepWithNext = true;
    b.rows.back().height += 3;
    if (outline) {
        b.outlineTitle = text;
        b.outlineLevel = level;
    }
    return b;
}

Block withHeading(Block heading, Block body)
{
    for (std::size_t i = 0; i + 1 < body.rows.size() && i < 1; ++i)
        body.rows[i].keepWithNext = true;
    for (auto &r : body.rows)
        heading.rows.push_back(std::move(r));
    heading.repeatHeader = body.repeatHeader;
    return heading;
}

Block tableBlock(const std::vector<Column> &columns,
                 const std::vector<std::vector<std::string>> &rows,
                 double size)
{
    const double height = size * 1.75;
    double total = 0;
    for (const auto &c : columns)
        total += c.width;
    auto drawCells =
        [columns, size, height, total](Canvas &c, double top, std::vector<std::string> cells, bool bold) {
            double x = kLeft;
            for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
                const Column &col = columns[i];
                const std::string s = fit(cells[i], bold, size, col.width - 6);
                const double baseline = top - height + size * 0.55;
                if (col.right)
                    c.textRight(x + col.width - 3, baseline, bold, size, s);
                else
                    c.text(x + 3, baseline, bold, size, s);
                x += col.width;
            }
            c.line(kLeft, top - height, kLeft + total, top - height, bold ? 0.8 : 0.3, bold ? 0 : 0.55);
        };
    Block b;
    std::vector<std::string> titles;
    for (const auto &c : columns)
        titles.push_back(c.title);
    auto header =
        std::make_shared<Row>(Row{height + 1, [drawCells, titles, height, total](Canvas &c, double top) {
                                      c.fill(kLeft, top - height, total, height, 0.88);
                                      c.line(kLeft, top, kLeft + total, top, 0.8);
                                      drawCells(c, top, titles, true);
                                  }});
    b.rows.push_back(*header);
    b.rows.front().keepWithNext = true;
    for (const auto &cells : rows) {
        const bool bold = !cells.empty() && !cells[0].empty() && cells[0][0] == '*';
        std::vector<std::string> shown = cells;
        if (bold)
            shown[0].erase(0, 1);
        b.rows.push_back({height, [drawCells, shown, bold](Canvas &c, double top) {
                              drawCells(c, top, shown, bold);
                          }});
    }
    b.repeatHeader = header;
    b.spaceBefore = 8;
    return b;
}

Block metadataBlock(const std::vector<std::pair<std::string, std::string>> &items)
{
    Block b;
    b.spaceBefore = 10;
    b.rows.push_back({4, [](Canvas &c, double top) {
                          c.line(kLeft, top, kRight, top, 0.6);
                      }});
    for (const auto &[label, value] : items) {
        b.rows.push_back({14, [label, value](Canvas &c, double top) {
                              c.text(kLeft, top - 10, true, 9, label);
                              c.text(kLeft + 120, top - 10, false, 9, fit(value, false, 9, kTextWidth - 120));
                          }});
    }
    b.rows.push_back({6, [](Canvas &c, double top) {
                          c.line(kLeft, top - 3, kRight, top - 3, 0.6);
                      }});
    return b;
}

} // namespace Ratsmappe::Demo::Pdf
