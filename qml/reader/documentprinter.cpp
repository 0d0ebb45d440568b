// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentprinter.h"

#include "documentsession.h"
#include "printjob.h"
#include "privatetempdir.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>

#include <algorithm>

namespace Ratsmappe {

DocumentPrinter::DocumentPrinter(QObject *parent)
    : QObject(parent)
{ }

DocumentPrinter::~DocumentPrinter() = default;

QString DocumentPrinter::unavailableReason() const
{
    const QString problem = PrivateTempDir::problemWith(QDir::tempPath());
    if (problem.isEmpty()) {
        return {};
    }
    return tr("Printing is off: the print system would write the whole document unencrypted into "
              "a temporary file. %1")
        .arg(problem);
}

void DocumentPrinter::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    stop();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        // The run uses the document's workers: it ends before they do.
        connect(m_document, &DocumentSession::closing, this, &DocumentPrinter::stop);
    }
    Q_EMIT documentChanged();
}

void DocumentPrinter::stop()
{
    if (m_printJob) {
        m_printJob->cancel();
        m_printJob.reset();
        Q_EMIT printingChanged();
    }
}

bool DocumentPrinter::printing() const
{
    return m_printJob && m_printJob->isRunning();
}

qreal DocumentPrinter::printProgress() const
{
    return m_printJob && m_printJob->pageCount() > 0
        ? static_cast<qreal>(m_printJob->pagesDone()) / m_printJob->pageCount()
        : 0;
}

// The dialog, the job and every QPainter on the printer stay on this thread; the workers only
// render page images. Printing to a file is not offered: the decrypted pages never land on disk.
void DocumentPrinter::print()
{
    if (!m_document || !m_document->renderQueue() || printing() || !unavailableReason().isEmpty()) {
        return;
    }
    const int pageCount = m_document->pageCount();
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_document->title());
    printer->setFromTo(1, pageCount);
    QPrintDialog dialog(printer.get());
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted || !printer->outputFileName().isEmpty()) {
        return;
    }
    const int from = printer->fromPage() > 0 ? printer->fromPage() - 1 : 0;
    const int to = printer->toPage() > 0 ? printer->toPage() - 1 : pageCount - 1;
    const int dpi = printer->resolution();
    m_printJob.reset();
    m_printer = std::move(printer);
    if (printTo(m_printer.get(), from, to, dpi)) {
        m_printJob->setAbort([printer = m_printer.get()] { printer->abort(); });
    }
}

bool DocumentPrinter::printTo(QPagedPaintDevice *device, int from, int to, int dpi)
{
    RenderQueue *queue = m_document ? m_document->renderQueue() : nullptr;
    const int pageCount = m_document ? m_document->pageCount() : 0;
    if (!queue || m_document->versionId() == 0 || printing() || pageCount == 0) {
        return false;
    }
    from = std::clamp(from, 0, pageCount - 1);
    to = std::clamp(to, from, pageCount - 1);
    m_printJob = std::make_unique<PrintJob>(
        queue, m_document->versionId(), device, from, to, dpi, m_document->rotation());
    connect(m_printJob.get(), &PrintJob::progress, this, &DocumentPrinter::printingChanged);
    connect(m_printJob.get(), &PrintJob::finished, this, [this](bool ok, const QString &error) {
        Q_EMIT printingChanged();
        Q_EMIT printFinished(ok, error);
    });
    m_printJob->start();
    Q_EMIT printingChanged();
    return true;
}

void DocumentPrinter::cancelPrint()
{
    if (m_printJob) {
        m_printJob->cancel();
    }
}

} // namespace Ratsmappe
