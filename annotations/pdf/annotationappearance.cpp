// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationappearance.h"

#include "pdfcanvas.h"

#include <algorithm>
#include <cmath>

namespace Ratsmappe::AnnotationPdf::Appearance {

namespace {

using PdfCanvas::appendNumber;

// The member's text in free-text boxes: Breeze's text colour, as the window draws it.
constexpr double TextGray[3] = {0x23 / 255.0, 0x26 / 255.0, 0x29 / 255.0};

class Ops
{
public:
    Ops &n(double v)
    {
        appendNumber(m_s, v);
        m_s += ' ';
        return *this;
    }
    Ops &p(QPointF point) { return n(point.x()).n(point.y()); }
    Ops &op(const char *op)
    {
        m_s += op;
        m_s += '\n';
        return *this;
    }
    Ops &rgb(const QColor &c, const char *op) { return n(c.redF()).n(c.greenF()).n(c.blueF()).op(op); }
    Ops &raw(const std::string &s)
    {
        m_s += s;
        return *this;
    }
    std::string take() { return std::move(m_s); }

private:
    std::string m_s;
};

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0 ? v / length : QPointF(1, 0);
}

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

QRectF boundsOf(const QList<QPointF> &points, double margin)
{
    if (points.isEmpty()) {
        return {};
    }
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF &p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0 - margin, y0 - margin), QPointF(x1 + margin, y1 + margin));
}

QRectF boundsOf(const QList<Quad> &quads)
{
    QList<QPointF> points;
    for (const Quad &q : quads) {
        points.append({q[0], q[1], q[2], q[3]});
    }
    return boundsOf(points, 0);
}

// One line ending at \a tip, \a dir pointing out of the line, as PDF's /LE names them.
void ending(Ops &ops, const QString &name, QPointF tip, QPointF dir, double head)
{
    const QPointF normal(-dir.y(), dir.x());
    const auto arrow = [&](QPointF at, QPointF d, bool closed) {
        const QPointF base = at - d * head;
        ops.p(base + normal * head * 0.5).op("m").p(at).op("l").p(base - normal * head * 0.5).op("l");
        ops.op(closed ? "b" : "S");
    };
    if (name == QLatin1String("OpenArrow") || name == QLatin1String("ClosedArrow")) {
        arrow(tip, dir, name.startsWith(QLatin1Char('C')));
    } else if (name == QLatin1String("ROpenArrow") || name == QLatin1String("RClosedArrow")) {
        arrow(tip - dir * head, -dir, name.startsWith(QLatin1String("RC")));
    } else if (name == QLatin1String("Butt")) {
        ops.p(tip + normal * head * 0.5).op("m").p(tip - normal * head * 0.5).op("l S");
    } else if (name == QLatin1String("Slash")) {
        const QPointF slant = unit(normal + dir * 0.577); // 30 degrees off the perpendicular
        ops.p(tip + slant * head * 0.5).op("m").p(tip - slant * head * 0.5).op("l S");
    } else if (name == QLatin1String("Square") || name == QLatin1String("Diamond")) {
        const double r = head * 0.3;
        const QPointF a = name == QLatin1String("Square") ? (dir + normal) * r : dir * r * 1.4;
        const QPointF b(-a.y(), a.x());
        ops.p(tip + a).op("m").p(tip + b).op("l").p(tip - a).op("l").p(tip - b).op("l b");
    } else if (name == QLatin1String("Circle")) {
        const double r = head * 0.3;
        const double k = r * 0.5523; // Bézier quarter circles
        ops.n(tip.x() + r).n(tip.y()).op("m");
        ops.n(tip.x() + r).n(tip.y() + k).n(tip.x() + k).n(tip.y() + r).n(tip.x()).n(tip.y() + r).op("c");
        ops.n(tip.x() - k).n(tip.y() + r).n(tip.x() - r).n(tip.y() + k).n(tip.x() - r).n(tip.y()).op("c");
        ops.n(tip.x() - r).n(tip.y() - k).n(tip.x() - k).n(tip.y() - r).n(tip.x()).n(tip.y() - r).op("c");
        ops.n(tip.x() + k).n(tip.y() - r).n(tip.x() + r).n(tip.y() - k).n(tip.x() + r).n(tip.y()).op("c b");
    }
}

} // namespace

Quad quadOf(const QRectF &r, int rotation)
{
    const QPointF ll(r.left(), r.top()), lr(r.right(), r.top()), ul(r.left(), r.bottom()),
        ur(r.right(), r.bottom());
    // QRectF's top is the smaller y: in user space that is the lower edge.
    switch (rotation) {
    case 90:
        return {ll, ul, lr, ur};
    case 180:
        return {lr, ll, ur, ul};
    case 270:
        return {ur, lr, ul, ll};
    default:
        return {ul, ur, ll, lr};
    }
}

std::array<double, 6> uprightMatrix(int rotation)
{
    switch (rotation) {
    case 90:
        return {0, 1, -1, 0, 0, 0};
    case 180:
        return {-1, 0, 0, -1, 0, 0};
    case 270:
        return {0, -1, 1, 0, 0, 0};
    default:
        return {1, 0, 0, 1, 0, 0};
    }
}

Stream highlight(const QList<Quad> &quads, const QColor &color)
{
    Ops ops;
    ops.raw("/GS0 gs ").rgb(color, "rg");
    for (const Quad &q : quads) {
        // Around the quad: upper left, upper right, lower right, lower left.
        ops.p(q[0]).op("m").p(q[1]).op("l").p(q[3]).op("l").p(q[2]).op("l h f");
    }
    Stream s{ops.take(), boundsOf(quads)};
    s.multiply = true;
    return s;
}

Stream lineMarkup(const QString &type, const QList<Quad> &quads, const QColor &color)
{
    Ops ops;
    ops.rgb(color, "RG").op("0 J 1 j");
    for (const Quad &q : quads) {
        const QPointF up = q[0] - q[2];
        const double height = length(up);
        const QPointF u = unit(up);
        const double w = std::max(0.5, height * 0.08);
        ops.n(w).op("w");
        if (type == QLatin1String("strikeout")) {
            ops.p((q[0] + q[2]) / 2).op("m").p((q[1] + q[3]) / 2).op("l S");
        } else if (type == QLatin1String("underline")) {
            ops.p(q[2] + u * w / 2).op("m").p(q[3] + u * w / 2).op("l S");
        } else {
            // A wave along the bottom: a quarter of a period is the amplitude twice over.
            const double amplitude = std::max(0.5, height * 0.08);
            const QPointF along = q[3] - q[2];
            const double run = length(along);
            const QPointF dir = unit(along);
            const double step = 2 * amplitude;
            const QPointF base = q[2] + u * w / 2;
            ops.p(base).op("m");
            int k = 1;
            for (double x = step; x < run + step; x += step, ++k) {
                ops.p(base + dir * std::min(x, run) + u * (k % 2 ? 2 * amplitude : 0)).op("l");
            }
            ops.op("S");
        }
    }
    return {ops.take(), boundsOf(quads)};
}

Stream ink(const QList<QList<QPointF>> &strokes,
           const QList<QList<double>> &pressures,
           double width,
           double opacity,
           const QColor &color)
{
    Ops ops;
    if (opacity < 1) {
        ops.op("/GS0 gs");
    }
    ops.n(width).op("w 1 J 1 j").rgb(color, "RG");
    QList<QPointF> all;
    for (qsizetype s = 0; s < strokes.size(); ++s) {
        const QList<QPointF> &stroke = strokes.at(s);
        if (stroke.isEmpty()) {
            continue;
        }
        all.append(stroke);
        const QList<double> pressure = pressures.value(s);
        if (opacity >= 1 && pressure.size() == stroke.size() && stroke.size() > 1) {
            const auto widthAt = [&](qsizetype i) {
                return std::max(0.5, width * (1.0 / 3 + 2.0 / 3 * std::clamp(pressure.at(i), 0.0, 1.0)));
            };
            for (qsizetype i = 1; i < stroke.size(); ++i) {
                ops.n((widthAt(i - 1) + widthAt(i)) / 2).op("w");
                ops.p(stroke.at(i - 1)).op("m").p(stroke.at(i)).op("l S");
            }
            ops.n(width).op("w");
            continue;
        }
        ops.p(stroke.first()).op("m");
        if (stroke.size() == 1) {
            ops.p(stroke.first()).op("l"); // a dot: the round cap draws it
        }
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            ops.p(stroke.at(i)).op("l");
        }
        ops.op("S");
    }
    Stream s{ops.take(), boundsOf(all, width)};
    s.strokeOpacity = opacity;
    return s;
}

Stream noteIcon(const QColor &color)
{
    // The window's note (AnnotationPainter): a sheet with a folded corner and three lines.
    const double z = NoteSize;
    const double fold = z * 0.3;
    const QColor edge = color.darker(160);
    const QColor corner = color.darker(130);
    const QColor lines = color.darker(200);
    Ops ops;
    ops.op("1 w 1 j").rgb(color, "rg").rgb(edge, "RG");
    ops.n(0.5).n(z - 0.5).op("m").n(z - fold).n(z - 0.5).op("l").n(z - 0.5).n(z - fold).op("l");
    ops.n(z - 0.5).n(0.5).op("l").n(0.5).n(0.5).op("l h B");
    ops.rgb(corner, "rg");
    ops.n(z - fold).n(z - 0.5).op("m").n(z - fold).n(z - fold).op("l").n(z - 0.5).n(z - fold).op("l h B");
    ops.rgb(lines, "RG");
    for (int i = 1; i <= 3; ++i) {
        const double y = z - z * (0.25 + 0.18 * i);
        ops.n(z * 0.2).n(y).op("m").n(z * 0.8).n(y).op("l S");
    }
    return {ops.take(), QRectF(0, 0, z, z)};
}

Stream freeText(const QRectF &rect,
                int rotation,
                const QString &text,
                double fontSize,
                double border,
                const QColor &color)
{
    const bool turned = rotation == 90 || rotation == 270;
    // Drawn upright in a box as large as the rectangle shows.
    const double w = turned ? rect.height() : rect.width();
    const double h = turned ? rect.width() : rect.height();
    Ops ops;
    ops.op("/GS0 gs").rgb(color, "rg").n(0).n(0).n(w).n(h).op("re f");
    ops.op("/GS1 gs").n(border).op("w").rgb(color, "RG");
    ops.n(border / 2).n(border / 2).n(w - border).n(h - border).op("re S");
    const double margin = fontSize * 0.3 + border;
    if (!text.isEmpty() && w > 2 * margin && h > 2 * margin) {
        ops.n(margin).n(margin).n(w - 2 * margin).n(h - 2 * margin).op("re W n");
        ops.n(TextGray[0]).n(TextGray[1]).n(TextGray[2]).op("rg BT");
        ops.raw("/Helv ").n(fontSize).op("Tf");
        const double leading = fontSize * 1.2;
        ops.n(leading).op("TL");
        ops.n(margin).n(h - margin - fontSize * 0.9).op("Td");
        bool first = true;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            std::vector<std::string> lines =
                PdfCanvas::wrap(PdfCanvas::winAnsi(paragraph), false, fontSize, w - 2 * margin);
            if (lines.empty()) {
                lines.emplace_back();
            }
            for (const std::string &line : lines) {
                if (!first) {
                    ops.op("T*");
                }
                first = false;
                std::string s;
                PdfCanvas::appendPdfString(s, line);
                ops.raw(s).op(" Tj");
            }
        }
        ops.op("ET");
    }
    Stream s{ops.take(), QRectF(0, 0, w, h), uprightMatrix(rotation)};
    s.fillOpacity = 0.12;
    s.font = true;
    return s;
}

Stream square(const QRectF &rect, double width, const QColor &color)
{
    Ops ops;
    ops.n(width).op("w 0 j").rgb(color, "RG");
    ops.n(rect.left() + width / 2).n(rect.top() + width / 2);
    ops.n(std::max(0.0, rect.width() - width)).n(std::max(0.0, rect.height() - width)).op("re S");
    return {ops.take(), rect};
}

double lineEndingReach(QPointF from, QPointF to, double width)
{
    return std::min(length(to - from) / 2, width * 5) + width;
}

Stream
line(QPointF from, QPointF to, double width, const std::array<QString, 2> &endings, const QColor &color)
{
    const QPointF dir = unit(to - from);
    const double head = lineEndingReach(from, to, width) - width;
    Ops ops;
    ops.n(width).op("w 0 J 0 j").rgb(color, "RG").rgb(color, "rg");
    ops.p(from).op("m").p(to).op("l S");
    ending(ops, endings[0], from, -dir, head);
    ending(ops, endings[1], to, dir, head);
    return {ops.take(), boundsOf({from, to}, head + width)};
}

} // namespace Ratsmappe::AnnotationPdf::Appearance
