// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

/// A meeting as the meetings list shows it.
struct MeetingSummary
{
    QString id;
    QString serverId; ///< its server (ServerStore's key): another server may have a meeting with the same id
    QString name;
    QDateTime start; ///< as the server sent it, with its offset; invalid when it sent none
    bool cancelled = false;
};

/// The meetings page's query on meetings: every live (not deleted) meeting.
class MeetingListing
{
public:
    explicit MeetingListing(Database &db)
        : m_db(db)
    { }

    /// In no particular order: the list orders them around the current time.
    QList<MeetingSummary> meetings() const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
