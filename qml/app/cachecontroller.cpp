// SPDX-License-Identifier: GPL-2.0-or-later
#include "cachecontroller.h"

#include "keychainstore.h"
#include "passphrasepolicy.h"
#include "serverstore.h"
#include "settingsstore.h"
#include "storelog.h"

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

// Runs on a worker thread, as the unlock does: Argon2 wraps the new key, and the keychain
// may take a while to answer.
CacheController::OpenResult createCache(const QString &dir, const SecretBytes &passphrase, bool keychain)
{
    CacheController::OpenResult result;
    try {
        result.cache = Cache::create(dir, passphrase, &result.recoveryKey);
    } catch (const StoreError &e) {
        result.errorKind = e.kind();
        result.errorMessage = e.message();
        return result;
    }
    if (keychain) {
        try {
            result.cache->setKeychainEnabled(true);
        } catch (const StoreError &e) {
            result.warning =
                CacheController::tr(
                    "The key could not be stored in the system keychain (%1). Unlock with the passphrase.")
                    .arg(e.message());
        }
    }
    return result;
}

// Read once and taken out of the environment: no helper program started later inherits it.
std::shared_ptr<const SecretBytes> passwordFromEnvironment()
{
    auto password = takeFromEnvironment("RATSMAPPE_PASSWORD");
    if (!password) {
        return nullptr;
    }
    return std::make_shared<const SecretBytes>(std::move(*password));
}

} // namespace

CacheController::CacheController(QObject *parent)
    : QObject(parent)
{
    connect(&m_unlockWatcher, &QFutureWatcherBase::finished, this, &CacheController::unlockFinished);
    connect(&m_sync, &SyncController::finished, this, &CacheController::syncFinished);
    m_storedTimer.setSingleShot(true);
    m_storedTimer.setInterval(300);
    connect(&m_sync, &SyncController::stored, this, [this] {
        if (!m_storedTimer.isActive()) { // a throttle, not a debounce: pages keep coming
            m_storedTimer.start();
        }
    });
    connect(&m_storedTimer, &QTimer::timeout, this, &CacheController::syncFinished);
    connect(&m_sync, &SyncController::runningChanged, this, &CacheController::syncRunningChanged);
}

// The watcher does not wait for a running unlock; its result is dropped with the future.
CacheController::~CacheController() = default;

void CacheController::start(const QString &dir)
{
    m_dir = dir;
    // For scripts and tests, as on the command line: the passphrase comes with the environment.
    const auto password = passwordFromEnvironment();
    if (!Cache::exists(dir)) {
        setState(NoCache);
        if (password) {
            createWith(password, false);
        }
        return;
    }
    try {
        m_envelope = Cache::envelope(dir);
        if (password) {
            setState(Locked);
            unlockWith(password);
            return;
        }
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
    // SecretBytes cannot be copied, and the task's arguments are copied once.
    unlockWith(std::make_shared<const SecretBytes>(passphrase.toUtf8()));
}

void CacheController::unlockWith(std::shared_ptr<const SecretBytes> passphrase)
{
    if (m_state != Locked) {
        return;
    }
    setErrorMessage(QString());
    setState(Unlocking);
    m_unlockWatcher.setFuture(QtConcurrent::run([dir = m_dir, envelope = m_envelope, passphrase] {
        return openWithPassphrase(dir, envelope, *passphrase);
    }));
}

void CacheController::lock()
{
    if (!m_cache || (m_state != Unlocked && m_state != Broken)) {
        return;
    }
    m_storedTimer.stop();
    // A run holds a connection and its own copy of the key: it is asked to end after the page
    // in flight. Asked only when one runs, since a stopped SyncController starts no run
    // afterwards.
    const bool stopped = !m_sync.isRunning() || m_sync.stop(std::chrono::seconds(2));
    if (!m_recoveryKey.isEmpty()) {
        forgetRecoveryKey();
    }
    setErrorMessage(QString());
    // Pages, sessions and models let go of the cache (connections, page images) now.
    m_reader.close();
    m_longReader.close();
    setState(Locked);
    Q_EMIT contentChanged();
    if (stopped) {
        m_cache.reset();
        if (!m_sync.isRunning()) {
            m_sync.setCache(nullptr);
        } // else once its ended thread is reaped (syncRunningChanged)
    } else {
        // The run may still read the window's cache (Cache::reopen): it closes when the run
        // has ended (syncRunningChanged), the window locked meanwhile, without waiting.
        m_closingCache = std::move(m_cache);
    }
}

void CacheController::syncRunningChanged()
{
    if (!m_sync.isRunning()) {
        m_closingCache.reset();
        m_sync.setCache(m_cache.get());
    }
}

void CacheController::create(const QString &passphrase, bool keychain)
{
    createWith(std::make_shared<const SecretBytes>(passphrase.toUtf8()), keychain);
}

void CacheController::createWith(std::shared_ptr<const SecretBytes> passphrase, bool keychain)
{
    if (m_state != NoCache || m_dir.isEmpty()) {
        return;
    }
    if (const QString problem = PassphrasePolicy::check(*passphrase); !problem.isEmpty()) {
        setErrorMessage(problem);
        return;
    }
    setErrorMessage(QString());
    setState(Creating);
    m_unlockWatcher.setFuture(QtConcurrent::run(
        [dir = m_dir, passphrase, keychain] { return createCache(dir, *passphrase, keychain); }));
}

QString CacheController::passphraseProblem(const QString &passphrase) const
{
    return PassphrasePolicy::check(SecretBytes(passphrase.toUtf8()));
}

void CacheController::forgetRecoveryKey()
{
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
}

void CacheController::unlockFinished()
{
    OpenResult result = m_unlockWatcher.future().takeResult();
    const bool created = m_state == Creating;
    if (result.cache) {
        if (created) {
            m_envelope = result.cache->keyEnvelope();
            // Shown in the window also on a scripted first start (RATSMAPPE_PASSWORD): never
            // printed, since stderr ends up in the journal.
            m_recoveryKey = std::move(result.recoveryKey);
            Q_EMIT recoveryKeyChanged();
            if (result.warning != m_warningMessage) {
                m_warningMessage = result.warning;
                Q_EMIT warningMessageChanged();
            }
        }
        adopt(std::move(result.cache));
        return;
    }
    setErrorMessage(result.errorMessage);
    if (created) {
        setState(result.errorKind == StoreError::AlreadyExists ? Broken : NoCache);
        return;
    }
    setState(result.errorKind == StoreError::WrongKey ? Locked : Broken);
}

void CacheController::adopt(std::unique_ptr<Cache> cache)
{
    Q_EMIT opened();
    try {
        m_cache = std::move(cache);
        m_reader.open(*m_cache);
        m_longReader.open(*m_cache);
        reload();
        // Started before the state changes, so that whoever watches the state sees it run:
        // setCache syncs as the member's settings say (on start, or what came due while locked).
        if (!m_sync.isRunning()) { // else when the run that a lock stopped has ended
            m_sync.setCache(m_cache.get());
        }
        if (m_serverCount == 0 && !m_initialServer.isEmpty()) {
            m_sync.addServer(m_initialServer);
        }
        setErrorMessage(QString());
        // The content before the state: the models post their reads first, and the readers
        // run them while the window reacts to the new state (the start page changes, which
        // takes it a while), so that their rows come with its first frame (issue 18).
        m_state = Unlocked;
        Q_EMIT contentChanged();
        Q_EMIT stateChanged();
    } catch (const StoreError &e) {
        setErrorMessage(e.message());
        setState(Broken);
    }
}

void CacheController::syncFinished()
{
    m_storedTimer.stop(); // this reload shows what the throttle still waited to show
    refresh();
}

void CacheController::refresh()
{
    if (!m_cache) {
        return;
    }
    try {
        reload();
        Q_EMIT contentChanged();
    } catch (const StoreError &e) {
        setErrorMessage(e.message());
        setState(Broken);
    }
}

// Reads on the GUI thread: under WAL they never wait for the sync's writes.
void CacheController::reload()
{
    const int servers = ServerStore(m_cache->database()).count();
    if (servers != m_serverCount) {
        m_serverCount = servers;
        Q_EMIT serverCountChanged();
    }
}

void CacheController::writeInBackground(std::function<void(Database &db)> write)
{
    if (!usableCache(this) || !m_reader.isOpen()) {
        return;
    }
    m_reader.post(
        this,
        [this, write = std::move(write)](Database &db) -> CacheReader::Apply {
            write(db);
            return [this] {
                refresh();
            }; // every list shows the new state
        },
        [this](const QString &message) { reportReadError(message, false); });
}

QString CacheController::windowPlace() const
{
    Cache *cache = usableCache(this);
    try {
        return cache ? SettingsStore(cache->database()).text(Settings::WindowPlace) : QString();
    } catch (const StoreError &e) {
        qCWarning(lcStore) << "reading the window's place failed:" << e.what();
        return {};
    }
}

void CacheController::setWindowPlace(const QString &place)
{
    Cache *cache = usableCache(this);
    try {
        if (cache) {
            SettingsStore(cache->database()).setText(Settings::WindowPlace, place);
        }
    } catch (const StoreError &e) {
        // Only where the window opens next time: not worth a message.
        qCWarning(lcStore) << "keeping the window's place failed:" << e.what();
    }
}

void CacheController::reportReadError(const QString &message, bool broken)
{
    setErrorMessage(message);
    if (broken) {
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
