// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

/// Which files a meeting, agenda item or paper lists, and in which role (invitation,
/// mainFile, auxiliaryFile, …); and, derived from them, which documents came late. Links are
/// kept per server: an owner links the files of its own server.
class FileLinks
{
public:
    /// The links of \a serverId's owners (ServerStore's key); without a server, links written
    /// belong to none ('') and links read are any server's.
    explicit FileLinks(Database &db, const QString &serverId = {});

    struct Link
    {
        QString ownerId;
        QString fileId;
        QString role;
    };
    /// Forgets what \a ownerId listed: its files are what it lists now. Returns what it
    /// listed, so that the caller can tell which files no live owner lists any more.
    QList<Link> clear(const QString &ownerId);
    /// Remembers where a withdrawn file was listed (its owner's page may still show it).
    void keepWithdrawn(const Link &link);
    /// What \a ownerId lists.
    QList<Link> links(const QString &ownerId);
    /// Whether a meeting, agenda item or paper that is not deleted lists \a fileId.
    bool hasLiveOwner(const QString &fileId);
    void add(const QString &ownerId, const QString &fileId, const QString &role);

    /// Marks every file that is a Tischvorlage and unmarks the rest: a document for a meeting
    /// that appeared after the invitation went out (the date of the meeting's invitation file,
    /// else seven days before the meeting) and before the meeting. "Appeared" is the server's
    /// `created`, else the file's `date`, else when this cache first saw it. Protocols and
    /// resolutions come after a meeting by nature and are never late.
    void markLateDocuments();

private:
    Database &m_db;
    QString m_serverId;
    Statement m_add; // prepared once: links are written for every stored owner
};

} // namespace Ratsmappe
