// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// The member's settings, kept inside the encrypted cache (the settings table), so that nothing
/// a setting names is readable before the cache is unlocked. Values are text; the typed
/// accessors read what set() wrote and fall back where a key is missing or unreadable.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db)
        : m_db(db)
    { }

    std::optional<QString> value(const QString &key) const;
    QString text(const QString &key, const QString &fallback = {}) const;
    qint64 integer(const QString &key, qint64 fallback) const;
    bool flag(const QString &key, bool fallback) const;

    void setText(const QString &key, const QString &value);
    void setInteger(const QString &key, qint64 value);
    void setFlag(const QString &key, bool value);
    void remove(const QString &key);
    /// The keys that begin with \a prefix, sorted.
    QStringList keys(const QString &prefix) const;

private:
    Database &m_db;
};

/// The settings' keys and defaults, in one place for every part that reads them.
namespace Settings {
/// Minutes without input before the window locks; 0: never.
inline const QString AutoLockMinutes = QStringLiteral("lock/idleMinutes");
constexpr qint64 AutoLockMinutesDefault = 10;
/// Whether a sync starts when the cache is opened.
inline const QString SyncOnStart = QStringLiteral("sync/onStart");
constexpr bool SyncOnStartDefault = true;
/// Minutes between background syncs while the window is open and unlocked; 0: off.
inline const QString SyncIntervalMinutes = QStringLiteral("sync/intervalMinutes");
constexpr qint64 SyncIntervalMinutesDefault = 30;
/// Desktop notifications for late and changed documents of upcoming meetings.
inline const QString NotifyDocuments = QStringLiteral("notify/documents");
constexpr bool NotifyDocumentsDefault = true;
/// A proxy for the council servers ("" or missing: the system's).
inline const QString ProxyUrl = QStringLiteral("network/proxy");
/// Certificates (PEM) trusted besides the system's, for towns with their own CA.
inline const QString ExtraCaCertificates = QStringLiteral("network/caCertificates");
/// Per server (this prefix and its URL): the reason the server gave when it revoked the
/// member's access, for the settings page.
inline const QString RevocationMessagePrefix = QStringLiteral("account/revocationMessage/");
/// Per server: "1" when its last answer refused the stored credentials (401).
inline const QString AccountRefusedPrefix = QStringLiteral("account/refused/");
/// Per meeting, where meeting mode was (JSON): the key is this prefix and the meeting's id.
inline const QString MeetingModePrefix = QStringLiteral("meetingMode/");
/// Where the member was in the window (the pages open, as JSON of ids: LockedPages.describe()),
/// so that a restart opens them again.
inline const QString WindowPlace = QStringLiteral("window/place");
/// A random secret (hex) that keys the hashes standing for non-public documents in a public
/// session packet's layout: without it they cannot be matched against guessed file ids.
inline const QString PacketKeySecret = QStringLiteral("packets/keySecret");
} // namespace Settings

} // namespace Ratsmappe
