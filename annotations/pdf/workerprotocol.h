// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The pipe between the app and ratsmappe-annotation-worker, which reads and writes annotations
// in PDFs with libqpdf, away from the app (a document from elsewhere is untrusted input).
//
// - `export`: stdin holds a frame with the job (JSON, annotationpdfwriter.h) and a frame with the
//   document; stdout the document with the annotations added, up to its end.
// - `read`: stdin is a PDF; stdout the JSON of its annotations (annotationpdfreader.h).
// - `summary`: stdin holds a frame with the summary (JSON, summarypdf.h); stdout the PDF.
//
// Frames are core/pipeframe.h's. A failure exits with FailureExitBase + Failure and one line of
// detail on stderr (English, technical: the caller words it for the member).

#include <QFile>

#include <cstdio>

namespace Ratsmappe::AnnotationPdf::Protocol {

enum class Failure {
    Internal = 1, ///< the pipe or the job
    Unreadable = 2, ///< the PDF cannot be parsed
    Encrypted = 3, ///< the PDF needs a password
    WriteFailed = 4, ///< writing failed
};
inline constexpr int FailureExitBase = 10;

/// Writes the detail line and returns the exit status for \a failure.
int fail(Failure failure, const char *detail);

// The modes, each in the file of its part.
int runExport(QFile &in, std::FILE *out);
int runRead(QFile &in, std::FILE *out);
int runSummary(QFile &in, std::FILE *out);

} // namespace Ratsmappe::AnnotationPdf::Protocol
