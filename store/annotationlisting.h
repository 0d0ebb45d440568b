// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// One annotation as the lists show it: where it is, what it is, and a line of its text.
struct AnnotationListEntry
{
    QString id;
    QString serverId;
    QString fileId;
    QString title; ///< the document's name, else its file name, else its id
    int page = 0; ///< from 0
    QString type;
    QString color; ///< "#rrggbb"
    QString quote; ///< text markup: the words marked
    QString text; ///< the member's note
    bool needsAttention = false;
    QString attentionReason;
    QDateTime modified; ///< UTC
    QString subtype; ///< a foreign one's PDF kind (Stamp, Circle, …); else empty
};

/// What to list: by colour, by type, only those that need attention. Empty: any.
struct AnnotationFilter
{
    QString color;
    QString type;
    bool needsAttentionOnly = false;
};

/// The lists of the member's annotations: of a document, of a meeting (its own documents and
/// those of the papers on its agenda), and all of them. Only annotations on the version a file
/// shows now are listed, so that each opens where it is drawn; by document, then page, then
/// creation.
class AnnotationListing
{
public:
    explicit AnnotationListing(Database &db)
        : m_db(db)
    { }

    /// \a serverId empty: the file of any server.
    QList<AnnotationListEntry>
    forFile(const QString &fileId, const QString &serverId, const AnnotationFilter &filter) const;
    QList<AnnotationListEntry>
    forMeeting(const QString &meetingId, const QString &serverId, const AnnotationFilter &filter) const;
    QList<AnnotationListEntry> all(const AnnotationFilter &filter) const;

private:
    QList<AnnotationListEntry> select(const QStringList &fileIds,
                                      const QString &serverId,
                                      bool anyFile,
                                      const AnnotationFilter &filter) const;

    Database &m_db;
};

} // namespace Ratsmappe
