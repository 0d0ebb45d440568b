// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"
#include "cachereader.h"
#include "documentcheck.h"
#include "keyenvelope.h"
#include "storeerror.h"
#include "synccontroller.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace Ratsmappe {

/// The window's encrypted cache: finds it, creates it on the first start, opens it with the
/// keychain key or the member's passphrase, and owns it while the window is open. Once open,
/// its SyncController syncs the council servers. The pages' models read the open cache and
/// read it again on contentChanged().
class CacheController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int serverCount READ serverCount NOTIFY serverCountChanged)
    Q_PROPERTY(Ratsmappe::SyncController *sync READ sync CONSTANT)
    /// Set once after the cache was created in the window, until the member has noted it.
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    /// Set when the cache was created but its key could not go into the keychain.
    Q_PROPERTY(QString warningMessage READ warningMessage NOTIFY warningMessageChanged)
    /// Set while the member is in a meeting (meeting mode): nothing pops up over the document,
    /// no sync dialog and no notification.
    Q_PROPERTY(bool quiet READ isQuiet WRITE setQuiet NOTIFY quietChanged)

public:
    enum State {
        NoCache, ///< nothing set up yet (also the state before start())
        Locked, ///< waits for the passphrase
        Unlocking, ///< the passphrase is being checked
        Unlocked,
        Broken, ///< a cache is there but cannot be used; errorMessage says why
        Creating, ///< a new cache is being created
    };
    Q_ENUM(State)

    /// The result of an unlock or create attempt, handed from the worker thread to the GUI
    /// thread.
    struct OpenResult
    {
        std::unique_ptr<Cache> cache;
        StoreError::Kind errorKind = StoreError::Io;
        QString errorMessage;
        QString recoveryKey; ///< of a new cache
        QString warning; ///< a new cache's key did not go into the keychain
    };

    explicit CacheController(QObject *parent = nullptr);
    ~CacheController() override;

    /// Looks at the cache in \a dir and opens it: with RATSMAPPE_PASSWORD when set (which also
    /// creates a missing cache), else with the keychain key when the cache uses the keychain.
    /// Waits for the keychain, so call it before the window is shown.
    void start(const QString &dir);
    Q_INVOKABLE void unlock(const QString &passphrase);
    /// Locks the open cache: background sync stops, whoever watches the state drops what it
    /// read (the state becomes Locked first), then the cache closes and its key is wiped (when
    /// a run does not end within 2 s, as soon as it has ended: the GUI does not wait). Only
    /// the passphrase opens it again (unlock()); the keychain is read at start() only.
    Q_INVOKABLE void lock();
    /// Creates the cache (first start): Argon2 and the keychain off the GUI thread.
    Q_INVOKABLE void create(const QString &passphrase, bool keychain);
    /// Why \a passphrase is not good enough for a new cache, or an empty string.
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase) const;
    /// A small write of the member's own (what they have seen) on the reader's thread: it may
    /// wait for a sync's transaction, the window must not. Afterwards every list reads again;
    /// a failure is shown as a read error is. Nothing when the cache is not open.
    void writeInBackground(std::function<void(Database &db)> write);
    /// Where the member was in the window (JSON, Settings::WindowPlace), kept in the cache: ids
    /// of meetings and documents are the member's business. Empty when none or locked.
    Q_INVOKABLE QString windowPlace() const;
    Q_INVOKABLE void setWindowPlace(const QString &place);
    /// The member has noted the recovery key: it is forgotten.
    Q_INVOKABLE void forgetRecoveryKey();
    /// Added (and synced) when the cache is open and has no server yet (--server).
    void setInitialServer(const QString &url) { m_initialServer = url; }
    /// The cache was changed outside a sync (a server removed, an account signed out): the
    /// server count is read again, and the models read the cache again (contentChanged).
    void refresh();
    /// A model could not read the open cache: shows \a message, and when \a broken, the cache
    /// counts as unusable (the meetings list, which every start reads).
    void reportReadError(const QString &message, bool broken);

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }
    int serverCount() const { return m_serverCount; }
    SyncController *sync() { return &m_sync; }
    /// The open cache, or null.
    Cache *cache() const { return m_cache.get(); }
    /// The cache when it can be read and written (unlocked, not broken), else null: what the
    /// window's models and editors use, with or without a controller.
    static Cache *usableCache(const CacheController *controller)
    {
        return controller && controller->state() == Unlocked ? controller->cache() : nullptr;
    }
    /// A QML type's cacheController property moves from \a current to \a next: \a receiver's
    /// connections to the old controller go. False when \a next is \a current already (nothing
    /// to connect or reload).
    static bool follow(QPointer<CacheController> &current, CacheController *next, QObject *receiver)
    {
        if (next == current) {
            return false;
        }
        if (current) {
            disconnect(current, nullptr, receiver, nullptr);
        }
        current = next;
        return true;
    }
    /// Reads for the window's lists, on a thread and connection of their own (open while the
    /// cache is unlocked). The long lists (every meeting) read in a lane of their own, so the
    /// overview and a meeting's page never wait behind them.
    CacheReader *reader(bool longList = false) { return longList ? &m_longReader : &m_reader; }
    /// Which document versions passed their first open in the helper process this session.
    DocumentCheck *documentCheck() { return &m_documentCheck; }
    QString recoveryKey() const { return m_recoveryKey; }
    QString warningMessage() const { return m_warningMessage; }
    bool isQuiet() const { return m_quiet; }
    void setQuiet(bool quiet)
    {
        if (quiet != m_quiet) {
            m_quiet = quiet;
            Q_EMIT quietChanged();
        }
    }

Q_SIGNALS:
    void stateChanged();
    void errorMessageChanged();
    void serverCountChanged();
    void recoveryKeyChanged();
    void warningMessageChanged();
    void quietChanged();
    /// The cache was opened, a sync stored a list page or a document, or a sync has ended:
    /// models read it again.
    void contentChanged();
    /// The unlock's work off the GUI thread is done (the key derived, the database opened); the
    /// GUI thread is about to take the cache over and show its content (before the state
    /// changes to Unlocked, or to Broken when that fails). For measuring the start
    /// (ratsmappe-probe).
    void opened();
    /// The member's annotations changed behind the open views (an import, a restore): readers
    /// read them again.
    void annotationsChanged();

private:
    void unlockWith(std::shared_ptr<const SecretBytes> passphrase);
    void createWith(std::shared_ptr<const SecretBytes> passphrase, bool keychain);
    void unlockFinished();
    void adopt(std::unique_ptr<Cache> cache);
    void syncFinished();
    void reload();
    void setState(State state);
    void setErrorMessage(const QString &message);
    void syncRunningChanged();

    QString m_dir;
    KeyEnvelope m_envelope;
    std::unique_ptr<Cache> m_cache;
    // Declared after the cache: destroyed (its connection closed) before it.
    CacheReader m_reader;
    CacheReader m_longReader{QStringLiteral("cache reader: long lists")};
    // Locked while a sync still ran: closed when the run has ended. Before m_sync, which waits
    // for the run when the controller goes.
    std::unique_ptr<Cache> m_closingCache;
    QFutureWatcher<OpenResult> m_unlockWatcher;
    State m_state = NoCache;
    QString m_errorMessage;
    int m_serverCount = 0;
    QString m_recoveryKey;
    QString m_warningMessage;
    QString m_initialServer;
    bool m_quiet = false;
    DocumentCheck m_documentCheck;
    // What a running sync stores shows at once, but the models read the cache at most this
    // often: a run stores hundreds of list pages.
    QTimer m_storedTimer;
    // After m_cache: destroyed first, it waits for a running sync that uses the cache.
    SyncController m_sync;
};

} // namespace Ratsmappe
