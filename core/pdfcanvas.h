// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Writing PDF page content by hand: Windows-1252 text in the standard Helvetica fonts (their
// metrics, wrapping, PDF string syntax) and a content stream of text, lines and fills. The demo
// town's documents and the session packets' own pages (cover, agenda, stamps) are drawn with it.
// The fonts are /F1 Helvetica and /F2 Helvetica-Bold with /WinAnsiEncoding, in the page's
// resources: text stays text, searchable and copyable.

#include <QString>
#include <QStringView>

#include <string>
#include <vector>

namespace Ratsmappe::PdfCanvas {

/// Windows-1252 bytes, as /WinAnsiEncoding wants them; characters outside it become '?'.
std::string winAnsi(QStringView text);
std::string ansi(const char *utf8);
QString fromWinAnsi(const std::string &bytes);
/// Width in points of Windows-1252 text in Helvetica or Helvetica-Bold (AFM metrics).
double textWidth(const std::string &s, bool bold, double size);
/// Greedy word wrap into lines of at most width points.
std::vector<std::string> wrap(const std::string &text, bool bold, double size, double width);
/// Cuts s so it fits width, ending in "…" when cut.
std::string fit(const std::string &s, bool bold, double size, double width);
void appendPdfString(std::string &out, const std::string &s);
void appendNumber(std::string &out, double v);

/// The graphics state a watermark is drawn with (faint, so the page stays readable).
inline constexpr const char *WatermarkState = "<< /Type /ExtGState /ca 0.18 /CA 0.18 >>";
/// A member's name written large along the diagonal of the box x0 y0 x1 y1 (user space), in
/// the font resource \a font (Helvetica, WinAnsiEncoding) under the graphics state resource
/// \a state (WatermarkState). The session packet's stamp and the annotation export both put it
/// on pages, and a copy should look the same whichever wrote it.
std::string watermarkOps(
    double x0, double y0, double x1, double y1, const QString &name, const char *font, const char *state);

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
    void textCentered(double y, bool bold, double size, const std::string &s, double pageWidth = 595)
    {
        text((pageWidth - textWidth(s, bold, size)) / 2, y, bold, size, s);
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

} // namespace Ratsmappe::PdfCanvas
