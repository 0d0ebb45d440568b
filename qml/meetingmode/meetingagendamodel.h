// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"

#include <QList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// One meeting's agenda for meeting mode: a row per agenda item (TOP) in the meeting's order,
/// the meeting's own documents (invitation, minutes) as a first row when it has any. Each row
/// carries its documents, so the current item's documents are one click away. Read through the
/// meeting page's MeetingModel, so both show the same items, documents and labels.
class MeetingAgendaModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    /// The meeting's server, where two servers have a meeting with that id; empty: the one.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)

public:
    enum Role {
        AgendaItemIdRole = Qt::UserRole + 1, ///< empty for the meeting's own documents
        HeadingRole, ///< "TOP 3: Name (not public)", or the meeting documents' heading
        NumberRole,
        NameRole,
        NonPublicRole,
        /// [{fileId, serverId, name, roleLabel, late, downloaded, kind, nonPublic, withdrawn}]
        DocumentsRole,
        /// As MeetingModel::agendaItem(): {id, serverId, number, name, nonPublic, note, papers};
        /// empty for the meeting's own documents.
        AgendaItemRole,
    };
    Q_ENUM(Role)

    explicit MeetingAgendaModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    void load(Database *db, const QString &meetingId, const QString &serverId = {});

    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &meetingId);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &serverId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of agenda item \a agendaItemId ("" is the meeting's own documents), or -1.
    Q_INVOKABLE int rowOf(const QString &agendaItemId) const;
    /// The row's values by role name ({} out of range), for the page's current item.
    Q_INVOKABLE QVariantMap get(int row) const;
    /// Reads the notes again (after the member edited one).
    Q_INVOKABLE void refresh() { reload(); }

Q_SIGNALS:
    void meetingIdChanged();
    void serverIdChanged();

protected:
    void read(Database *db) override { load(db, m_meetingId, m_serverId); }

private:
    struct Row
    {
        QString agendaItemId;
        QString heading;
        QString number;
        QString name;
        bool nonPublic = false;
        QVariantList documents;
        QVariantMap agendaItem;
    };

    QList<Row> m_rows;
    QString m_meetingId;
    QString m_serverId;
};

} // namespace Ratsmappe
