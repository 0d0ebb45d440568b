// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "meetingfiltermodel.h"
#include "meetinglisting.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;

/// The meetings in the cache, upcoming ones first (soonest at the top), then past ones,
/// most recent first: the order a member looks for them. Read in the background, with the
/// page's filter (committee, days, with documents).
class MeetingsModel : public MeetingFilterModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StartRole,
        CancelledRole,
        UpcomingRole,
        ServerIdRole, ///< the meeting's server: another server may have a meeting with the same id
        WhenRole, ///< the start as people write it ("Mi., 02.12.2026, 18:00"); empty without a start
        EndRole,
        CommitteeRole, ///< the committees' names, joined; empty when none is known
        CommitteeIdsRole,
        LocationRole, ///< one line; empty when the server gave none
        NonPublicRole,
        DocumentsRole, ///< how many live documents the meeting, its items and their papers have
        // What the list's row shows, made here: a binding that joins strings in JavaScript
        // makes garbage on every row that scrolls in, and collecting it stalls a fast flick.
        TitleRole, ///< the name, or "Meeting without a name"
        SubtitleRole, ///< "when · committees"; empty when neither is known
        DetailsRole, ///< "place · N documents"; empty when neither is known
        AccessibleNameRole, ///< everything above in one sentence for screen readers
    };

    explicit MeetingsModel(QObject *parent = nullptr)
        : MeetingFilterModel(true, parent)
    { }

    /// Reads the meetings from \a db (nothing when null) on the calling thread. Upcoming and past
    /// are told apart at \a now, the current time when invalid (tests pin it, so their reference
    /// stays valid).
    void load(Database *db, const QDateTime &now = {});
    /// Pins "now" for the background reads too (tests).
    void setNow(const QDateTime &now) { m_pinnedNow = now; }

    /// Row \a row's meeting as the list opens it: {meetingId, serverId, name, when}; empty for
    /// a row that is not there. (The delegates hold only what they show: fewer strings to make
    /// for every row that scrolls in.)
    Q_INVOKABLE QVariantMap meetingAt(int row) const;
    /// The row of meeting \a meetingId of \a serverId, or -1.
    Q_INVOKABLE int rowOf(const QString &serverId, const QString &meetingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void read(Database *db) override { load(db, m_pinnedNow); }
    CacheReader::Job backgroundRead() override;
    bool readsLongList() const override { return true; }

private:
    /// \a parts that are not empty, with " · " between them.
    static QString joined(QStringList parts);
    /// In the list's order around \a now.
    static void sort(QList<MeetingSummary> &meetings, const QDateTime &now);
    void apply(QList<MeetingSummary> meetings, const QDateTime &now);

    QList<MeetingSummary> m_meetings;
    QDateTime m_now;
    QDateTime m_pinnedNow;
};

} // namespace Ratsmappe
