// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QPagedPaintDevice;
class QPrinter;

namespace Ratsmappe {

class PrintJob;

/// Prints the document open in a DocumentSession: pages render on the document's workers and are
/// painted onto the printer on this thread, one by one (printProgress), never through a file.
/// Closing the document ends a run.
class DocumentPrinter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    /// A print run is going on; printProgress goes from 0 to 1.
    Q_PROPERTY(bool printing READ printing NOTIFY printingChanged)
    Q_PROPERTY(qreal printProgress READ printProgress NOTIFY printingChanged)
    /// Why printing is off, or empty. The print engine spools the whole job unencrypted into
    /// the temporary folder: printing needs the private one (PrivateTempDir).
    Q_PROPERTY(QString unavailableReason READ unavailableReason CONSTANT)

public:
    explicit DocumentPrinter(QObject *parent = nullptr);
    ~DocumentPrinter() override;

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    bool printing() const;
    qreal printProgress() const;
    QString unavailableReason() const;

    /// Prints through the system's print dialog; nothing when unavailableReason() says why not.
    Q_INVOKABLE void print();
    Q_INVOKABLE void cancelPrint();
    /// Prints pages \a from to \a to (from 0) onto \a device through the same path as print();
    /// the device must outlive the job. Returns false when nothing is open or a run goes on.
    bool printTo(QPagedPaintDevice *device, int from, int to, int dpi);

Q_SIGNALS:
    void documentChanged();
    void printingChanged();
    /// \a ok false with an empty \a error: cancelled.
    void printFinished(bool ok, const QString &error);

private:
    void stop();

    QPointer<DocumentSession> m_document;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<PrintJob> m_printJob; // declared last: ends before the printer
};

} // namespace Ratsmappe
