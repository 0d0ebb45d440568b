// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The appearance streams of the annotations Ratsmappe writes into PDFs: content streams drawn in
// the page's default user space (points), so an appearance lands where its /Rect says without
// any scaling. Pure geometry and content-stream text; the objects are built in
// annotationpdfwriter.cpp.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <string>

namespace Ratsmappe::AnnotationPdf::Appearance {

/// A text line's four corners as the page shows it (its /Rotate turns the unrotated rectangle):
/// upper left, upper right, lower left, lower right, in user space. The order of /QuadPoints.
using Quad = std::array<QPointF, 4>;
Quad quadOf(const QRectF &user, int rotation);

/// What every kind needs: the content, the box the form draws in (user space unless said), and
/// whether it uses the multiply blend (highlights), a constant opacity or the Helvetica font.
struct Stream
{
    std::string ops;
    QRectF bbox;
    /// The form's /Matrix (a b c d e f); identity unless the content is drawn upright for a
    /// rotated page.
    std::array<double, 6> matrix{1, 0, 0, 1, 0, 0};
    bool multiply = false;
    double strokeOpacity = 1;
    double fillOpacity = 1;
    bool font = false;
};

/// The matrix that turns content drawn upright (as displayed) into user space on a page shown
/// turned by \a rotation degrees clockwise.
std::array<double, 6> uprightMatrix(int rotation);

Stream highlight(const QList<Quad> &quads, const QColor &color);
/// underline, strikeout, squiggly
Stream lineMarkup(const QString &type, const QList<Quad> &quads, const QColor &color);
/// \a pressures parallel to \a strokes: a pen's pressure (0..1) per point, or an empty list.
/// With pressure each segment is as wide as the window draws it (a third of \a width at none,
/// all of it at full); a translucent marker keeps one width, as overlapping segments would
/// darken where they meet.
Stream ink(const QList<QList<QPointF>> &strokes,
           const QList<QList<double>> &pressures,
           double width,
           double opacity,
           const QColor &color);
/// The icon of a /Text annotation, drawn in its own 0 0 20 20 box.
Stream noteIcon(const QColor &color);
inline constexpr double NoteSize = 20;
/// A box with a tinted background, a frame and the wrapped text, upright as displayed. \a rect
/// in user space; \a fontSize in points.
Stream freeText(const QRectF &rect,
                int rotation,
                const QString &text,
                double fontSize,
                double border,
                const QColor &color);
Stream square(const QRectF &rect, double width, const QColor &color);
/// A line from \a from to \a to with the PDF line endings \a endings (/LE names without slash).
Stream
line(QPointF from, QPointF to, double width, const std::array<QString, 2> &endings, const QColor &color);
/// How far a line's endings reach beyond its ends: the /Rect's margin.
double lineEndingReach(QPointF from, QPointF to, double width);

} // namespace Ratsmappe::AnnotationPdf::Appearance
