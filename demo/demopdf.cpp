// SPDX-License-Identifier: GPL-2.0-or-later
#include "demopdf.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ratsmappe::Demo {
namespace {

// --- Randomness: splitmix64, the same numbers on every platform and library version ---

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// In [0, n); n > 0.
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    /// In [lo, hi].
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

// --- Text: Windows-1252 bytes, Helvetica metrics, PDF string syntax ---

std::string winAnsi(QStringView text)
{
    std::string out;
    out.reserve(static_cast<std::size_t>(text.size()));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xa0 && u <= 0xff)) {
            out += static_cast<char>(u);
            continue;
        }
        switch (u) {
        case u'€':
            out += '\x80';
            break;
        case u'‚':
            out += '\x82';
            break;
        case u'„':
            out += '\x84';
            break;
        case u'…':
            out += '\x85';
            break;
        case u'‘':
            out += '\x91';
            break;
        case u'’':
            out += '\x92';
            break;
        case u'“':
            out += '\x93';
            break;
        case u'”':
            out += '\x94';
            break;
        case u'•':
            out += '\x95';
            break;
        case u'–':
            out += '\x96';
            break;
        case u'—':
            out += '\x97';
            break;
        default:
            out += '?';
        }
    }
    return out;
}

QString fromWinAnsi(const std::string &bytes)
{
    static constexpr std::array<std::pair<char, char16_t>, 11> special = {{{'\x80', u'€'},
                                                                           {'\x82', u'‚'},
                                                                           {'\x84', u'„'},
                                                                           {'\x85', u'…'},
                                                                           {'\x91', u'‘'},
                                                                           {'\x92', u'’'},
                                                                           {'\x93', u'“'},
                                                                           {'\x94', u'”'},
                                                                           {'\x95', u'•'},
                                                                           {'\x96', u'–'},
                                                                           {'\x97', u'—'}}};
    QString out;
    out.reserve(static_cast<qsizetype>(bytes.size()));
    for (const char c : bytes) {
        const auto it =
            std::find_if(special.begin(), special.end(), [c](const auto &p) { return p.first == c; });
        out += it != special.end() ? QChar(it->second)
                                   : QChar(static_cast<char16_t>(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string ansi(const char *utf8)
{
    return winAnsi(QString::fromUtf8(utf8));
}

// Helvetica and Helvetica-Bold advance widths (AFM, 1/1000 em) for 32..126.
constexpr std::array<short, 95> kRegular = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
constexpr std::array<short, 95> kBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

int glyphWidth(unsigned char c, bool bold)
{
    const auto &table = bold ? kBold : kRegular;
    if (c >= 32 && c <= 126)
        return table[c - 32];
    switch (c) {
    case 0xe4:
        return glyphWidth('a', bold); // ä
    case 0xf6:
        return glyphWidth('o', bold); // ö
    case 0xfc:
        return glyphWidth('u', bold); // ü
    case 0xc4:
        return glyphWidth('A', bold); // Ä
    case 0xd6:
        return glyphWidth('O', bold); // Ö
    case 0xdc:
        return glyphWidth('U', bold); // Ü
    case 0xe9:
        return glyphWidth('e', bold); // é
    case 0xdf:
        return 611; // ß
    case 0x84: // „
    case 0x93: // “
    case 0x94:
        return bold ? 500 : 333; // ”
    case 0xb7:
        return 278; // ·
    case 0x96:
        return 556; // –
    case 0x97:
        return 1000; // —
    default:
        return 556; // € § and the rest: close enough
    }
}

double textWidth(const std::string &s, bool bold, double size)
{
    int units = 0;
    for (const char c : s)
        units += glyphWidth(static_cast<unsigned char>(c), bold);
    return units * size / 1000.0;
}

void appendPdfString(std::string &out, const std::string &s)
{
    out += '(';
    for (const char c : s) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    out += ')';
}

void appendNumber(std::string &out, double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
    std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
    while (s.back() == '0')
        s.remove_suffix(1);
    if (s.back() == '.')
        s.remove_suffix(1);
    out += s;
}

/// German money: 1.234.567,00 € (as Windows-1252 bytes).
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

std::vector<std::string> wrap(const std::string &text, bool bold, double size, double width)
{
    std::vector<std::string> lines;
    std::string line;
    double lineWidth = 0;
    const double space = glyphWidth(' ', bold) * size / 1000.0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(' ', pos);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty())
            continue;
        const double w = textWidth(word, bold, size);
        if (!line.empty() && lineWidth + space + w > width) {
            lines.push_back(std::move(line));
            line.clear();
            lineWidth = 0;
        }
        if (!line.empty()) {
            line += ' ';
            lineWidth += space;
        }
        line += word;
        lineWidth += w;
    }
    if (!line.empty())
        lines.push_back(std::move(line));
    return lines;
}

/// Cuts s so it fits width, ending in "…" when cut.
std::string fit(const std::string &s, bool bold, double size, double width)
{
    if (textWidth(s, bold, size) <= width)
        return s;
    std::string cut = s;
    while (!cut.empty() && textWidth(cut + '\x85', bold, size) > width)
        cut.pop_back();
    return cut + '\x85';
}

// --- Page geometry and drawing ---

constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;
constexpr double kLeft = 70;
constexpr double kRight = 525;
constexpr double kTextWidth = kRight - kLeft;
constexpr double kFirstTop = 785;
constexpr double kTop = 770;
constexpr double kBottom = 62;

class Canvas
{
public:
    void text(double x, double y, bool bold, double size, const std::string &s)
    {
        m_ops += "BT /";
        m_ops += bold ? "F2 " : "F1 ";
        appendNumber(m_ops, size);
        m_ops += " Tf ";
        appendNumber(m_ops, x);
        m_ops += ' ';
        appendNumber(m_ops, y);
        m_ops += " Td ";
        appendPdfString(m_ops, s);
        m_ops += " Tj ET\n";
    }
    void textRight(double right, double y, bool bold, double size, const std::string &s)
    {
        text(right - textWidth(s, bold, size), y, bold, size, s);
    }
    void textCentered(double y, bool bold, double size, const std::string &s)
    {
        text((kPageWidth - textWidth(s, bold, size)) / 2, y, bold, size, s);
    }
    void line(double x1, double y1, double x2, double y2, double width, double gray = 0)
    {
        appendNumber(m_ops, gray);
        m_ops += " G ";
        appendNumber(m_ops, width);
        m_ops += " w ";
        appendNumber(m_ops, x1);
        m_ops += ' ';
        appendNumber(m_ops, y1);
        m_ops += " m ";
        appendNumber(m_ops, x2);
        m_ops += ' ';
        appendNumber(m_ops, y2);
        m_ops += " l S\n";
    }
    void fill(double x, double y, double w, double h, double gray)
    {
        appendNumber(m_ops, gray);
        m_ops += " g ";
        for (const double v : {x, y, w, h}) {
            appendNumber(m_ops, v);
            m_ops += ' ';
        }
        m_ops += "re f 0 g\n";
    }
    void raw(const std::string &ops) { m_ops += ops; }
    const std::string &ops() const { return m_ops; }

private:
    std::string m_ops;
};

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

    bool place(const Block &block)
    {
        if (m_full || block.rows.empty())
            return false;
        struct Pos
        {
            int page;
            double y;
            bool header;
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
                    headers.push_back({page, y, true});
                    y -= block.repeatHeader->height;
                }
            }
            positions.push_back({page, y, false});
            y -= block.rows[i].height;
        }
        if (!block.outlineTitle.empty())
            m_outline.push_back(
                {block.outlineTitle, block.outlineLevel, positions[0].page, positions[0].y + 4});
        for (std::size_t i = 0; i < positions.size(); ++i)
            block.rows[i].draw(canvas(positions[i].page), positions[i].y);
        for (const Pos &h : headers)
            block.repeatHeader->draw(canvas(h.page), h.y);
        m_page = page;
        m_y = y;
        return true;
    }

    /// Continues on a fresh page unless this one is still empty or it is the last.
    void newPage()
    {
        if (m_y >= top(m_page) - 0.01 || m_page + 1 >= m_limit)
            return;
        ++m_page;
        m_y = top(m_page);
        canvas(m_page);
    }

    /// Room left on the current page.
    double room() const { return m_y - kBottom; }

    Canvas &canvas(int page)
    {
        while (static_cast<int>(m_pages.size()) <= page)
            m_pages.emplace_back();
        return m_pages[static_cast<std::size_t>(page)];
    }

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

Block paragraphBlock(const std::string &text, bool bold = false, double size = 10)
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

Block headingBlock(const std::string &text, int level, bool outline = true)
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

/// Glues a heading to the first rows of the block after it.
Block withHeading(Block heading, Block body)
{
    for (std::size_t i = 0; i + 1 < body.rows.size() && i < 1; ++i)
        body.rows[i].keepWithNext = true;
    for (auto &r : body.rows)
        heading.rows.push_back(std::move(r));
    heading.repeatHeader = body.repeatHeader;
    return heading;
}

struct Column
{
    std::string title;
    double width;
    bool right;
};

/// A ruled table; rows starting with '*' in the first cell are drawn bold (the '*' removed).
Block tableBlock(const std::vector<Column> &columns,
                 const std::vector<std::vector<std::string>> &rows,
                 double size = 8.5)
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

/// Label/value lines, labels bold, between two rules.
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

// --- German administrative text ---

constexpr std::array kOpeners = {
    "Im Rahmen der Haushaltskonsolidierung",
    "Nach eingehender Prüfung durch die Fachverwaltung",
    "Aufgrund der gestiegenen Baukosten",
    "Gemäß § 41 Abs. 1 GO NRW",
    "Vor dem Hintergrund des demografischen Wandels",
    "Entsprechend dem Beschluss des Rates vom 14.03.2024",
    "Zur Sicherstellung der Verkehrssicherheit",
    "Im Vergleich zum Vorjahr",
    "Nach Rücksprache mit der Bezirksregierung",
    "Unter Berücksichtigung der Förderrichtlinien des Landes",
    "Im Anschluss an die Bürgerversammlung",
    "Seit Inkrafttreten der neuen Satzung",
};
constexpr std::array kSubjects = {
    "die Verwaltung",
    "der Fachbereich Tiefbau",
    "das Amt für Schule und Sport",
    "die Gebäudewirtschaft",
    "der Ausschuss für Bildung und Soziales",
    "die Kämmerei",
    "das Ordnungsamt",
    "der Eigenbetrieb Stadtentwässerung",
    "die Wirtschaftsförderung",
    "das Jugendamt",
    "die Stabsstelle Klimaschutz",
    "das Bürgerbüro",
};
struct Predicate
{
    const char *verb;
    const char *rest;
};
constexpr std::array kPredicates = {
    Predicate{"prüft", "derzeit die Sanierung der Straße „Am Mühlenbach“"},
    Predicate{"empfiehlt", "die Umsetzung der Maßnahme in zwei Bauabschnitten"},
    Predicate{"plant", "die Erweiterung des Offenen Ganztags um zwei Gruppen"},
    Predicate{"beabsichtigt", "die Ausschreibung noch im laufenden Haushaltsjahr zu veröffentlichen"},
    Predicate{"hat", "die Kostenschätzung auf Grundlage aktueller Baupreisindizes fortgeschrieben"},
    Predicate{"stellt", "die erforderlichen Mittel im Haushaltsplanentwurf 2026 bereit"},
    Predicate{"sieht", "weiteren Abstimmungsbedarf mit den Anliegern der Hauptstraße"},
    Predicate{"erwartet", "Mehraufwendungen von rund 8 % gegenüber der ursprünglichen Planung"},
    Predicate{"bewertet", "die vorliegenden Angebote nach Wirtschaftlichkeit und Nachhaltigkeit"},
    Predicate{"schlägt", "eine Verlängerung der Förderung um weitere drei Jahre vor"},
    Predicate{"begleitet", "die Umgestaltung des Schulhofs in enger Abstimmung mit der Schulleitung"},
    Predicate{"weist", "darauf hin, dass eine Änderung des Bebauungsplans erforderlich ist"},
    Predicate{"koordiniert", "die Maßnahmen zur Barrierefreiheit an öffentlichen Gebäuden"},
    Predicate{"berichtet", "über den Stand der Arbeiten an der Brücke über die Wiese"},
    Predicate{"überprüft", "die Gebührenkalkulation für die Abfallbeseitigung"},
};
constexpr std::array kStandalone = {
    "Die Maßnahme ist im Investitionsprogramm unter der Nummer 5.012 veranschlagt.",
    "Eine Beteiligung der Öffentlichkeit hat bereits stattgefunden.",
    "Über die weitere Entwicklung wird die Verwaltung im Fachausschuss berichten.",
    "Die Maßnahme trägt zur Erreichung der Klimaschutzziele der Stadt bei.",
    "Größere Beeinträchtigungen des Straßenverkehrs sind nicht zu erwarten.",
    "Die Zustimmung der Gleichstellungsbeauftragten liegt vor.",
    "Der Seniorenbeirat und der Behindertenbeirat wurden beteiligt.",
    "Auswirkungen auf den Stellenplan ergeben sich nicht.",
    "Die Haushaltsmittel stehen unter dem Vorbehalt der Genehmigung durch die Aufsichtsbehörde.",
    "Eine Kosten-Nutzen-Betrachtung ist als Anlage beigefügt.",
    "Alternativen wurden geprüft und sind in der Begründung dargestellt.",
    "Die Bauzeit beträgt voraussichtlich vierzehn Monate.",
};
constexpr std::array kResolutions = {
    "die Sanierung der Grundschule Am Markt auf Grundlage der vorgelegten Entwurfsplanung",
    "die Umsetzung der Maßnahme in zwei Bauabschnitten",
    "die Änderung der Straßenreinigungssatzung in der als Anlage beigefügten Fassung",
    "die überplanmäßige Bereitstellung der erforderlichen Haushaltsmittel",
    "die Fortschreibung des Klimaschutzkonzepts wie in der Begründung dargestellt",
    "die Vergabe der Planungsleistungen an das wirtschaftlichste Angebot",
    "den Abschluss der Vereinbarung mit dem Kreis über die Schülerbeförderung",
};
constexpr std::array kCostItems = {
    "Baustelleneinrichtung",
    "Erdarbeiten und Entwässerung",
    "Rohbauarbeiten",
    "Dachabdichtung und Wärmedämmung",
    "Fenster und Außentüren",
    "Heizungs- und Lüftungsanlage",
    "Elektroinstallation",
    "Sanitärinstallation",
    "Innenausbau und Bodenbeläge",
    "Außenanlagen und Straßenanschluss",
    "Planungs- und Ingenieurleistungen",
    "Brandschutzmaßnahmen",
    "Ausstattung und Möblierung",
    "Unvorhergesehenes (ca. 10 %)",
};
constexpr std::array kOffices = {
    "Fachbereich 2 – Finanzen",
    "Fachbereich 4 – Schule, Kultur und Sport",
    "Fachbereich 5 – Jugend und Soziales",
    "Fachbereich 6 – Planen, Bauen, Umwelt",
    "Amt 66 – Straßen und Verkehr",
    "Zentrale Gebäudewirtschaft",
};
constexpr std::array kBodies = {
    "Ausschuss für Bildung und Soziales",
    "Haupt- und Finanzausschuss",
    "Ausschuss für Stadtentwicklung und Umwelt",
    "Bezirksvertretung Nord",
    "Rat der Stadt",
    "Jugendhilfeausschuss",
};
constexpr std::array kSurnames = {
    "Müller",
    "Schäfer",
    "Köhler",
    "Groß",
    "Weiß",
    "Krüger",
    "Böhm",
    "Jäger",
    "Schröder",
    "Hoffmann",
    "Bäcker",
    "Özdemir",
    "Lange",
    "Fuß",
    "Wagner",
    "Kühn",
    "Schulz",
    "Brückner",
};
constexpr std::array kFirstNames = {
    "Anna",
    "Jürgen",
    "Sören",
    "Katharina",
    "Björn",
    "Petra",
    "Günther",
    "Leonie",
    "Maximilian",
    "Jörg",
    "Claudia",
    "Hüseyin",
    "Renate",
    "Matthias",
};
constexpr std::array kGroups = {"CDU", "SPD", "GRÜNE", "FDP", "Die Linke", "Freie Wähler"};

struct Area
{
    const char *name;
    std::array<const char *, 6> products;
};
constexpr std::array kAreas = {
    Area{"Innere Verwaltung",
         {"Verwaltungssteuerung",
          "Personalservice",
          "Finanzmanagement",
          "Informationstechnik",
          "Gebäudemanagement",
          "Bürgerservice"}},
    Area{"Sicherheit und Ordnung",
         {"Ordnungsangelegenheiten",
          "Gewerbeangelegenheiten",
          "Brandschutz",
          "Rettungsdienst",
          "Personenstandswesen",
          "Verkehrsüberwachung"}},
    Area{"Schulträgeraufgaben",
         {"Grundschulen",
          "Gesamtschulen",
          "Gymnasien",
          "Förderschulen",
          "Schülerbeförderung",
          "Offene Ganztagsschule"}},
    Area{"Kultur und Wissenschaft",
         {"Stadtbücherei",
          "Musikschule",
          "Museum im Schloß",
          "Volkshochschule",
          "Kulturförderung",
          "Stadtarchiv"}},
    Area{"Soziale Leistungen",
         {"Grundsicherung im Alter",
          "Hilfe zum Lebensunterhalt",
          "Leistungen für Asylbewerber",
          "Wohngeld",
          "Seniorenarbeit",
          "Betreuungsangelegenheiten"}},
    Area{"Kinder-, Jugend- und Familienhilfe",
         {"Kindertagesbetreuung",
          "Jugendarbeit",
          "Hilfen zur Erziehung",
          "Unterhaltsvorschuss",
          "Familienbüro",
          "Jugendgerichtshilfe"}},
    Area{"Gesundheitsdienste",
         {"Gesundheitsschutz",
          "Schulgesundheitspflege",
          "Infektionsschutz",
          "Sozialpsychiatrischer Dienst",
          "Gesundheitsförderung",
          "Betreuung Pflegeheime"}},
    Area{"Sportförderung",
         {"Sportstätten",
          "Hallenbad Wiesenfeld",
          "Sportförderung der Vereine",
          "Freibad am Mühlenteich",
          "Sportentwicklungsplanung",
          "Bewegungsräume"}},
    Area{"Räumliche Planung und Entwicklung",
         {"Stadtplanung",
          "Bauleitplanung",
          "Vermessung und Geoinformation",
          "Denkmalschutz",
          "Stadterneuerung",
          "Wohnungsbauförderung"}},
    Area{"Bauen und Wohnen",
         {"Bauaufsicht",
          "Wohnraumversorgung",
          "Städtische Wohnungen",
          "Obdachlosenunterkünfte",
          "Baulasten",
          "Bauberatung"}},
    Area{"Ver- und Entsorgung",
         {"Abwasserbeseitigung",
          "Abfallwirtschaft",
          "Straßenreinigung",
          "Winterdienst",
          "Wasserversorgung",
          "Energieversorgung"}},
    Area{"Verkehrsflächen und -anlagen, ÖPNV",
         {"Gemeindestraßen",
          "Brücken und Tunnel",
          "Straßenbeleuchtung",
          "Parkeinrichtungen",
          "Radverkehr",
          "Öffentlicher Personennahverkehr"}},
    Area{"Natur- und Landschaftspflege",
         {"Öffentliches Grün",
          "Friedhöfe",
          "Stadtwald",
          "Gewässerunterhaltung",
          "Spielplätze",
          "Naturschutz"}},
    Area{"Umweltschutz",
         {"Klimaschutz",
          "Lärmminderung",
          "Bodenschutz",
          "Umweltberatung",
          "Luftreinhaltung",
          "Klimaanpassung"}},
    Area{"Wirtschaft und Tourismus",
         {"Wirtschaftsförderung",
          "Märkte",
          "Tourismus",
          "Stadtmarketing",
          "Gewerbeflächen",
          "Innenstadtmanagement"}},
    Area{"Allgemeine Finanzwirtschaft",
         {"Steuern und Abgaben",
          "Allgemeine Zuweisungen",
          "Umlagen",
          "Zinsen und Kredite",
          "Beteiligungen",
          "Sonstige Finanzwirtschaft"}},
    Area{"Stiftungen",
         {"Bürgerstiftung",
          "Stiftung Altes Rathaus",
          "Sozialstiftung",
          "Kulturstiftung",
          "Sportstiftung",
          "Umweltstiftung"}},
};
constexpr std::array kDistricts = {
    "Altstadt", "Nord", "Süd", "Mühlenhof", "Eichenbrück", "Weißenfeld", "Lindenau", "Bärenbach"};
constexpr std::array kIncome = {
    "Steuern und ähnliche Abgaben",
    "Zuwendungen und allgemeine Umlagen",
    "Sonstige Transfererträge",
    "Öffentlich-rechtliche Leistungsentgelte",
    "Privatrechtliche Leistungsentgelte",
    "Kostenerstattungen und Kostenumlagen",
    "Sonstige ordentliche Erträge",
    "Aktivierte Eigenleistungen",
};
constexpr std::array kExpenses = {
    "Personalaufwendungen",
    "Versorgungsaufwendungen",
    "Aufwendungen für Sach- und Dienstleistungen",
    "Bilanzielle Abschreibungen",
    "Transferaufwendungen",
    "Sonstige ordentliche Aufwendungen",
};
constexpr std::array kTopics = {
    "Sanierung der Grundschule Am Markt",
    "Neubau der Kindertagesstätte Lindenau",
    "Radverkehrskonzept 2030",
    "Änderung der Straßenreinigungssatzung",
    "Bebauungsplan Nr. 112 „Mühlenhof Süd“",
    "Zuschuss an den Heimatverein Weißenfeld e. V.",
    "Fortschreibung des Klimaschutzkonzepts",
    "Erneuerung der Straßenbeleuchtung in der Altstadt",
    "Gebührenbedarfsberechnung Abfall 2026",
    "Bericht über die Umsetzung des Digitalpakts Schule",
    "Anfrage der Fraktion GRÜNE zur Hitzeschutzplanung",
    "Mitteilungen der Verwaltung",
};

/// Builds one document style into a layout.
class Writer
{
public:
    Writer(const PdfSpec &spec, int textPages)
        : m_spec(spec)
        , m_rng(spec.seed ^ 0x5261747361707065ULL)
        , m_layout(textPages)
        , m_date(QDate(2025, 1, 2).addDays(static_cast<qint64>(spec.seed % 700)))
    { }

    Layout &layout() { return m_layout; }
    int frontMatterPages() const { return m_frontPages; }

    void run()
    {
        switch (m_spec.style) {
        case PdfSpec::Style::Vorlage:
            vorlage();
            break;
        case PdfSpec::Style::Budget:
            budget();
            break;
        case PdfSpec::Style::Protocol:
            protocol();
            break;
        case PdfSpec::Style::Invitation:
            invitation();
            break;
        }
    }

private:
    // ---- text generation ----
    std::string sentence()
    {
        if (m_rng.chance(22)) {
            return ansi(m_rng.pick(kStandalone));
        }
        if (m_rng.chance(12))
            return ansi("Die Gesamtkosten belaufen sich nach derzeitigem Stand auf ") +
                amount(5000000, 900000000) + '.';
        const Predicate &p = m_rng.pick(kPredicates);
        std::string subject = ansi(m_rng.pick(kSubjects));
        if (m_rng.chance(55))
            return ansi(m_rng.pick(kOpeners)) + ' ' + ansi(p.verb) + ' ' + subject + ' ' + ansi(p.rest) + '.';
        subject[0] = static_cast<char>(subject[0] - 'a' + 'A');
        return subject + ' ' + ansi(p.verb) + ' ' + ansi(p.rest) + '.';
    }
    std::string paragraph(int minSentences, int maxSentences)
    {
        std::string text;
        const int n = m_rng.range(minSentences, maxSentences);
        for (int i = 0; i < n; ++i) {
            std::string s = sentence();
            for (int retry = 0; retry < 3 && text.find(s) != std::string::npos; ++retry)
                s = sentence(); // no sentence twice in one paragraph
            if (i)
                text += ' ';
            text += s;
        }
        return text;
    }
    std::string amount(qint64 minCents, qint64 maxCents)
    {
        const qint64 span = maxCents - minCents;
        qint64 v = minCents + static_cast<qint64>(m_rng.next() % static_cast<quint64>(span));
        if (m_rng.chance(70))
            v -= v % 10000; // round euros, as in estimates
        return money(v);
    }
    std::string date(qint64 offsetDays) const
    {
        return winAnsi(m_date.addDays(offsetDays).toString(QStringLiteral("dd.MM.yyyy")));
    }
    std::string person() { return ansi(m_rng.pick(kFirstNames)) + ' ' + ansi(m_rng.pick(kSurnames)); }
    /// The Vorlagen-Nr. from the title ("… 2025/0123: …"), else one from the seed.
    std::string number() const
    {
        static const QRegularExpression pattern(QStringLiteral("\\b(\\d{4}/\\d{1,5})\\b"));
        const QRegularExpressionMatch match = pattern.match(m_spec.title);
        if (match.hasMatch())
            return winAnsi(match.capturedView(1));
        return std::to_string(2025 + m_spec.seed % 2) + '/' + fourDigits(m_spec.seed % 10000);
    }
    static std::string fourDigits(quint64 n)
    {
        std::string s = std::to_string(n);
        return std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
    }

    void place(const Block &b) { m_layout.place(b); }
    bool open(int targetPage) const { return !m_layout.full() && m_layout.page() < targetPage; }
    int target(double fraction) const { return static_cast<int>(m_layout.limit() * fraction); }

    void titleBlock(const std::vector<std::pair<std::string, std::string>> &meta)
    {
        Block title = paragraphBlock(winAnsi(m_spec.title), true, 17);
        title.spaceBefore = 0;
        place(title);
        if (!m_spec.subtitle.isEmpty()) {
            Block sub = paragraphBlock(winAnsi(m_spec.subtitle), false, 11);
            sub.spaceBefore = 2;
            place(sub);
        }
        place(metadataBlock(meta));
    }
    void section(const char *title, int targetPage, const std::function<Block()> &next)
    {
        Block first = next();
        place(withHeading(headingBlock(ansi(title), 0), std::move(first)));
        while (open(targetPage))
            place(next());
    }
    Block textOrSubheading(int &count, const char *prefix)
    {
        ++count;
        if (count % 5 == 0) {
            const std::string heading =
                ansi(prefix) + ' ' + std::to_string(count / 5) + ' ' + ansi(m_rng.pick(kTopics));
            return withHeading(headingBlock(heading, 1), paragraphBlock(paragraph(3, 6)));
        }
        if (count % 7 == 3)
            return costTable(m_rng.range(4, 9));
        return paragraphBlock(paragraph(3, 7));
    }
    Block costTable(int items)
    {
        std::vector<std::vector<std::string>> rows;
        qint64 sum = 0;
        const int start = m_rng.below(static_cast<int>(kCostItems.size()));
        for (int i = 0; i < items; ++i) {
            const qint64 cents = (m_rng.range(8, 950) * 1000 + m_rng.range(0, 99)) * 100;
            sum += cents;
            rows.push_back({std::to_string(i + 1),
                            ansi(kCostItems[static_cast<std::size_t>(start + i) % kCostItems.size()]),
                            m_rng.chance(50) ? ansi("Kostenschätzung") : ansi("Angebot"),
                            money(cents)});
        }
        rows.push_back({"*", ansi("Gesamtkosten (brutto)"), "", money(sum)});
        return tableBlock({{ansi("Nr."), 35, false},
                           {ansi("Kostenposition"), 240, false},
                           {ansi("Grundlage"), 80, false},
                           {ansi("Betrag"), 100, true}},
                          rows);
    }

    // ---- styles ----
    void vorlage()
    {
        titleBlock({{ansi("Vorlagen-Nr."), number()},
                    {ansi("Datum"), date(0)},
                    {ansi("Federführung"), ansi(m_rng.pick(kOffices))},
                    {ansi("Status"), ansi("öffentlich")}});
        const std::size_t body = static_cast<std::size_t>(m_rng.below(static_cast<int>(kBodies.size())));
        std::vector<std::vector<std::string>> steps;
        for (std::size_t i = 0; i < 3; ++i) {
            steps.push_back({ansi(kBodies[(body + i) % kBodies.size()]),
                             date(14 + 14 * static_cast<qint64>(i)),
                             i == 2 ? ansi("Entscheidung") : ansi("Vorberatung")});
        }
        place(withHeading(headingBlock(ansi("Beratungsfolge"), 1, false),
                          tableBlock({{ansi("Gremium"), 250, false},
                                      {ansi("Sitzung"), 90, false},
                                      {ansi("Zuständigkeit"), 115, false}},
                                     steps,
                                     9)));
        section("Beschlussvorschlag", 0, [this] {
            const char *decider = m_rng.pick(kBodies);
            const bool feminine = QByteArrayView(decider).startsWith("Bezirks");
            return paragraphBlock(
                ansi(feminine ? "Die " : "Der ") + ansi(decider) + ansi(" beschließt ") +
                ansi(m_rng.pick(kResolutions)) +
                ansi(". Die Verwaltung wird beauftragt, die erforderlichen Schritte einzuleiten."));
        });
        int count = 0;
        section("Sachverhalt", target(0.4), [&] { return textOrSubheading(count, "Abschnitt"); });
        count = 0;
        section("Begründung", target(0.7), [&] { return textOrSubheading(count, "Punkt"); });
        section("Finanzielle Auswirkungen", target(0.85), [&] {
            return m_rng.chance(50) ? costTable(m_rng.range(5, 12)) : paragraphBlock(paragraph(2, 5));
        });
        int annex = 0;
        while (!m_layout.full()) {
            ++annex;
            const std::string heading =
                ansi("Anlage ") + std::to_string(annex) + ": " + ansi(m_rng.pick(kTopics));
            place(withHeading(headingBlock(heading, 0), paragraphBlock(paragraph(3, 6))));
            const int paragraphs = m_rng.range(3, 10);
            for (int i = 0; i < paragraphs && !m_layout.full(); ++i)
                place(i % 4 == 3 ? costTable(m_rng.range(4, 10)) : paragraphBlock(paragraph(3, 7)));
        }
    }

    void budget()
    {
        const int limit = m_layout.limit();
        m_frontPages = limit >= 4 ? 1 + std::clamp(limit / 150, 1, 6) : 1;
        titleBlock({{ansi("Haushaltsjahre"), ansi("2026/2027 (Doppelhaushalt)")},
                    {ansi("Stand"), date(0)},
                    {ansi("Vorgelegt von"), ansi("Der Bürgermeister als Kämmerer")},
                    {ansi("Status"), ansi("Haushaltsplanentwurf – Einbringung in den Rat")}});
        std::vector<std::vector<std::string>> contents;
        for (std::size_t i = 0; i < kAreas.size(); ++i)
            contents.push_back({twoDigits(static_cast<int>(i) + 1), ansi(kAreas[i].name)});
        place(withHeading(
            headingBlock(ansi("Inhalt"), 1, false),
            tableBlock({{ansi("Nr."), 40, false}, {ansi("Produktbereich"), 415, false}}, contents, 9)));
        if (limit > 1)
            m_layout.newPage();
        section("Vorbericht", m_frontPages, [this] {
            return m_rng.chance(25) ? overviewTable() : paragraphBlock(paragraph(4, 8));
        });
        for (std::size_t a = 0; a < kAreas.size() && !m_layout.full(); ++a) {
            if (limit > m_frontPages + 2 * static_cast<int>(kAreas.size()))
                m_layout.newPage();
            const bool last = a + 1 == kAreas.size();
            const int areaEnd = last ? limit
                                     : m_frontPages +
                    static_cast<int>(static_cast<double>(limit - m_frontPages) * static_cast<double>(a + 1) /
                                     kAreas.size());
            const std::string heading = ansi("Produktbereich ") + twoDigits(static_cast<int>(a) + 1) +
                ansi(" – ") + ansi(kAreas[a].name);
            place(withHeading(headingBlock(heading, 0), paragraphBlock(paragraph(2, 4))));
            int product = 0;
            do {
                budgetProduct(a, product++);
            } while (open(areaEnd) || (last && !m_layout.full()));
        }
    }
    static std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }
    Block overviewTable()
    {
        std::vector<std::vector<std::string>> rows;
        for (const char *item : kIncome)
            rows.push_back({ansi(item),
                            amount(10000000, 9000000000),
                            amount(10000000, 9000000000),
                            amount(10000000, 9000000000)});
        return tableBlock({{ansi("Ergebnisplan (Gesamt)"), 190, false},
                           {ansi("Ergebnis 2025"), 88, true},
                           {ansi("Ansatz 2026"), 88, true},
                           {ansi("Ansatz 2027"), 89, true}},
                          rows);
    }
    void budgetProduct(std::size_t area, int index)
    {
        const Area &a = kAreas[area];
        std::string name = ansi(a.products[static_cast<std::size_t>(index) % a.products.size()]);
        if (index >= static_cast<int>(a.products.size()))
            name += ansi(" – Ortsteil ") +
                ansi(kDistricts[static_cast<std::size_t>(index / 6 - 1) % kDistricts.size()]);
        const std::string code = twoDigits(static_cast<int>(area) + 1) + '.' + twoDigits(index / 6 + 1) +
            '.' + twoDigits(index % 6 + 1);
        Block heading = headingBlock(ansi("Produkt ") + code + ' ' + name, 1);
        place(withHeading(std::move(heading),
                          paragraphBlock(ansi("Kurzbeschreibung: ") + paragraph(2, 4), false, 9)));

        std::vector<std::vector<std::string>> rows;
        int line = 1;
        std::array<qint64, 3> income{}, expenses{};
        auto add = [&](const char *label, std::array<qint64, 3> &sum, qint64 scale) {
            std::vector<std::string> row{twoDigits(line++), ansi(label)};
            const qint64 base = (m_rng.range(1, 400) * scale + m_rng.range(0, 999)) * 100;
            for (std::size_t y = 0; y < 3; ++y) {
                const qint64 v = base + base * (m_rng.range(-8, 12)) / 100;
                sum[y] += v;
                row.push_back(money(v));
            }
            rows.push_back(std::move(row));
        };
        const int firstIncome = m_rng.below(3);
        for (std::size_t i = static_cast<std::size_t>(firstIncome); i < kIncome.size();
             i += static_cast<std::size_t>(m_rng.range(1, 2)))
            add(kIncome[i], income, 1000);
        rows.push_back(
            {"*", ansi("Ordentliche Erträge"), money(income[0]), money(income[1]), money(income[2])});
        for (const char *e : kExpenses)
            add(e, expenses, 1500);
        rows.push_back({"*",
                        ansi("Ordentliche Aufwendungen"),
                        money(-expenses[0]),
                        money(-expenses[1]),
                        money(-expenses[2])});
        rows.push_back({"*",
                        ansi("Ergebnis"),
                        money(income[0] - expenses[0]),
                        money(income[1] - expenses[1]),
                        money(income[2] - expenses[2])});
        place(tableBlock({{ansi("Zeile"), 32, false},
                          {ansi("Teilergebnisplan ") + code, 188, false},
                          {ansi("Ergebnis 2025"), 78, true},
                          {ansi("Ansatz 2026"), 78, true},
                          {ansi("Ansatz 2027"), 79, true}},
                         rows,
                         8));
        if (m_rng.chance(40))
            place(paragraphBlock(ansi("Erläuterung: ") + paragraph(1, 3), false, 9));
    }

    void protocol()
    {
        titleBlock({{ansi("Sitzung"), ansi(m_rng.pick(kBodies))},
                    {ansi("Datum"), date(0)},
                    {ansi("Beginn / Ende"),
                     ansi("17:00 Uhr / ") + std::to_string(m_rng.range(19, 22)) + ansi(":") +
                         twoDigits(m_rng.below(60)) + ansi(" Uhr")},
                    {ansi("Ort"), ansi("Ratssaal, Rathaus, Marktstraße 1")},
                    {ansi("Schriftführung"), person()}});
        std::vector<std::vector<std::string>> present;
        const int members = m_rng.range(7, 14);
        for (int i = 0; i < members; ++i)
            present.push_back(
                {person(), ansi(m_rng.pick(kGroups)), i == 0 ? ansi("Vorsitz") : ansi("Mitglied")});
        place(withHeading(
            headingBlock(ansi("Anwesend"), 1, false),
            tableBlock(
                {{ansi("Name"), 200, false}, {ansi("Fraktion"), 130, false}, {ansi("Funktion"), 125, false}},
                present,
                9)));
        for (int top = 1; !m_layout.full(); ++top) {
            const std::string heading = ansi("TOP ") + std::to_string(top) + ": " +
                ansi(kTopics[static_cast<std::size_t>(top - 1) % kTopics.size()]);
            place(withHeading(headingBlock(heading, 0),
                              paragraphBlock(person() + ansi(" erläutert die Vorlage. ") + paragraph(2, 5))));
            const int discussion = m_rng.range(1, 4);
            for (int i = 0; i < discussion; ++i)
                place(paragraphBlock(ansi("Ratsmitglied ") + person() + " (" + ansi(m_rng.pick(kGroups)) +
                                     ansi(") fragt nach. ") + paragraph(2, 5)));
            place(withHeading(paragraphBlock(ansi("Beschluss:"), true), paragraphBlock(paragraph(1, 3))));
            const int yes = m_rng.range(6, 20);
            place(paragraphBlock(ansi("Abstimmungsergebnis: ") + std::to_string(yes) + ansi(" Ja, ") +
                                     std::to_string(m_rng.range(0, 6)) + ansi(" Nein, ") +
                                     std::to_string(m_rng.range(0, 3)) + ansi(" Enthaltungen"),
                                 false,
                                 9));
        }
    }

    void invitation()
    {
        const std::string body = ansi(m_rng.pick(kBodies));
        titleBlock({{ansi("Gremium"), body},
                    {ansi("Sitzungstermin"), date(21) + ansi(", 17:00 Uhr")},
                    {ansi("Sitzungsort"), ansi("Ratssaal, Rathaus, Marktstraße 1")},
                    {ansi("Datum"), date(0)}});
        place(paragraphBlock(
            ansi("Sehr geehrte Damen und Herren, hiermit lade ich Sie zur nächsten Sitzung des Gremiums „") +
            body +
            ansi("“ ein. Die Tagesordnung und die Sitzungsunterlagen stehen im Ratsinformationssystem "
                 "bereit.")));
        std::vector<std::vector<std::string>> tops;
        const int count = m_rng.range(8, 14);
        for (int i = 0; i < count; ++i) {
            if (i == count - 3)
                tops.push_back({"*", ansi("Nichtöffentlicher Teil"), ""});
            tops.push_back({std::to_string(i + 1),
                            ansi(kTopics[static_cast<std::size_t>(i + m_rng.below(3)) % kTopics.size()]),
                            i % 3 == 2 ? ""
                                       : std::to_string(2025) + '/' +
                                    fourDigits(static_cast<quint64>(m_rng.range(1, 400)))});
        }
        place(withHeading(
            headingBlock(ansi("Tagesordnung – Öffentlicher Teil"), 0),
            tableBlock(
                {{ansi("TOP"), 40, false}, {ansi("Betreff"), 335, false}, {ansi("Vorlage"), 80, false}},
                tops,
                9)));
        place(paragraphBlock(ansi("Mit freundlichen Grüßen")));
        place(paragraphBlock(person() + ansi(", Vorsitz")));
        int n = 0;
        while (!m_layout.full()) {
            ++n;
            place(withHeading(headingBlock(ansi("Erläuterung zu TOP ") + std::to_string(n), 0),
                              paragraphBlock(paragraph(3, 6))));
            for (int i = m_rng.range(1, 4); i > 0 && !m_layout.full(); --i)
                place(paragraphBlock(paragraph(3, 7)));
        }
    }

    const PdfSpec &m_spec;
    Rng m_rng;
    Layout m_layout;
    QDate m_date;
    int m_frontPages = 0;
};

// --- Scanned annex pages ---

constexpr int kScanWidth = 700;
constexpr int kScanHeight = 990;

std::string scanImage(Rng &rng)
{
    std::string px(static_cast<std::size_t>(kScanWidth) * kScanHeight, '\0');
    // Paper: a slowly drifting shade per column and per row, plus grain (0, 3 or 6 levels
    // darker, mostly 0) that keeps the page from compressing to nothing, as a real scan does.
    std::vector<int> columnShade(kScanWidth);
    int shade = 0;
    for (int &s : columnShade) {
        if (rng.chance(5))
            shade = std::clamp(shade + (rng.chance(50) ? 1 : -1), -3, 3);
        s = shade;
    }
    static constexpr std::array<int, 8> grain = {0, 0, 0, 0, 0, 3, 3, 6};
    int rowShade = 0;
    quint64 bits = 0;
    int bitsLeft = 0;
    for (int y = 0; y < kScanHeight; ++y) {
        if (rng.chance(5))
            rowShade = std::clamp(rowShade + (rng.chance(50) ? 1 : -1), -3, 3);
        char *row = px.data() + static_cast<std::ptrdiff_t>(y) * kScanWidth;
        for (int x = 0; x < kScanWidth; ++x) {
            if (bitsLeft < 3) {
                bits = rng.next();
                bitsLeft = 64;
            }
            const int noise = grain[static_cast<std::size_t>(bits & 7)];
            bits >>= 3;
            bitsLeft -= 3;
            int v = 228 + columnShade[static_cast<std::size_t>(x)] + rowShade - noise;
            if (x < 12)
                v -= (12 - x) * 9; // shadow of the scanner lid at the left edge
            row[x] = static_cast<char>(std::clamp(v, 0, 255));
        }
    }
    // Lines of "words": clusters of dark vertical strokes.
    for (int line = 0, y = 110; y < kScanHeight - 90; ++line, y += rng.range(20, 26)) {
        if (rng.chance(12))
            continue; // paragraph gap
        int x = 80 + (line % 7 == 0 ? 30 : 0);
        const int end = 620 - rng.below(line % 7 == 6 ? 300 : 30);
        while (x < end) {
            const int word = rng.range(12, 70);
            for (int gx = x; gx < std::min(x + word, end); gx += rng.range(4, 7)) {
                const int h = rng.range(8, 13);
                const int top = y + (rng.chance(15) ? -3 : 0);
                const int ink = rng.range(40, 110);
                for (int dy = 0; dy < h; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        auto &p = px[static_cast<std::size_t>(top + dy) * kScanWidth +
                                     static_cast<std::size_t>(gx + dx)];
                        p = static_cast<char>(
                            std::min(static_cast<unsigned char>(p), static_cast<unsigned char>(ink)));
                    }
                }
            }
            x += word + rng.range(6, 10);
        }
    }
    return px;
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

    Writer writer(spec, textPages);
    writer.run();
    Layout &layout = writer.layout();
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
    if (spec.style == PdfSpec::Style::Budget && writer.frontMatterPages() > 0 &&
        textPages > writer.frontMatterPages()) {
        auto roman = QPDFObjectHandle::newDictionary();
        roman.replaceKey("/S", name("/r"));
        auto decimal = QPDFObjectHandle::newDictionary();
        decimal.replaceKey("/S", name("/D"));
        decimal.replaceKey("/St", QPDFObjectHandle::newInteger(writer.frontMatterPages() + 1));
        auto labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums",
                          QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0),
                                                      roman,
                                                      QPDFObjectHandle::newInteger(writer.frontMatterPages()),
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
