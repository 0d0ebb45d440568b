// SPDX-License-Identifier: GPL-2.0-or-later
#include "isolatedpdf.h"

#include "pdfdocument.h"
#include "pdfworkerprotocol.h"

#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>

namespace Ratsmappe {

QString IsolatedPdf::workerPath()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_PDF_WORKER");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-pdf-worker")
                         : env;
}

IsolatedPdf::Result
IsolatedPdf::run(const QStringList &args, const QByteArray &pdf, const Limits &limits, QByteArray *out)
{
    Result result;
    const int page = args.size() > 1 ? args.at(1).toInt() : 0;
    QProcess process;
    const rlim_t memory = rlim_t(limits.memoryBytes);
    const rlim_t seconds = rlim_t((limits.timeoutMs + 999) / 1000);
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, seconds] {
        const rlimit as{memory, memory};
        setrlimit(RLIMIT_AS, &as);
        const rlimit cpu{seconds, seconds + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0}; // a crash must not leave a core file with document bytes
        setrlimit(RLIMIT_CORE, &core);
    });
    process.setProgram(workerPath());
    process.setArguments(args);
    process.start();
    if (!process.waitForStarted()) {
        result.error = tr("the PDF helper program cannot be started (%1)").arg(process.errorString());
        return result;
    }
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(limits.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.error = tr("the document took longer than %1 s to read; stopped").arg(limits.timeoutMs / 1000);
        return result;
    }
    *out = process.readAllStandardOutput();
    if (process.exitStatus() == QProcess::CrashExit) {
        result.error = tr("the document crashed the PDF reader (it is damaged or hostile)");
    } else if (process.exitCode() >= 10) {
        result.error = PdfDocument::describe(PdfDocument::Problem(process.exitCode() - 10), page);
    } else if (process.exitCode() != 0) {
        result.error = tr("the PDF reader gave up on the document");
    }
    return result;
}

IsolatedPdf::Result IsolatedPdf::probe(const QByteArray &pdf, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("probe")}, pdf, limits, &out);
    if (r.ok()) {
        r.pageCount = out.trimmed().toInt();
    }
    return r;
}

IsolatedPdf::Result
IsolatedPdf::render(const QByteArray &pdf, int page, double dpi, int rotation, const Limits &limits)
{
    QByteArray out;
    Result r = run(
        {QStringLiteral("render"), QString::number(page), QString::number(dpi), QString::number(rotation)},
        pdf,
        limits,
        &out);
    if (r.ok()) {
        r.image = PdfWorkerProtocol::readImage(out, &r.pageCount);
        if (r.image.isNull()) {
            r.error = tr("the PDF reader returned no image");
        }
    }
    return r;
}

IsolatedPdf::Result IsolatedPdf::text(const QByteArray &pdf, int page, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("text"), QString::number(page)}, pdf, limits, &out);
    if (r.ok()) {
        r.pages = QString::fromUtf8(out).split(PdfWorkerProtocol::PageSeparator);
        r.pageCount = int(r.pages.size());
    }
    return r;
}

} // namespace Ratsmappe
