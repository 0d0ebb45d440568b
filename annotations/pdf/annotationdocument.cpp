// SPDX-License-Identifier: GPL-2.0-or-later
// The whole-document side of annotationpdfwriter.h: the export job, the damage check, the
// watermark, the shared font.
#include "annotationpdfwriter.h"

#include "pdfcanvas.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <qpdf/Pl_Discard.hh>

namespace Ratsmappe::AnnotationPdf {

QByteArray ExportJob::toJson() const
{
    QJsonArray list;
    for (const QJsonObject &a : annotations) {
        list.append(a);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("annotations"), list},
                                     {QStringLiteral("watermark"), watermark},
                                     {QStringLiteral("title"), title}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ExportJob> ExportJob::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QLatin1String("annotations")).isArray()) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ExportJob job;
    for (const QJsonValue &v : o.value(QLatin1String("annotations")).toArray()) {
        if (!v.isObject()) {
            return std::nullopt;
        }
        job.annotations.append(v.toObject());
    }
    job.watermark = o.value(QLatin1String("watermark")).toString();
    job.title = o.value(QLatin1String("title")).toString();
    return job;
}

int damagedPage(QPDF &pdf)
{
    Pl_Discard discard;
    const std::vector<QPDFObjectHandle> &pages = pdf.getAllPages();
    for (size_t i = 0; i < pages.size(); ++i) {
        // A reference to an object the repair could not find reads as null, as a missing key does.
        const QPDFObjectHandle contents = pages[i].getKey("/Contents");
        if (contents.isNull()) {
            if (contents.isIndirect()) {
                return int(i) + 1;
            }
            continue;
        }
        std::vector<QPDFObjectHandle> streams;
        if (contents.isArray()) {
            streams = contents.getArrayAsVector();
        } else {
            streams.push_back(contents);
        }
        for (QPDFObjectHandle &stream : streams) {
            // Decoding every page costs about a tenth of a build (bench_packet), and it is what finds a
            // content stream that is cut or corrupt without qpdf having warned while parsing.
            if (!stream.isStream() ||
                !stream.pipeStreamData(&discard, 0, qpdf_dl_generalized, false, false)) {
                return int(i) + 1;
            }
        }
    }
    return 0;
}

QPDFObjectHandle helveticaFont(QPDF &pdf)
{
    return pdf.makeIndirectObject(QPDFObjectHandle::parse(
        nullptr, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
}

void addWatermark(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return;
    }
    static constexpr const char *Font = "/RatsmappeWatermarkFont";
    static constexpr const char *State = "/RatsmappeWatermarkState";
    const QPDFObjectHandle font = helveticaFont(pdf);
    const QPDFObjectHandle state =
        pdf.makeIndirectObject(QPDFObjectHandle::parse(nullptr, PdfCanvas::WatermarkState));
    for (QPDFPageObjectHelper page : pages) {
        QPDFObjectHandle object = page.getObjectHandle();
        QPDFObjectHandle resources = object.getKey("/Resources");
        // Resources are often shared between pages, or inherited: this page gets its own copy.
        resources = resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
        object.replaceKey("/Resources", resources);
        for (const auto &[key, value] : {std::pair{"/Font", font}, std::pair{"/ExtGState", state}}) {
            QPDFObjectHandle dict = resources.getKey(key);
            dict = dict.isDictionary() ? dict.shallowCopy() : QPDFObjectHandle::newDictionary();
            dict.replaceKey(key == std::string("/Font") ? Font : State, value);
            resources.replaceKey(key, dict);
        }
        const QRectF box = PageSpace(page).box();
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        page.addPageContents(
            QPDFObjectHandle::newStream(
                &pdf,
                "\nQ\n" +
                    PdfCanvas::watermarkOps(
                        box.left(), box.top(), box.right(), box.bottom(), name, Font, State)),
            false);
    }
}

} // namespace Ratsmappe::AnnotationPdf
