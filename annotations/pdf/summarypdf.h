// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace Ratsmappe::AnnotationPdf {

/// Lays out a printable summary of a meeting's annotations and notes as A4 pages. The app words
/// everything (the worker has no translations); the layout only sets it. \a json:
/// {"title", "subtitle", "footer", "pageLabel": "Seite %1 von %2",
///  "blocks": [{"kind": "heading" | "subheading" | "entry" | "quote" | "text" | "remark",
///              "text": "…", "color": "#rrggbb" (entry: a swatch)}]}
/// A heading is kept with what follows it. Text is Helvetica (Windows-1252): characters outside it
/// print as "?". Returns the PDF, or empty with \a error set.
QByteArray writeSummary(const QByteArray &json, QString *error);

} // namespace Ratsmappe::AnnotationPdf
