// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The annotation export's fixtures (tst_annotation_export, tst_cli_annotation_export): a source
// PDF written with libqpdf — an upright A4 page with a link, a page with /Rotate 90, a page whose
// crop box sits inside its media box — and one annotation of every kind on it, as the cache
// keeps them.

#include "annotationstore.h"
#include "cache.h"
#include "pdfsamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRectF>

#include <qpdf/QPDFPageDocumentHelper.hh>

namespace Ratsmappe::Test::ExportFixture {

/// Text of the source document no export may leave anywhere but the file the member chose.
inline const QByteArray Marker = "Geheimvermerk-Z7Q4X";

/// Each page's visible box (user space, x/y its lower left corner) and /Rotate.
struct PageBox
{
    QRectF box;
    int rotation;
};
inline const PageBox Pages[] = {
    {QRectF(0, 0, 595, 842), 0}, {QRectF(0, 0, 595, 842), 90}, {QRectF(50, 60, 500, 640), 0}};

/// The link on page 1, which must survive the export.
inline const QRectF LinkRect(72, 40, 200, 20);

inline QByteArray sourcePdf()
{
    return PdfSamples::writeQpdf([](QPDF &pdf) {
        QPDFObjectHandle font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        for (int i = 0; i < 3; ++i) {
            // Inside every page's visible box (the third page's is cropped to 50 60 550 700).
            QByteArray text = "BT /F1 12 Tf 72 " + QByteArray(i == 2 ? "650" : "760") + " Td (Seite " +
                QByteArray::number(i + 1) + " der Vorlage zum Haushalt) Tj 0 -16 Td (" + Marker +
                " nur fuer den Rat) Tj ET\n";
            text += "0.8 g 100 300 200 100 re f\n";
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
            fonts.replaceKey("/F1", font);
            resources.replaceKey("/Font", fonts);
            QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page >>");
            page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, text.toStdString()));
            page.replaceKey("/Resources", resources);
            if (i == 2) {
                page.replaceKey("/MediaBox", QPDFObjectHandle::parse("[0 0 612 792]"));
                page.replaceKey("/CropBox", QPDFObjectHandle::parse("[50 60 550 700]"));
            } else {
                page.replaceKey("/MediaBox", QPDFObjectHandle::parse("[0 0 595 842]"));
            }
            if (i == 1) {
                page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(90));
            }
            if (i == 0) {
                page.replaceKey(
                    "/Annots",
                    QPDFObjectHandle::parse("[<< /Type /Annot /Subtype /Link /Rect [72 40 272 60] "
                                            "/Border [0 0 0] /A << /S /URI /URI "
                                            "(https://example.org/ratsinfo) >> >>]"));
            }
            QPDFPageDocumentHelper(pdf).addPage(page, false);
        }
    });
}

inline QJsonArray rect(double x0, double y0, double x1, double y1)
{
    return QJsonArray{x0, y0, x1, y1};
}

inline StoredAnnotation make(const FileVersion &v,
                             const QString &type,
                             int page,
                             const QJsonObject &geometry,
                             const QString &color,
                             const QString &text = {})
{
    StoredAnnotation a;
    a.serverId = v.serverId;
    a.fileId = v.fileId;
    a.versionId = v.id;
    a.type = type;
    a.page = page;
    a.geometry = geometry;
    a.color = color;
    a.text = text;
    return a;
}

/// One of every kind on page 1, and some on the turned page and the cropped one.
inline QList<StoredAnnotation> annotations(const FileVersion &v)
{
    const auto rects = [](std::initializer_list<QJsonArray> list) {
        QJsonArray out;
        for (const QJsonArray &r : list) {
            out.append(r);
        }
        return QJsonObject{{QStringLiteral("rects"), out}};
    };
    QList<StoredAnnotation> list;
    StoredAnnotation h = make(v,
                              QStringLiteral("highlight"),
                              0,
                              rects({rect(0.12, 0.09, 0.55, 0.11), rect(0.12, 0.11, 0.4, 0.13)}),
                              QStringLiteral("#ffeb3b"),
                              QStringLiteral("Kosten prüfen"));
    h.quote = QStringLiteral("Seite 1 der Vorlage");
    h.prefix = QStringLiteral("");
    h.suffix = QStringLiteral(" zum Haushalt");
    h.start = 0;
    h.end = 19;
    list << h;
    list << make(
        v, QStringLiteral("underline"), 0, rects({rect(0.12, 0.16, 0.5, 0.18)}), QStringLiteral("#2196f3"));
    list << make(
        v, QStringLiteral("strikeout"), 0, rects({rect(0.12, 0.2, 0.5, 0.22)}), QStringLiteral("#f44336"));
    list << make(
        v, QStringLiteral("squiggly"), 0, rects({rect(0.12, 0.24, 0.5, 0.26)}), QStringLiteral("#4caf50"));
    list << make(
        v,
        QStringLiteral("ink"),
        0,
        QJsonObject{{QStringLiteral("strokes"),
                     QJsonArray{QJsonArray{QJsonArray{0.6, 0.1}, QJsonArray{0.7, 0.16}, QJsonArray{0.8, 0.1}},
                                QJsonArray{QJsonArray{0.62, 0.2, 0.5}, QJsonArray{0.78, 0.2, 0.9}}}},
                    {QStringLiteral("width"), 0.005}},
        QStringLiteral("#9c27b0"));
    list << make(v,
                 QStringLiteral("note"),
                 0,
                 QJsonObject{{QStringLiteral("point"), QJsonArray{0.85, 0.32}}},
                 QStringLiteral("#ff9800"),
                 QStringLiteral("Im Ausschuss nachfragen"));
    list << make(v,
                 QStringLiteral("freetext"),
                 0,
                 QJsonObject{{QStringLiteral("rect"), rect(0.12, 0.45, 0.5, 0.55)}},
                 QStringLiteral("#795548"),
                 QStringLiteral("Änderungsantrag: Mittel für Spielplätze um 20 % erhöhen"));
    list << make(v,
                 QStringLiteral("rectangle"),
                 0,
                 QJsonObject{{QStringLiteral("rect"), rect(0.55, 0.45, 0.9, 0.55)}},
                 QStringLiteral("#e91e63"));
    list << make(v,
                 QStringLiteral("arrow"),
                 0,
                 QJsonObject{{QStringLiteral("from"), QJsonArray{0.15, 0.65}},
                             {QStringLiteral("to"), QJsonArray{0.45, 0.8}}},
                 QStringLiteral("#000000"));
    // The turned page: text markup, a note and a box that must read upright.
    list << make(
        v, QStringLiteral("highlight"), 1, rects({rect(0.3, 0.2, 0.34, 0.6)}), QStringLiteral("#ffeb3b"));
    list << make(v,
                 QStringLiteral("note"),
                 1,
                 QJsonObject{{QStringLiteral("point"), QJsonArray{0.5, 0.5}}},
                 QStringLiteral("#ff9800"),
                 QStringLiteral("Gedreht"));
    list << make(v,
                 QStringLiteral("freetext"),
                 1,
                 QJsonObject{{QStringLiteral("rect"), rect(0.6, 0.2, 0.75, 0.7)}},
                 QStringLiteral("#795548"),
                 QStringLiteral("Quer gelesen"));
    // The cropped page: placed on its crop box, not its media box.
    list << make(
        v, QStringLiteral("highlight"), 2, rects({rect(0.1, 0.1, 0.6, 0.15)}), QStringLiteral("#8bc34a"));
    list << make(v,
                 QStringLiteral("rectangle"),
                 2,
                 QJsonObject{{QStringLiteral("rect"), rect(0.5, 0.5, 0.8, 0.7)}},
                 QStringLiteral("#3f51b5"));
    return list;
}

/// A stamp drawn by another program: a one-page PDF whose media box is the stamp's /Rect in its
/// page's user space (contract of issue 17, `foreign`).
inline QByteArray stampCapsule(const QRectF &rect)
{
    return PdfSamples::writeQpdf([&rect](QPDF &pdf) {
        QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page >>");
        page.replaceKey(
            "/MediaBox",
            QPDFObjectHandle::newFromRectangle({rect.left(), rect.top(), rect.right(), rect.bottom()}));
        std::string ops = "0 0.6 0 RG 4 w ";
        for (const double v : {rect.left() + 3, rect.top() + 3, rect.width() - 6, rect.height() - 6}) {
            ops += std::to_string(v) + ' ';
        }
        ops += "re S\n";
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, ops));
        page.replaceKey("/Resources", QPDFObjectHandle::newDictionary());
        QPDFPageDocumentHelper(pdf).addPage(page, false);
    });
}

} // namespace Ratsmappe::Test::ExportFixture
