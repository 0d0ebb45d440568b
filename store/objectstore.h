// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace Ratsmappe {

class Database;
class Statement;

/// The kinds of OParl object the cache keeps, each in its own table.
enum class ObjectKind {
    Body,
    Organization,
    Person,
    Membership,
    Meeting,
    AgendaItem,
    Paper,
    Consultation,
    File,
    Location,
    LegislativeTerm,
};

constexpr ObjectKind AllObjectKinds[] = {ObjectKind::Body,
                                         ObjectKind::Organization,
                                         ObjectKind::Person,
                                         ObjectKind::Membership,
                                         ObjectKind::Meeting,
                                         ObjectKind::AgendaItem,
                                         ObjectKind::Paper,
                                         ObjectKind::Consultation,
                                         ObjectKind::File,
                                         ObjectKind::Location,
                                         ObjectKind::LegislativeTerm};

/// The name used in JSON output and on the command line ("meetings", "agendaItems", …).
QString objectKindName(ObjectKind kind);

struct StoredObject
{
    ObjectKind kind = ObjectKind::Body;
    QString serverId; ///< the server it came from (ServerStore's key: the entry URL)
    QString id;
    QString parentId; ///< the body (server for a Body), meeting, paper or person it belongs to
    QJsonObject data; ///< the object as the server sent it
    bool deleted = false;
    QDateTime firstSeen;
    QDateTime lastChanged;
};

/// Reads and writes OParl objects by their server and id: two servers may serve objects with the
/// same id, and each keeps its own. Change tracking is built in: an object's lastChanged moves
/// only when what the server sent differs from what is stored in more than its `modified` stamp.
class ObjectStore
{
public:
    enum class Outcome { New, Changed, Unchanged };

    /// Reads and writes the objects of \a serverId (ServerStore's key). Without a server, reads
    /// find an id on whichever server has it ("an id alone means the one object that has it") and
    /// count every server's; writes go to the server a Body names as its parent, else to none ('').
    explicit ObjectStore(Database &db, const QString &serverId = {});
    ~ObjectStore();

    /// Inserts or updates the object \a data (which must carry its "id"). An object with
    /// `deleted: true` is a deletion marker: a known object keeps its last live record, marked
    /// deleted (withdrawn), and is no longer counted or listed; an unknown one is kept as the
    /// marker.
    Outcome upsert(ObjectKind kind, const QString &parentId, const QJsonObject &data, const QDateTime &now);
    /// Marks a live object deleted without a marker from the server (it vanished), keeping
    /// its last live record. Returns false when it was not live.
    bool markDeleted(ObjectKind kind, const QString &id, const QString &modified, const QDateTime &now);
    std::optional<StoredObject> get(ObjectKind kind, const QString &id);
    /// Counts live (not deleted) objects.
    qint64 count(ObjectKind kind);
    /// The servers that hold an object \a id of \a kind (deleted or not), in the order they were added.
    QStringList servers(ObjectKind kind, const QString &id);
    /// The ids of live objects of \a kind that belong to \a parentId (their body, meeting,
    /// paper or person, as upsert() was told).
    QStringList liveIds(ObjectKind kind, const QString &parentId);
    /// The ids of live objects of \a kind that belong to the body \a bodyId, directly or
    /// through their meeting, paper or person; files through the live owners that link them.
    QStringList liveIdsInBody(ObjectKind kind, const QString &bodyId);

private:
    enum class Query { Select, Upsert };
    /// Prepared once per kind and query for the life of this store: upsert is the sync's hot path.
    Statement &statement(ObjectKind kind, Query query);

    Database &m_db;
    QString m_serverId;
    std::map<std::pair<ObjectKind, Query>, std::unique_ptr<Statement>> m_statements;
};

} // namespace Ratsmappe
