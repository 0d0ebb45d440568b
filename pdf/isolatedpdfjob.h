// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "isolatedpdf.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace Ratsmappe {

/// One request to the PDF helper process, run without blocking the thread that owns it (the GUI
/// thread): the owner can stop it at any moment. cancel() and the destructor kill the helper at
/// once, so leaving a document or quitting never leaves it running until its time limit.
class IsolatedPdfJob : public QObject
{
    Q_OBJECT
public:
    explicit IsolatedPdfJob(QObject *parent = nullptr);
    /// Kills a helper still running.
    ~IsolatedPdfJob() override;

    /// Opens \a pdf in the helper and renders its first page small (IsolatedPdf::probe).
    void probe(const QByteArray &pdf, const IsolatedPdf::Limits &limits = {});
    /// Kills the helper and waits until it is gone; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void finished(const Ratsmappe::IsolatedPdf::Result &result);

private:
    void finish(IsolatedPdf::Result result);

    QProcess m_process;
    QTimer m_deadline;
    QStringList m_args;
    IsolatedPdf::Limits m_limits;
};

} // namespace Ratsmappe
