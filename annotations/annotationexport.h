// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"

#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

class Database;

/// A document's current version with the member's annotations on it, as a standard PDF written
/// where the member chose (docs/cli.md, `annotations export`): the annotations become real PDF
/// annotation objects with appearance streams, written by ratsmappe-annotation-worker (libqpdf
/// never parses a document in the app's process). Blocking; call it off the GUI thread.
class AnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationExport)
public:
    struct Request
    {
        QString fileId;
        QString serverId; ///< empty: the one file with that id
        QString out; ///< the file the member chose
        /// The member confirmed that a non-public document may leave the cache with its
        /// annotations. Without it such a document is refused and nothing is written.
        bool confirmNonPublic = false;
        QString watermark; ///< a name written across every page; empty: none
        QString title; ///< the PDF's title; empty: the document's own
    };

    struct Result
    {
        QString error; ///< one line for the member; empty on success
        bool needsConfirmation = false; ///< refused: non-public and not confirmed
        int pages = 0;
        int annotations = 0;
        bool ok() const { return error.isEmpty(); }
    };

    static Result run(Database &db, const Request &request, const PdfHelperLimits &limits = {});
};

} // namespace Ratsmappe
