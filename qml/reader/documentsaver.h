// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// Saves a copy of the document open in a DocumentSession where the member says: the only way
/// document bytes leave the encrypted cache. Works for every stored version, also one that
/// failed its first-open check or cannot be shown.
class DocumentSaver : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)

public:
    explicit DocumentSaver(QObject *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);

    /// Writes the stored bytes to \a url (a local file). Returns an error for the member, or ""
    /// when saved.
    Q_INVOKABLE QString saveCopy(const QUrl &url);
    /// Asks where to save a copy with the system's file dialog, which starts in the member's
    /// Documents folder with the document's name filled in, and saves it there; saveFinished
    /// tells how it went (nothing when the member cancels).
    Q_INVOKABLE void saveCopyAs();
    Q_INVOKABLE QString suggestedFileName() const;
    /// Where a save dialog starts: the suggested name in the member's Documents folder (else
    /// Downloads, else home), never the program's working directory.
    QUrl suggestedSaveUrl() const;
    static QUrl saveFolder();

Q_SIGNALS:
    void documentChanged();
    /// \a message is where the copy went, or why it was not saved.
    void saveFinished(bool ok, const QString &message);

private:
    QPointer<DocumentSession> m_document;
};

} // namespace Ratsmappe
