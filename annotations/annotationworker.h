// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// Runs ratsmappe-annotation-worker (annotations/pdf/workerprotocol.h) under the PDF helper's
/// limits: libqpdf never parses a document from elsewhere in the app. Blocking; call it off the
/// GUI thread.
class AnnotationWorker
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationWorker)
public:
    struct Result
    {
        QByteArray output; ///< the worker's stdout
        QString error; ///< one line for the member; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /// \a mode: export, read or summary; \a input goes to its stdin whole.
    static Result run(const QString &mode, const QByteArray &input, const PdfHelperLimits &limits = {});

    /// Beside the running program, or $RATSMAPPE_ANNOTATION_WORKER.
    static QString workerPath();
};

} // namespace Ratsmappe
