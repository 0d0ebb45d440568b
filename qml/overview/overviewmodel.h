// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "overviewlisting.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;

/// The overview's meetings (issue 18): the member's next meetings, soonest first, each with the
/// documents that are new, changed or late and not seen yet (role "documents", a list of maps:
/// fileId, name, state 0 seen/1 new/2 changed, late, downloaded, nonPublic). Read in the
/// background; read again after every sync and after the member marked something seen.
class OverviewModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// "Mo., 30.11.2026, 16:00" for the end of the last complete sync; empty when there was none.
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY summaryChanged)
    /// Documents listed over all meetings: none means "nothing new since you last looked".
    Q_PROPERTY(int unseenCount READ unseenCount NOTIFY summaryChanged)

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole, ///< the meeting's own name (may be empty)
        TitleRole, ///< its committees, else its name, else a word for it
        LocationRole,
        StartRole,
        WhenRole, ///< the start as DateText writes it
        CancelledRole,
        TotalDocumentsRole,
        DownloadedDocumentsRole,
        NewCountRole,
        ChangedCountRole,
        LateCountRole,
        SummaryRole, ///< "3 new, 1 changed, 2 late"; empty when nothing is
        DocumentsRole,
    };

    explicit OverviewModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads the overview from \a db (nothing when null) as at \a now, the current time when
    /// invalid (tests pin it: the demo town is made for a fixed day).
    void load(Database *db, const QDateTime &now = {});

    QString lastSync() const;
    int unseenCount() const;
    /// The time the background reads take as "now" (tests: the demo town is made for a fixed
    /// day); invalid, the default: the current time.
    void setNow(const QDateTime &now) { m_now = now; }

    /// The document \a fileId as it is now has been seen (written on the cache reader's thread;
    /// the lists read again afterwards).
    Q_INVOKABLE void markSeen(const QString &serverId, const QString &fileId);
    /// The meeting, its items, papers and every document of them.
    Q_INVOKABLE void markMeetingSeen(const QString &serverId, const QString &meetingId);
    /// Everything in the cache.
    Q_INVOKABLE void markAllSeen();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "3 new, 1 changed, 2 late" for \a meeting; empty when nothing is listed.
    static QString summary(const OverviewMeeting &meeting);

Q_SIGNALS:
    void summaryChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    struct Overview
    {
        QList<OverviewMeeting> meetings;
        QDateTime lastSync;
    };
    static Overview readOverview(Database &db, const QDateTime &now);
    void setOverview(Overview overview);
    /// Runs \a write on the reader's connection, then lets every list read again.
    void write(std::function<void(Database &db)> write);

    QList<OverviewMeeting> m_meetings;
    QDateTime m_lastSync;
    QDateTime m_now;
};

} // namespace Ratsmappe
