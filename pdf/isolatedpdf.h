// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

class QProcess;
class QProcessEnvironment;

namespace Ratsmappe {

/// What the PDF helper process may use before it is stopped.
struct PdfHelperLimits
{
    int timeoutMs = 60000; ///< wall clock, and the CPU limit
    qint64 memoryBytes = 3LL * 1024 * 1024 * 1024; ///< address space of the helper
};

/// Poppler in a helper process (`ratsmappe-pdf-worker`) with a time and a memory limit: a
/// malformed or hostile PDF can crash, hang or exhaust that process, never the caller. The
/// bytes travel through a pipe; nothing is written to disk. Blocking; call it off the GUI
/// thread. Pages count from 0.
class IsolatedPdf
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::IsolatedPdf)
public:
    using Limits = PdfHelperLimits;

    struct Result
    {
        QString error; ///< one line for the member; empty on success
        int pageCount = 0;
        QImage image; ///< render()
        QStringList pages; ///< text(): one entry per page asked for
        QList<PdfWord> words; ///< words(): the page's words, points of the unrotated page
        QSizeF pageSize; ///< words(): the page's size in points, unrotated
        QList<QList<PdfWord>> pageWords; ///< allWords(): every page's words
        QList<QSizeF> pageSizes; ///< allWords(): every page's size in points, unrotated
        bool ok() const { return error.isEmpty(); }
    };

    /// Opens the document and renders its first page small: what a first open must survive.
    static Result probe(const QByteArray &pdf, const Limits &limits = {});
    static Result
    render(const QByteArray &pdf, int page, double dpi, int rotation = 0, const Limits &limits = {});
    /// The text of \a page, or of every page when \a page is -1.
    static Result text(const QByteArray &pdf, int page = -1, const Limits &limits = {});
    /// The words of \a page with their boxes, and the page's size.
    static Result words(const QByteArray &pdf, int page, const Limits &limits = {});
    /// Every page's words with their boxes and every page's size, in one run of the helper.
    static Result allWords(const QByteArray &pdf, const Limits &limits = {});

    /// The helper program: beside the running program, or $RATSMAPPE_PDF_WORKER.
    static QString workerPath();
    /// The helper's whole environment: the locale, where fontconfig finds fonts and its cache,
    /// the temporary folder, the library path of an uninstalled build. Nothing else, above all
    /// no passphrase or token that this process may still have in its own.
    static QProcessEnvironment workerEnvironment();

    /// Sets \a process up to run the helper with \a args under \a limits (not started yet).
    static void prepare(QProcess &process, const QStringList &args, const Limits &limits);
    /// The same for another helper \a program (the session packets' writer).
    static void
    prepare(QProcess &process, const QString &program, const QStringList &args, const Limits &limits);
    /// What a finished helper run of \a args means: its error, if any (the caller reads stdout).
    static Result outcome(const QProcess &process, const QStringList &args);
    /// Starts a prepared \a process, hands it \a input and waits for its end within \a limits
    /// (killing it after): empty when it ended on its own, else why not. The caller reads its
    /// exit status and output.
    static QString runPrepared(QProcess &process, const QByteArray &input, const Limits &limits);
    static QString notStarted(const QString &reason);
    static QString timedOut(const Limits &limits);

private:
    static Result run(const QStringList &args, const QByteArray &pdf, const Limits &limits, QByteArray *out);
};

} // namespace Ratsmappe
