// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationlisting.h"
#include "cachecontroller.h" // moc needs the whole type of the cacheController property

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The member's annotations as a list: of one document, of one meeting, or all of them, with
/// filters for colour, type and "needs attention". Reads the cache when a property changes and
/// on reload() (the lists call it when annotations changed or the page shows again).
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::CacheController *cacheController READ cacheController WRITE setCacheController
                   NOTIFY queryChanged)
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY queryChanged)
    /// Scope Document: the file (and its server; empty: any).
    Q_PROPERTY(QString fileId READ fileId WRITE setFileId NOTIFY queryChanged)
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY queryChanged)
    /// Scope Meeting: the meeting.
    Q_PROPERTY(QString meetingId READ meetingId WRITE setMeetingId NOTIFY queryChanged)
    /// Filters; empty: any.
    Q_PROPERTY(QString color READ color WRITE setColor NOTIFY queryChanged)
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY queryChanged)
    Q_PROPERTY(
        bool needsAttentionOnly READ needsAttentionOnly WRITE setNeedsAttentionOnly NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Scope { Document, Meeting, All };
    Q_ENUM(Scope)
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileIdRole,
        ServerIdRole,
        TitleRole,
        PageRole,
        TypeRole,
        TypeNameRole,
        ColorRole,
        SnippetRole,
        TextRole,
        QuoteRole,
        NeedsAttentionRole,
        AttentionReasonRole,
        ModifiedRole,
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    CacheController *cacheController() const { return m_controller; }
    void setCacheController(CacheController *controller);
    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    QString fileId() const { return m_fileId; }
    void setFileId(const QString &fileId);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &serverId);
    QString meetingId() const { return m_meetingId; }
    void setMeetingId(const QString &meetingId);
    QString color() const { return m_filter.color; }
    void setColor(const QString &color);
    QString type() const { return m_filter.type; }
    void setType(const QString &type);
    bool needsAttentionOnly() const { return m_filter.needsAttentionOnly; }
    void setNeedsAttentionOnly(bool only);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the list again.
    Q_INVOKABLE void reload();
    /// The row of annotation \a id, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const;
    /// What a type is called, for people ("Highlight", "Ink", …).
    Q_INVOKABLE static QString typeName(const QString &type);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    void queryEdited();

    QPointer<CacheController> m_controller;
    Scope m_scope = Document;
    QString m_fileId;
    QString m_serverId;
    QString m_meetingId;
    AnnotationFilter m_filter;
    QList<AnnotationListEntry> m_rows;
    bool m_reloadQueued = false;
};

} // namespace Ratsmappe
