// SPDX-License-Identifier: GPL-2.0-or-later
#include "cachecontroller.h"

#include "keychainstore.h"

#include <QtConcurrentRun>

namespace Ratsmappe {

namespace {

// Runs on a worker thread: Argon2 takes a noticeable fraction of a second and the window
// must keep drawing. The opened cache is only used by the GUI thread afterwards.
CacheController::OpenResult
openWithPassphrase(const QString &dir, const KeyEnvelope &envelope, const SecretBytes &passphrase)
{
    CacheController::OpenResult result;
    try {
        result.cache = Cache::open(dir, envelope.unwrapWithPassphrase(passphrase));
    } catch (const StoreError &e) {
        result.errorKind = e.kind();
        result.errorMessage = e.message();
    }
    return result;
}

} // namespace

CacheController::CacheController(QObject *parent)
    : QObject(parent)
{
    connect(&m_unlockWatcher, &QFutureWatcherBase::finished, this, &CacheController::unlockFinished);
}

// The watcher does not wait for a running unlock; its result is dropped with the future.
CacheController::~CacheController() = default;

void CacheController::start(const QString &dir)
{
    m_dir = dir;
    if (!Cache::exists(dir)) {
        setState(NoCache);
        return;
    }
    try {
        m_envelope = Cache::envelope(dir);
        if (m_envelope.keychainEnabled()) {
            try {
                adopt(Cache::open(dir, KeychainStore::readKey(m_envelope.cacheId())));
                return;
            } catch (const StoreError &e) {
                // Only key trouble falls back to the passphrase, as on the command line.
                if (!e.isKeySourceFailure()) {
                    throw;
                }
                setErrorMessage(e.message());
            }
        }
        setState(Locked);
    } catch (const StoreError &e) {
        setErrorMessage(e.message());
        setState(Broken);
    }
}

void CacheController::unlock(const QString &passphrase)
{
    if (m_state != Locked) {
        return;
    }
    setErrorMessage(QString());
    setState(Unlocking);
    // SecretBytes cannot be copied, and the task's arguments are copied once.
    auto secret = std::make_shared<const SecretBytes>(passphrase.toUtf8());
    m_unlockWatcher.setFuture(QtConcurrent::run(
        [dir = m_dir, envelope = m_envelope, secret] { return openWithPassphrase(dir, envelope, *secret); }));
}

void CacheController::unlockFinished()
{
    OpenResult result = m_unlockWatcher.future().takeResult();
    if (result.cache) {
        adopt(std::move(result.cache));
        return;
    }
    setErrorMessage(result.errorMessage);
    setState(result.errorKind == StoreError::WrongKey ? Locked : Broken);
}

void CacheController::adopt(std::unique_ptr<Cache> cache)
{
    try {
        const int servers = static_cast<int>(cache->status().counts.value(QStringLiteral("servers")));
        m_cache = std::move(cache);
        m_meetings.load(&m_cache->database());
        if (servers != m_serverCount) {
            m_serverCount = servers;
            Q_EMIT serverCountChanged();
        }
        setErrorMessage(QString());
        setState(Unlocked);
    } catch (const StoreError &e) {
        setErrorMessage(e.message());
        setState(Broken);
    }
}

void CacheController::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
}

void CacheController::setErrorMessage(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

} // namespace Ratsmappe
