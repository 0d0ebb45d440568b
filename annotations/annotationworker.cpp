// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationworker.h"

#include "workerprotocol.h"

#include <QProcess>

namespace Ratsmappe {

QString AnnotationWorker::workerPath()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_ANNOTATION_WORKER");
    return env.isEmpty()
        ? QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-annotation-worker")
        : env;
}

AnnotationWorker::Result
AnnotationWorker::run(const QString &mode, const QByteArray &input, const PdfHelperLimits &limits)
{
    using AnnotationPdf::Protocol::Failure;
    Result result;
    QProcess process;
    IsolatedPdf::prepare(process, workerPath(), {mode}, limits);
    result.error = IsolatedPdf::runPrepared(process, input, limits);
    if (!result.error.isEmpty()) {
        return result;
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        result.error = tr("The document crashed the PDF writer: it is damaged or built to harm.");
        return result;
    }
    const QString detail =
        QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
    switch (process.exitCode() - AnnotationPdf::Protocol::FailureExitBase) {
    case -AnnotationPdf::Protocol::FailureExitBase:
        result.output = process.readAllStandardOutput();
        return result;
    case int(Failure::Unreadable):
        result.error = tr("The PDF cannot be read: %1").arg(detail);
        break;
    case int(Failure::Encrypted):
        result.error = tr("The PDF is protected by a password; open it elsewhere and save it without one.");
        break;
    case int(Failure::WriteFailed):
        result.error = tr("The PDF could not be written: %1").arg(detail);
        break;
    default:
        result.error = tr("The PDF helper failed: %1").arg(detail.isEmpty() ? tr("no reason given") : detail);
        break;
    }
    return result;
}

} // namespace Ratsmappe
