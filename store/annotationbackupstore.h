// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"
#include "notestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// The queries of the annotation backup (AnnotationBackup): what a backup reads besides the
/// annotation and note stores, the writes of a restore, which run in the caller's one
/// transaction (so they keep every field as the backup has it: id, dates, carrying), and the
/// annotations a restore could not attach yet (restore_pending, schema step 14).
class AnnotationBackupStore
{
public:
    explicit AnnotationBackupStore(Database &db)
        : m_db(db)
    { }

    /// A version of a file, as a backup names it: by its content (file_versions.blake2b).
    struct Version
    {
        qint64 id = 0;
        QString serverId;
        QString fileId;
        QString hash; ///< BLAKE2b-256 of the complete bytes, hex; empty when not known
    };
    /// Every version annotations are on or were carried to.
    QList<Version> annotatedVersions() const;
    /// The non-public meetings, agenda items, papers and files of every server, as "server\nid",
    /// by the rule wipeNonPublic() applies (files of non-public owners are non-public too).
    QSet<QString> nonPublicTargets() const;
    static QString targetKey(const QString &serverId, const QString &id)
    {
        return serverId + QLatin1Char('\n') + id;
    }

    bool hasFile(const QString &serverId, const QString &fileId) const;
    /// The newest complete version of the file with \a hash; 0 when there is none.
    qint64 versionByHash(const QString &serverId, const QString &fileId, const QString &hash) const;
    /// The file's current complete PDF version, when its text is indexed; 0 otherwise.
    qint64 currentIndexedVersion(const QString &serverId, const QString &fileId) const;
    /// The version the copy carried from \a id is on; 0 when there is none.
    qint64 copyVersion(const QString &id) const;

    // In the caller's transaction.
    /// Inserts \a annotation with every field as it is.
    void insert(const StoredAnnotation &annotation);
    /// Writes every field of \a annotation over the stored one with its id.
    void replace(const StoredAnnotation &annotation);
    /// Inserts or replaces the note of its server and target, dates as they are.
    void putNote(const StoredNote &note);

    /// An annotation waiting for its document: its entry as the backup holds it (JSON).
    struct Waiting
    {
        QString id;
        QString serverId;
        QString fileId;
        QDateTime modified;
        bool nonPublic = false;
        QByteArray entry;
    };
    void putWaiting(const Waiting &waiting);
    std::optional<Waiting> waiting(const QString &id) const;
    QList<Waiting> allWaiting() const;
    void removeWaiting(const QString &id);
    int waitingCount() const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
