// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class CacheController;

/// An annotation carried over to a new version of its document, with the one it was carried
/// from on the old version: what the member compares when it needs attention, and what they
/// decide (it sits right; or it goes).
class CarriedAnnotation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY changed)
    /// The annotation on the new version.
    Q_PROPERTY(QString annotationId READ annotationId WRITE setAnnotationId NOTIFY changed)
    /// The one on the old version; empty when this annotation was made where it is.
    Q_PROPERTY(QString originId READ originId NOTIFY changed)
    Q_PROPERTY(QString fileId READ fileId NOTIFY changed)
    Q_PROPERTY(QString serverId READ serverId NOTIFY changed)
    /// From 0.
    Q_PROPERTY(int page READ page NOTIFY changed)
    Q_PROPERTY(int originPage READ originPage NOTIFY changed)
    Q_PROPERTY(QString quote READ quote NOTIFY changed)
    Q_PROPERTY(QString originQuote READ originQuote NOTIFY changed)
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY changed)
    /// Why it needs attention, for the member.
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    explicit CarriedAnnotation(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QString annotationId() const { return m_id; }
    void setAnnotationId(const QString &id);
    QString originId() const { return m_originId; }
    QString fileId() const { return m_fileId; }
    QString serverId() const { return m_serverId; }
    int page() const { return m_page; }
    int originPage() const { return m_originPage; }
    QString quote() const { return m_quote; }
    QString originQuote() const { return m_originQuote; }
    bool needsAttention() const { return m_needsAttention; }
    QString reason() const { return m_reason; }
    QString errorMessage() const { return m_error; }

    /// The text for an attention reason as the store keeps it ("quote-changed", …) on an
    /// annotation of \a type.
    static QString reasonText(const QString &reason, const QString &type);

    /// The member checked it: it sits right. Committed at once.
    Q_INVOKABLE bool acknowledge();
    /// The member does not want it on the new version (the old version keeps its own).
    Q_INVOKABLE bool remove();

Q_SIGNALS:
    void changed();

private:
    void load();

    QPointer<CacheController> m_controller;
    QString m_id;
    QString m_originId;
    QString m_fileId;
    QString m_serverId;
    int m_page = -1;
    int m_originPage = -1;
    QString m_quote;
    QString m_originQuote;
    bool m_needsAttention = false;
    QString m_reason;
    QString m_error;
};

} // namespace Ratsmappe
