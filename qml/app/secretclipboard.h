// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// Puts a secret on the clipboard (a recovery key, a document's text): marked with the MIME
/// entry x-kde-passwordManagerHint = "secret", which tells clipboard managers (Klipper keeps
/// its history on disk) not to store it, and taken off again after clearAfter ms, on clear()
/// and when this object goes — only while the clipboard still holds what it put there.
class SecretClipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Milliseconds after a copy until the clipboard is cleared; 0: only clear() and the end of
    /// this object clear it.
    Q_PROPERTY(int clearAfter READ clearAfter WRITE setClearAfter NOTIFY clearAfterChanged)

public:
    /// The MIME type clipboard managers look for, and its value for a secret.
    static constexpr auto HintFormat = "x-kde-passwordManagerHint";
    static constexpr auto HintSecret = "secret";

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    int clearAfter() const { return m_clearAfter; }
    void setClearAfter(int ms);

    /// Puts \a text on the clipboard, marked as a secret, and keeps nothing: the text stays
    /// until something else replaces it (copied document text, which the member pastes elsewhere).
    static void put(const QString &text);

    /// Puts \a text there, marked, and takes it off again as said above.
    Q_INVOKABLE void copy(const QString &text);
    /// Clears the clipboard if it still holds our last copy.
    Q_INVOKABLE void clear();
    /// The clipboard holds what the last copy() put there.
    bool holdsCopy() const;

Q_SIGNALS:
    void clearAfterChanged();

private:
    int m_clearAfter = 0;
    QTimer m_timer;
    QByteArray m_digest; // of the text put there, so that the secret is not kept here as well
};

} // namespace Ratsmappe
