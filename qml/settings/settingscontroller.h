// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The member's settings as the settings pages show and change them: every value is read from
/// and written at once to the encrypted cache (SettingsStore, SyncScope); nothing goes to a
/// plain settings file. The parts that act on them (locking, background sync) read them there.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY changed)
    Q_PROPERTY(bool syncOnStart READ syncOnStart WRITE setSyncOnStart NOTIFY changed)
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes WRITE setSyncIntervalMinutes NOTIFY changed)
    Q_PROPERTY(bool notifyDocuments READ notifyDocuments WRITE setNotifyDocuments NOTIFY changed)
    Q_PROPERTY(QString proxyUrl READ proxyUrl WRITE setProxyUrl NOTIFY changed)
    Q_PROPERTY(
        QString extraCaCertificates READ extraCaCertificates WRITE setExtraCaCertificates NOTIFY changed)
    /// Days back from today whose meetings' documents are kept.
    Q_PROPERTY(int scopeDaysBack READ scopeDaysBack WRITE setScopeDaysBack NOTIFY changed)
    /// The committees whose documents are kept; empty: all.
    Q_PROPERTY(QStringList scopeCommittees READ scopeCommittees WRITE setScopeCommittees NOTIFY changed)
    /// The bodies synced; empty: all.
    Q_PROPERTY(QStringList scopeBodies READ scopeBodies WRITE setScopeBodies NOTIFY changed)
    /// {id, name} of every committee and body there is to choose.
    /// (Read again only when the cache opens or a sync ends: a list made anew makes the page's
    /// rows anew.)
    Q_PROPERTY(QVariantList committeeChoices READ committeeChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList bodyChoices READ bodyChoices NOTIFY choicesChanged)
    /// The space the scope takes, estimated, in the member's words.
    Q_PROPERTY(QString scopeSpace READ scopeSpace NOTIFY changed)
    /// Why the last change could not be stored, or "".
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    using QObject::QObject;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool syncOnStart() const;
    void setSyncOnStart(bool on);
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    bool notifyDocuments() const;
    void setNotifyDocuments(bool on);
    QString proxyUrl() const;
    void setProxyUrl(const QString &url);
    QString extraCaCertificates() const;
    void setExtraCaCertificates(const QString &pem);
    int scopeDaysBack() const;
    void setScopeDaysBack(int days);
    QStringList scopeCommittees() const;
    void setScopeCommittees(const QStringList &ids);
    QStringList scopeBodies() const;
    void setScopeBodies(const QStringList &ids);
    QVariantList committeeChoices() const;
    QVariantList bodyChoices() const;
    QString scopeSpace() const;
    QString problem() const { return m_problem; }

    /// Why \a url cannot be a proxy, or "".
    Q_INVOKABLE QString proxyProblem(const QString &url) const;
    /// Why \a pem holds no certificate, or "".
    Q_INVOKABLE QString certificateProblem(const QString &pem) const;

Q_SIGNALS:
    void cacheControllerChanged();
    void changed();
    void choicesChanged();
    void problemChanged();

private:
    // Runs \a write on the open cache; a failure becomes the problem shown.
    template<typename Write>
    void store(Write write);

    QPointer<CacheController> m_controller;
    QString m_problem;
};

} // namespace Ratsmappe
