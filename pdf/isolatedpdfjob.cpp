// SPDX-License-Identifier: GPL-2.0-or-later
#include "isolatedpdfjob.h"

namespace Ratsmappe {

IsolatedPdfJob::IsolatedPdfJob(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        cancel();
        IsolatedPdf::Result result;
        result.error = IsolatedPdf::timedOut(m_limits);
        Q_EMIT finished(result);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_deadline.stop();
            IsolatedPdf::Result result;
            result.error = IsolatedPdf::notStarted(m_process.errorString());
            Q_EMIT finished(result);
        }
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        m_deadline.stop();
        IsolatedPdf::Result result = IsolatedPdf::outcome(m_process, m_args);
        if (result.ok()) {
            result.pageCount = m_process.readAllStandardOutput().trimmed().toInt();
        }
        Q_EMIT finished(result);
    });
}

IsolatedPdfJob::~IsolatedPdfJob()
{
    cancel();
}

void IsolatedPdfJob::probe(const QByteArray &pdf, const IsolatedPdf::Limits &limits)
{
    cancel();
    m_args = {QStringLiteral("probe")};
    m_limits = limits;
    IsolatedPdf::prepare(m_process, m_args, limits);
    m_process.start();
    // Buffered by QProcess and written while the event loop runs; the pipe exists from start().
    m_process.write(pdf);
    m_process.closeWriteChannel();
    m_deadline.start(limits.timeoutMs);
}

void IsolatedPdfJob::cancel()
{
    m_deadline.stop();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    // No result of a run the owner gave up on; SIGKILL cannot be ignored, so the wait is short
    // and the process is reaped here rather than left a zombie.
    const QSignalBlocker quiet(m_process);
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace Ratsmappe
