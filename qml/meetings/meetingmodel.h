// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;
struct AgendaDocument;
struct AgendaEntry;

/// One meeting's documents, grouped as the member reads an agenda: the meeting's own documents
/// (invitation, minutes) first, then each agenda item (TOP) in order with its paper's main file,
/// attachments and resolution. Agenda items without documents still get a row, so the agenda
/// is complete.
class MeetingModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    /// The meeting's server, where two servers have a meeting with the same id; empty: the one
    /// meeting with that id.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, ///< "TOP 3: Name", or the meeting documents' heading
        FileIdRole, ///< empty for an agenda item without documents
        NameRole,
        RoleLabelRole, ///< "Invitation", "Attachment", …
        LateRole, ///< a Tischvorlage
        DownloadedRole,
        KindRole, ///< "pdf", "image", "office", "other"; empty when not downloaded
        NonPublicRole, ///< the document or its agenda item is not public
        WithdrawnRole, ///< no longer on the server; kept because the member opened, annotated or noted it
        ServerIdRole, ///< the document's server (the meeting's); empty for an agenda item without documents
        AgendaItemIdRole, ///< the agenda item the row belongs to; empty for the meeting's own documents
    };
    Q_ENUM(Role)

    explicit MeetingModel(QObject *parent = nullptr)
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

    /// The agenda item a section heading stands for, with the member's notes on it and its
    /// papers: {id, serverId, number, name, nonPublic, note, papers: [{id, name, reference,
    /// note}]}; empty for the meeting's own documents.
    Q_INVOKABLE QVariantMap agendaItem(const QString &section) const;
    /// The first row of agenda item \a agendaItemId, or -1 (a search hit opens the page there).
    Q_INVOKABLE int rowOfAgendaItem(const QString &agendaItemId) const;
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
        QString section;
        QString fileId;
        QString name;
        QString role;
        bool late = false;
        bool downloaded = false;
        QString kind;
        bool nonPublic = false;
        bool withdrawn = false;
        QString serverId;
        QString agendaItemId;
    };
    void addDocuments(const QList<AgendaDocument> &documents,
                      const QString &section,
                      bool nonPublic,
                      const QString &serverId,
                      const QString &agendaItemId);

    QHash<QString, QVariantMap> m_items; // by section heading

    QList<Row> m_rows;
    QString m_meetingId;
    QString m_serverId;
};

} // namespace Ratsmappe
