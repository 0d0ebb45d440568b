// SPDX-License-Identifier: GPL-2.0-or-later
// AnnotationPainter on a QImage: a highlight tints its words and nothing else, a turned page
// puts an annotation where a turned page has it, ink draws its line, every kind leaves pixels,
// the selection frame is there, and the display mapping goes back and forth for every turn.

#include "annotationpainter.h"
#include "annotationstore.h"
#include "testmain.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTest>

using namespace Ratsmappe;

namespace {

StoredAnnotation
make(const QString &type, const QJsonObject &geometry, const QString &color = QStringLiteral("#fdbc4b"))
{
    StoredAnnotation a;
    a.id = type;
    a.type = type;
    a.geometry = geometry;
    a.color = color;
    return a;
}

QJsonObject rects(const QRectF &r)
{
    return {{QStringLiteral("rects"), QJsonArray{QJsonArray{r.left(), r.top(), r.right(), r.bottom()}}}};
}

QJsonObject box(const QRectF &r)
{
    return {{QStringLiteral("rect"), QJsonArray{r.left(), r.top(), r.right(), r.bottom()}}};
}

QImage white(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QImage painted(const QSize &size,
               const QList<StoredAnnotation> &annotations,
               int rotation,
               const QString &selected = {})
{
    QImage image = white(size);
    QPainter p(&image);
    AnnotationPainter::paint(p, annotations, QSizeF(size), rotation, selected);
    p.end();
    return image;
}

bool isWhite(const QImage &image, int x, int y)
{
    return image.pixel(x, y) == qRgb(255, 255, 255);
}

int changedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            n += isWhite(image, x, y) ? 0 : 1;
        }
    }
    return n;
}

} // namespace

class AnnotationPainterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void highlightTintsItsRectOnly()
    {
        const QImage image =
            painted({200, 300}, {make(QStringLiteral("highlight"), rects({0.25, 0.25, 0.5, 0.25}))}, 0);
        // Inside: tinted towards the colour (yellow keeps red, loses blue).
        const QRgb inside = image.pixel(100, 110);
        QVERIFY(qBlue(inside) < 230);
        QVERIFY(qRed(inside) > 240);
        QVERIFY(isWhite(image, 10, 10));
        QVERIFY(isWhite(image, 100, 70)); // just above
        QVERIFY(isWhite(image, 100, 155)); // just below
        QVERIFY(isWhite(image, 45, 110)); // left
        QVERIFY(isWhite(image, 155, 110)); // right

        // On a page image, multiply: dark text under a highlight stays dark.
        QImage page = white({200, 300});
        {
            QPainter p(&page);
            p.fillRect(QRect(90, 100, 20, 10), Qt::black);
            AnnotationPainter::paint(p,
                                     {make(QStringLiteral("highlight"), rects({0.25, 0.25, 0.5, 0.25}))},
                                     {200, 300},
                                     0,
                                     {},
                                     AnnotationPainter::Target::Page);
        }
        QVERIFY(qGray(page.pixel(100, 105)) < 10);

        // In the window's transparent overlay: translucent, so the text below shows through.
        QImage layer({200, 300}, QImage::Format_ARGB32_Premultiplied);
        layer.fill(Qt::transparent);
        {
            QPainter p(&layer);
            AnnotationPainter::paint(
                p, {make(QStringLiteral("highlight"), rects({0.25, 0.25, 0.5, 0.25}))}, {200, 300}, 0);
        }
        QVERIFY(qAlpha(layer.pixel(100, 110)) > 60 && qAlpha(layer.pixel(100, 110)) < 160);
        QCOMPARE(qAlpha(layer.pixel(10, 10)), 0);
    }

    void rotationPutsTheRectWhereTheTurnedPageHasIt()
    {
        // A box at the unrotated page's top left corner; the page is 200 × 300, shown turned.
        const StoredAnnotation a = make(QStringLiteral("highlight"), rects({0, 0, 0.25, 0.1}));
        const QImage r0 = painted({200, 300}, {a}, 0);
        QVERIFY(!isWhite(r0, 10, 10));
        QVERIFY(isWhite(r0, 190, 10));
        // Turned clockwise: the top left corner goes to the top right.
        const QImage r90 = painted({300, 200}, {a}, 90);
        QVERIFY(!isWhite(r90, 290, 10));
        QVERIFY(!isWhite(r90, 275, 45)); // x from 270, y to 50
        QVERIFY(isWhite(r90, 260, 10));
        QVERIFY(isWhite(r90, 290, 60));
        QVERIFY(isWhite(r90, 10, 10));
        const QImage r180 = painted({200, 300}, {a}, 180);
        QVERIFY(!isWhite(r180, 190, 290));
        QVERIFY(isWhite(r180, 10, 10));
        const QImage r270 = painted({300, 200}, {a}, 270);
        QVERIFY(!isWhite(r270, 10, 190));
        QVERIFY(isWhite(r270, 290, 10));
    }

    void inkDrawsItsLine()
    {
        QJsonArray stroke;
        for (int i = 0; i <= 40; ++i) {
            stroke.append(QJsonArray{0.1 + 0.02 * i, 0.5});
        }
        const StoredAnnotation ink =
            make(QStringLiteral("ink"),
                 {{QStringLiteral("strokes"), QJsonArray{stroke}}, {QStringLiteral("width"), 0.02}},
                 QStringLiteral("#000000"));
        const QImage image = painted({200, 300}, {ink}, 0);
        QVERIFY(qGray(image.pixel(100, 150)) < 40);
        QVERIFY(qGray(image.pixel(30, 150)) < 40);
        QVERIFY(isWhite(image, 100, 140));
        QVERIFY(isWhite(image, 100, 100));
        QVERIFY(isWhite(image, 5, 150));

        // With pressure: a light touch draws thinner than a firm one.
        QJsonArray light, firm;
        for (int i = 0; i <= 40; ++i) {
            light.append(QJsonArray{0.1 + 0.02 * i, 0.25, 0.0});
            firm.append(QJsonArray{0.1 + 0.02 * i, 0.75, 1.0});
        }
        const StoredAnnotation pressed =
            make(QStringLiteral("ink"),
                 {{QStringLiteral("strokes"), QJsonArray{light, firm}}, {QStringLiteral("width"), 0.05}},
                 QStringLiteral("#000000"));
        const QImage p = painted({200, 300}, {pressed}, 0);
        auto thickness = [&](int y0) {
            int n = 0;
            for (int y = y0 - 15; y <= y0 + 15; ++y) {
                n += qGray(p.pixel(100, y)) < 128 ? 1 : 0;
            }
            return n;
        };
        QVERIFY2(thickness(75) < thickness(225),
                 qPrintable(QStringLiteral("%1 %2").arg(thickness(75)).arg(thickness(225))));
    }

    // A marker's stroke (opacity in its geometry) lets the text below show through; a pen's
    // does not.
    void markerInkIsTranslucent()
    {
        QJsonArray stroke;
        for (int i = 0; i <= 40; ++i) {
            stroke.append(QJsonArray{0.1 + 0.02 * i, 0.5});
        }
        QJsonObject geometry{{QStringLiteral("strokes"), QJsonArray{stroke}},
                             {QStringLiteral("width"), 0.05}};
        const StoredAnnotation pen = make(QStringLiteral("ink"), geometry, QStringLiteral("#000000"));
        geometry.insert(QStringLiteral("opacity"), 0.4);
        const StoredAnnotation marker = make(QStringLiteral("ink"), geometry, QStringLiteral("#000000"));
        const QImage penImage = painted({200, 300}, {pen}, 0);
        const QImage markerImage = painted({200, 300}, {marker}, 0);
        QVERIFY(qGray(penImage.pixel(100, 150)) < 40);
        const int shade = qGray(markerImage.pixel(100, 150));
        QVERIFY2(shade > 100 && shade < 200, qPrintable(QString::number(shade)));
    }

    void everyKindLeavesPixels()
    {
        const QJsonObject arrow{{QStringLiteral("from"), QJsonArray{0.1, 0.1}},
                                {QStringLiteral("to"), QJsonArray{0.8, 0.6}}};
        const QJsonObject note{{QStringLiteral("point"), QJsonArray{0.5, 0.5}}};
        QJsonObject ink{
            {QStringLiteral("strokes"), QJsonArray{QJsonArray{QJsonArray{0.1, 0.1}, QJsonArray{0.9, 0.9}}}},
            {QStringLiteral("width"), 0.01}};
        const QList<StoredAnnotation> all = {
            make(QStringLiteral("highlight"), rects({0.1, 0.1, 0.5, 0.05})),
            make(QStringLiteral("underline"), rects({0.1, 0.2, 0.5, 0.05}), QStringLiteral("#da4453")),
            make(QStringLiteral("strikeout"), rects({0.1, 0.3, 0.5, 0.05}), QStringLiteral("#da4453")),
            make(QStringLiteral("squiggly"), rects({0.1, 0.4, 0.5, 0.05}), QStringLiteral("#da4453")),
            make(QStringLiteral("ink"), ink, QStringLiteral("#da4453")),
            make(QStringLiteral("note"), note),
            make(QStringLiteral("freetext"), box({0.1, 0.6, 0.6, 0.2}), QStringLiteral("#1d99f3")),
            make(QStringLiteral("rectangle"), box({0.2, 0.2, 0.5, 0.5}), QStringLiteral("#27ae60")),
            make(QStringLiteral("arrow"), arrow, QStringLiteral("#da4453")),
        };
        for (const StoredAnnotation &a : all) {
            for (int rotation : {0, 90, 180, 270}) {
                const QSize size = rotation % 180 ? QSize(300, 200) : QSize(200, 300);
                QVERIFY2(changedPixels(painted(size, {a}, rotation)) > 20, qPrintable(a.type));
            }
        }
        StoredAnnotation text = all[6];
        text.text = QStringLiteral("Kosten prüfen, bevor der Rat beschließt");
        const QImage withText = painted({200, 300}, {text}, 0);
        const QImage without = painted({200, 300}, {all[6]}, 0);
        int differ = 0;
        for (int y = 0; y < 300; ++y) {
            for (int x = 0; x < 200; ++x) {
                differ += withText.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
            }
        }
        QVERIFY2(differ > 20, qPrintable(QString::number(differ)));

        // The selected one gets a blue frame.
        const QImage selected = painted({200, 300}, {all[7]}, 0, all[7].id);
        bool blue = false;
        for (int x = 30; x < 150 && !blue; ++x) {
            const QRgb c = selected.pixel(x, 56);
            blue = qBlue(c) > 200 && qRed(c) < 150;
        }
        QVERIFY(blue);
    }

    void displayMappingRoundTrips()
    {
        const QList<QPointF> points = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.25, 0.75}, {0.6, 0.1}};
        for (int rotation : {0, 90, 180, 270, -90, 450}) {
            const QSizeF size = (rotation / 90) % 2 ? QSizeF(842, 595) : QSizeF(595, 842);
            for (const QPointF &p : points) {
                const QPointF shown = AnnotationPainter::toDisplay(p, size, rotation);
                QVERIFY(QRectF(QPointF(0, 0), size).adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(shown));
                const QPointF back = AnnotationPainter::fromDisplay(shown, size, rotation);
                QVERIFY2(qAbs(back.x() - p.x()) < 1e-9 && qAbs(back.y() - p.y()) < 1e-9,
                         qPrintable(QStringLiteral("rotation %1").arg(rotation)));
            }
            const QRectF r(0.1, 0.2, 0.3, 0.4);
            const QRectF back = AnnotationPainter::fromDisplay(
                AnnotationPainter::toDisplay(r, size, rotation), size, rotation);
            QVERIFY(qAbs(back.left() - r.left()) < 1e-9 && qAbs(back.bottom() - r.bottom()) < 1e-9);
        }
        // Clockwise, as a PDF viewer turns a page: the top left corner goes to the top right.
        QCOMPARE(AnnotationPainter::toDisplay(QPointF(0, 0), QSizeF(300, 200), 90), QPointF(300, 0));
        QCOMPARE(AnnotationPainter::toDisplay(QPointF(0, 0), QSizeF(200, 300), 180), QPointF(200, 300));
        QCOMPARE(AnnotationPainter::toDisplay(QPointF(0, 0), QSizeF(300, 200), 270), QPointF(0, 200));
        QCOMPARE(AnnotationPainter::toDisplay(QRectF(0, 0, 0.5, 0.25), QSizeF(300, 200), 90),
                 QRectF(225, 0, 75, 100));
    }
};

RATSMAPPE_TEST_MAIN(AnnotationPainterTest)
#include "tst_annotationpainter.moc"
