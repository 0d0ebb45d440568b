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
/// is complete. Read in the background (CacheReader); load() reads at once (tests).
class MeetingModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY meetingIdChanged)
    /// The meeting's server, where two servers have a meeting with the same id; empty: the one
    /// meeting with that id.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    /// The top of the page: {name, when (DateText, "start – end" on one day), place, cancelled,
    /// organizations: [{id, name}], seen (SeenState), serverId}; empty for an unknown meeting.
    Q_PROPERTY(QVariantMap header READ header NOTIFY headerChanged)
    /// Counts up whenever agendaItem() may give something new (a note saved, a sync) while the
    /// rows stay: a section heading binds to it to read its item again.
    Q_PROPERTY(int itemsRevision READ itemsRevision NOTIFY itemsChanged)

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
        SeenRole, ///< the document's SeenState: 0 seen, 1 new, 2 changed
        FailureRole, ///< why its last download failed; empty when it did not (or it is downloaded)
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
    /// papers: {id, serverId, number, name, nonPublic, firstNonPublic (the non-public part starts
    /// here), result, resolutionText, seen, note, papers: [{id, name, reference, note}]}; empty
    /// for the meeting's own documents.
    Q_INVOKABLE QVariantMap agendaItem(const QString &section) const;
    /// The first row of agenda item \a agendaItemId, or -1 (a search hit opens the page there).
    Q_INVOKABLE int rowOfAgendaItem(const QString &agendaItemId) const;
    /// Reads the notes again (after the member edited one).
    Q_INVOKABLE void refresh() { reload(); }
    /// The meeting, its agenda items, papers and documents as they are now are seen; the window's
    /// lists read again.
    Q_INVOKABLE void markSeen();

    QVariantMap header() const { return m_header; }
    int itemsRevision() const { return m_itemsRevision; }
    /// A document link's role in the member's words ("Invitation", "Paper", …).
    static QString roleLabel(const QString &role);

Q_SIGNALS:
    void meetingIdChanged();
    void serverIdChanged();
    void headerChanged();
    void itemsChanged();

protected:
    void read(Database *db) override { load(db, m_meetingId, m_serverId); }
    CacheReader::Job backgroundRead() override;

public:
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
        int seen = 0;
        QString failure;
    };
    /// What a read gives: built off the GUI thread, put in place on it.
    struct Content
    {
        QList<Row> rows;
        QHash<QString, QVariantMap> items; // by section heading
        QVariantMap header;
    };
    static Content readContent(Database &db, const QString &meetingId, const QString &serverId);

private:
    void setContent(Content content);

    QHash<QString, QVariantMap> m_items; // by section heading
    QVariantMap m_header;
    int m_itemsRevision = 0;

    QList<Row> m_rows;
    QString m_meetingId;
    QString m_serverId;
};

} // namespace Ratsmappe
