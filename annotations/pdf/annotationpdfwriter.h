// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pagespace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <memory>
#include <optional>
#include <vector>

namespace Ratsmappe::AnnotationPdf {

/// What the worker's `export` mode is asked to do (its first frame, JSON):
/// `{"annotations": [AnnotationJson::toJson(…), …], "watermark": "NAME or empty", "title": "…"}`.
struct ExportJob
{
    QList<QJsonObject> annotations;
    QString watermark;
    QString title; ///< the exported file's /Title; empty: the document's own stays
    QByteArray toJson() const;
    static std::optional<ExportJob> fromJson(const QByteArray &json);
};

/// Adds the member's annotations to the pages of a QPDF as standard annotation objects (the
/// mapping of kinds is in docs/cli.md, `annotations export`), each with an appearance stream, so that
/// readers which draw only appearances show them too. A page's own /Annots (links, form fields,
/// others' annotations) stay; an annotation written earlier with the same /NM is replaced.
class AnnotationPdfWriter
{
public:
    explicit AnnotationPdfWriter(QPDF &pdf);
    AnnotationPdfWriter(const AnnotationPdfWriter &) = delete;
    AnnotationPdfWriter &operator=(const AnnotationPdfWriter &) = delete;
    ~AnnotationPdfWriter();

    /// Adds \a annotation (AnnotationJson::toJson) to \a page, its geometry placed on \a space
    /// (the page's box before anything changed it: a packet's band extends the box, not the
    /// user space). Empty on success, else why not (English, technical).
    std::string add(QPDFPageObjectHelper page, const PageSpace &space, const QJsonObject &annotation);

    /// Every one of \a annotations on \a pages (by its "page", from 0). Stops at the first that
    /// cannot be written and says which.
    std::string addAll(const QList<QJsonObject> &annotations, const std::vector<QPDFPageObjectHelper> &pages);

private:
    QPDF &m_pdf;
    QPDFObjectHandle m_font;
    /// The foreign annotations' appearance capsules: QPDFWriter reads their streams' data from
    /// them, so they live as long as the writer (keep the writer until the PDF is written).
    struct Capsule
    {
        QByteArray bytes; ///< the QPDF reads from it
        std::unique_ptr<QPDF> pdf;
    };
    std::vector<Capsule> m_capsules;
};

/// Writes \a name across each of \a pages (faint, along the diagonal of its visible box), as the
/// session packet's personal watermark (PdfCanvas::watermarkOps).
void addWatermark(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QString &name);

/// The first page (from 1) whose content a repaired file lost, or 0. A truncated file is
/// repaired by qpdf into pages whose content object is gone: they would show blank, and a copy
/// (an export, a packet) must not lack a page silently. A page without /Contents is a blank page
/// and fine; one whose content is a lost object or cannot be decoded is not.
int damagedPage(QPDF &pdf);

/// A Helvetica font dictionary (WinAnsiEncoding) in \a pdf, for appearances and watermarks.
QPDFObjectHandle helveticaFont(QPDF &pdf);

} // namespace Ratsmappe::AnnotationPdf
