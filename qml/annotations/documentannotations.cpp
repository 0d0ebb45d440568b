// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentannotations.h"

namespace Ratsmappe {

DocumentAnnotations::DocumentAnnotations(QObject *parent)
    : AnnotationSet(parent)
{ }

void DocumentAnnotations::setCacheController(CacheController *controller)
{
    if (!CacheController::follow(m_controller, controller, this)) {
        return;
    }
    if (controller) {
        connect(controller, &CacheController::stateChanged, this, [this] { reopen(false); });
        // Before the cache is destroyed with its controller.
        connect(controller, &QObject::destroyed, this, [this] {
            m_controller = nullptr;
            reopen(false);
        });
    }
    Q_EMIT cacheControllerChanged();
    reopen(false);
}

void DocumentAnnotations::setServerId(const QString &serverId)
{
    if (serverId != m_server) {
        m_server = serverId;
        reopen(true);
    }
}

void DocumentAnnotations::setFileId(const QString &fileId)
{
    if (fileId != m_file) {
        m_file = fileId;
        reopen(true);
    }
}

void DocumentAnnotations::setVersionId(qint64 versionId)
{
    if (versionId != m_version) {
        m_version = versionId;
        reopen(true);
    }
}

void DocumentAnnotations::readAgain()
{
    reopen(true);
}

void DocumentAnnotations::reopen(bool again)
{
    Cache *cache = CacheController::usableCache(m_controller);
    const bool ready = cache && m_version > 0 && !m_file.isEmpty();
    if (!ready) {
        if (m_openOn || AnnotationSet::isOpen()) {
            m_openOn = nullptr;
            close();
            Q_EMIT documentChanged();
        }
        return;
    }
    if (!again && cache == m_openOn && AnnotationSet::isOpen()) {
        return; // the same document on the same cache: keep the undo history
    }
    m_openOn = cache;
    open(&cache->database(), m_server, m_file, m_version);
    Q_EMIT documentChanged();
}

} // namespace Ratsmappe
