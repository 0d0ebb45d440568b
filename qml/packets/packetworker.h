// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Ratsmappe {

class Database;

/// What the packet page shows of a meeting besides the check: its name and date, the packets
/// kept in the cache per edition, and whether a layout was issued.
struct PacketState
{
    bool found = false; ///< the meeting is in the cache
    QString serverId; ///< the meeting's server (also when the page was given none)
    QString meetingName;
    QDateTime meetingStart;
    struct Stored
    {
        QString fileId;
        QDateTime built;
        int pages = 0; ///< in the file
        qint64 bytes = 0;
        int supplements = 0; ///< Nachträge it holds
        bool outdated = false; ///< documents changed, arrived or went since it was built
    };
    QHash<QString, Stored> packets; ///< by edition name ("member", "public")
    bool issued = false;
    QDateTime issuedBuilt; ///< when the issued layout was built
};

/// The PacketController's work on a thread and a database connection of its own: the check,
/// the build and the copy out of the cache block for seconds, never on the GUI thread. One job
/// at a time; each returns what the page needs to show afterwards.
class PacketWorker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PacketWorker)
public:
    struct CheckOutcome
    {
        Packets::CheckReport report;
        PacketState state;
        QString error; ///< the cache could not be read
    };
    struct BuildOutcome
    {
        Packets::BuildResult result;
        Packets::CheckReport report; ///< checked again after a build that stored a packet
        PacketState state;
    };
    struct SaveOutcome
    {
        QString error; ///< empty when written and recorded as issued
        PacketState state;
    };

    explicit PacketWorker(std::unique_ptr<Database> db);
    ~PacketWorker() override;

    CheckOutcome check(const QString &meetingId, const QString &serverId);
    /// \a stop is asked between the builder's steps; \a progress is called on this thread.
    BuildOutcome build(const QString &meetingId,
                       const QString &serverId,
                       const Packets::BuildOptions &options,
                       const std::atomic<bool> &stop,
                       const std::function<void(int, int)> &progress);
    /// Writes the \a edition packet kept in the cache to \a path (replacing it in one step, readable
    /// by the member alone), then records its layout as issued.
    SaveOutcome
    save(const QString &meetingId, const QString &serverId, const QString &edition, const QString &path);

private:
    PacketState readState(const QString &meetingId, const QString &serverId);
    QString copyOut(const QString &fileId, const QString &serverId, const QString &path);

    std::unique_ptr<Database> m_db;
};

} // namespace Ratsmappe
