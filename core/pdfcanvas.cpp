// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfcanvas.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace Ratsmappe::PdfCanvas {

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
static constexpr std::array<short, 95> kRegular = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
static constexpr std::array<short, 95> kBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

static int glyphWidth(unsigned char c, bool bold)
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

std::string fit(const std::string &s, bool bold, double size, double width)
{
    if (textWidth(s, bold, size) <= width)
        return s;
    std::string cut = s;
    while (!cut.empty() && textWidth(cut + '\x85', bold, size) > width)
        cut.pop_back();
    return cut + '\x85';
}

std::string watermarkOps(
    double x0, double y0, double x1, double y1, const QString &name, const char *font, const char *state)
{
    const std::string s = winAnsi(name);
    const double w = x1 - x0;
    const double h = y1 - y0;
    const double angle = std::atan2(h, w);
    const double diagonal = std::hypot(w, h);
    const double size = std::clamp(diagonal * 0.6 / std::max(1.0, textWidth(s, true, 1)), 12.0, 72.0);
    const double c = std::cos(angle);
    const double sn = std::sin(angle);
    const double half = textWidth(s, true, size) / 2;
    // Centred on the box's middle along the diagonal.
    const double cx = x0 + w / 2 - c * half + sn * size * 0.35;
    const double cy = y0 + h / 2 - sn * half - c * size * 0.35;
    std::string ops = "q ";
    ops += state;
    ops += " gs 0.45 g BT ";
    ops += font;
    ops += ' ';
    appendNumber(ops, size);
    ops += " Tf ";
    for (const double v : {c, sn, -sn, c, cx, cy}) {
        appendNumber(ops, v);
        ops += ' ';
    }
    ops += "Tm ";
    appendPdfString(ops, s);
    ops += " Tj ET Q\n";
    return ops;
}

} // namespace Ratsmappe::PdfCanvas
