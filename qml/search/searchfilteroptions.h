// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachecontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// What the search page's filters offer: the committees ({id, name}) and the paper types in the
/// cache, read again after every sync.
class SearchFilterOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY cacheControllerChanged)
    Q_PROPERTY(QVariantList committees READ committees NOTIFY changed)
    Q_PROPERTY(QStringList paperTypes READ paperTypes NOTIFY changed)
    /// Every kind of hit ({kind, name}), in the order results are grouped.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

public:
    using QObject::QObject;

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    QVariantList committees() const { return m_committees; }
    QStringList paperTypes() const { return m_paperTypes; }
    static QVariantList kinds();

Q_SIGNALS:
    void cacheControllerChanged();
    void changed();

private:
    void reload();

    QPointer<CacheController> m_controller;
    QVariantList m_committees;
    QStringList m_paperTypes;
};

} // namespace Ratsmappe
