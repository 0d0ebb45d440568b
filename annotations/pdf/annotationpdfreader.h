// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads the annotations out of a PDF (the worker's `read` mode, workerprotocol.h), for
// AnnotationImport. Output, one JSON object:
//
// {"pages": [{"width": pt, "height": pt, "rotation": 0|90|180|270}, …],   (the crop box)
//  "skipped": n,                         (entries that are not readable annotations)
//  "annotations": [{
//     "page": 0-based, "subtype": "Highlight" (the /Subtype without slash),
//     "rect": [x0, y0, x1, y1]           (normalized, unrotated page, origin top left),
//     "color": "#rrggbb" or "", "contents", "author" (/T), "name" (/NM),
//     "modified", "created"              (ISO 8601 UTC, or absent),
//     "quads": [[x0, y0, x1, y1], …]     (the bounding box of each /QuadPoints quad, whatever
//                                          order its corners come in),
//     "ink": [[[x, y], …], …], "line": {"from": [x, y], "to": [x, y], "endings": ["None", …]},
//     "width": w                         (/BS /W or /Border, normalized by the page's width),
//     "opacity": /CA, "fontSize": f      (from /DA, normalized by the page's height),
//     "ratsmappe": {…}                   (the parsed /RatsmappeAnnotation, if any),
//     "dictionary": "<< … >>", "appearance": base64 one-page PDF (kinds Ratsmappe cannot edit:
//                                          the contract's foreign capsule; appearance absent
//                                          when the annotation has no /AP /N)
//  }, …],
//  "withoutAnnotations": base64 PDF  (when there are annotations: the document with every page's
//                                      /Annots removed, whose words are the page's own; Poppler
//                                      reads an appearance's text as page text)}
//
// /Link, /Widget and /Popup are not annotations a member made (a popup's text is its parent's
// /Contents): they are left out, not counted as skipped.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QPDF;

namespace Ratsmappe::AnnotationPdf {

/// Bounds against hostile input: the worker runs under a memory limit, but a document with a
/// million annotations or points should fail soft, not at the limit.
struct ReadLimits
{
    static constexpr int MaxAnnotations = 20000; ///< per document; the rest count as skipped
    static constexpr int MaxPoints = 200000; ///< ink points and quads, per annotation
    static constexpr int MaxDepth = 12; ///< nesting of the dictionary kept for a foreign one
};

/// Whether Ratsmappe edits annotations of \a subtype (else they are kept as `foreign`).
bool isEditableSubtype(const QString &subtype);

/// Every annotation of \a pdf as above (and then \a pdf without them). Throws std::exception
/// for a document whose page tree cannot be read.
QJsonObject readAnnotations(QPDF &pdf);

/// The PDF date \a value (D:YYYYMMDDHHmmSS+HH'mm') as ISO 8601 UTC; empty when it is none.
QString isoDate(const QString &value);

} // namespace Ratsmappe::AnnotationPdf
