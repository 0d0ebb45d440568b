// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Ratsmappe {

class Database;

/// A printable summary of the member's annotations and notes on one meeting, in agenda order:
/// the meeting's own documents, then each TOP with its note, its papers' notes and each
/// document's annotations by page, with the quoted words and the member's text. Written as a PDF
/// by ratsmappe-annotation-worker (annotations/pdf/summarypdf.h); worded here, in the member's
/// language.
class AnnotationSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationSummary)
public:
    struct Options
    {
        /// Non-public items and documents only when the member confirmed it; otherwise they are
        /// left out and counted.
        bool includeNonPublic = false;
    };

    struct Result
    {
        bool found = false; ///< the meeting is in the cache
        QString meetingName;
        int annotations = 0;
        int notes = 0;
        int nonPublicLeftOut = 0; ///< annotations and notes left out for want of confirmation
        QByteArray pdf;
        QString error; ///< one line for the member; empty on success
        bool ok() const { return found && error.isEmpty(); }
    };

    /// The summary as the layout takes it (summarypdf.h's JSON), with the counts in \a result.
    static QJsonObject compose(Database &db,
                               const QString &meetingId,
                               const QString &serverId,
                               const Options &options,
                               Result *result);
    /// compose(), then the PDF from the worker. Blocking: call it off the GUI thread.
    static Result write(Database &db,
                        const QString &meetingId,
                        const QString &serverId,
                        const Options &options,
                        const PdfHelperLimits &limits = {});

    /// "Highlight", "Underline", …: an annotation type as the member reads it.
    static QString typeName(const QString &type);
};

} // namespace Ratsmappe
