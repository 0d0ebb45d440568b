// SPDX-License-Identifier: GPL-2.0-or-later
#include "objectstore.h"

#include "database.h"
#include "searchindexstore.h"
#include "searchwords.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <vector>

namespace Ratsmappe {

namespace {

enum class ColumnType { Text, Integer, Boolean, Reference };

// A column filled from a property of the OParl object.
struct Column
{
    const char *name;
    const char *property;
    ColumnType type = ColumnType::Text;
};

struct Table
{
    const char *name;
    const char *parentColumn;
    std::vector<Column> columns;
};

const Table &tableOf(ObjectKind kind)
{
    using enum ColumnType;
    static const Table tables[] = {
        {"bodies", "server_id", {{"name", "name"}, {"short_name", "shortName"}}},
        {"organizations",
         "body_id",
         {{"name", "name"}, {"organization_type", "organizationType"}, {"classification", "classification"}}},
        {"persons", "body_id", {{"name", "name"}}},
        {"memberships",
         "person_id",
         {{"organization_id", "organization", Reference},
          {"role", "role"},
          {"start_date", "startDate"},
          {"end_date", "endDate"}}},
        {"meetings",
         "body_id",
         {{"name", "name"},
          {"start", "start"},
          {"\"end\"", "end"},
          {"cancelled", "cancelled", Boolean},
          {"meeting_state", "meetingState"},
          {"non_public", "ratsmappe:nonPublic", Boolean}}},
        {"agenda_items",
         "meeting_id",
         {{"number", "number"},
          {"sort_order", "order", Integer},
          {"name", "name"},
          {"public", "public", Boolean},
          {"consultation_id", "consultation", Reference}}},
        {"papers",
         "body_id",
         {{"name", "name"},
          {"reference", "reference"},
          {"paper_type", "paperType"},
          {"date", "date"},
          {"non_public", "ratsmappe:nonPublic", Boolean}}},
        {"consultations",
         "paper_id",
         {{"meeting_id", "meeting", Reference},
          {"agenda_item_id", "agendaItem", Reference},
          {"role", "role"},
          {"authoritative", "authoritative", Boolean}}},
        {"files",
         nullptr,
         {{"name", "name"},
          {"file_name", "fileName"},
          {"mime_type", "mimeType"},
          {"size", "size", Integer},
          {"date", "date"},
          {"access_url", "accessUrl"},
          {"download_url", "downloadUrl"},
          {"sha1", "sha1Checksum"},
          {"sha512", "sha512Checksum"},
          {"non_public", "ratsmappe:nonPublic", Boolean}}},
        {"locations", "body_id", {{"name", "description"}}},
        {"legislative_terms", "body_id", {{"name", "name"}}},
    };
    return tables[static_cast<int>(kind)];
}

QVariant columnValue(const QJsonObject &data, const Column &column)
{
    const QJsonValue value = data.value(QLatin1String(column.property));
    switch (column.type) {
    case ColumnType::Integer:
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
    case ColumnType::Boolean:
        if (value.isBool()) {
            return QVariant(value.toBool() ? 1 : 0);
        }
        // NOT NULL flags default to false; "public" stays unknown when absent.
        return column.name == std::string_view("cancelled") || column.name == std::string_view("non_public")
            ? QVariant(0)
            : QVariant();
    case ColumnType::Reference:
        // Real servers embed an object where a URL belongs, or send a one-element array.
        if (value.isObject()) {
            return value.toObject().value(QLatin1String("id")).toString();
        }
        if (value.isArray() && !value.toArray().isEmpty()) {
            return value.toArray().first().toString();
        }
        return value.isString() ? QVariant(value.toString()) : QVariant();
    case ColumnType::Text:
        break;
    }
    if (value.isString()) {
        return value.toString();
    }
    return value.isDouble() ? QVariant(QString::number(value.toDouble())) : QVariant();
}

QString isoNow(const QDateTime &now)
{
    return now.toUTC().toString(Qt::ISODateWithMs);
}

// The organizations a meeting belongs to, for scope queries by committee.
void linkMeetingOrganizations(Database &db,
                              const QString &serverId,
                              const QString &meetingId,
                              const QJsonObject &data)
{
    Statement(db, "DELETE FROM meeting_organizations WHERE server_id = ifnull(?, '') AND meeting_id = ?")
        .bind(1, serverId)
        .bind(2, meetingId)
        .run();
    const QJsonValue value = data.value(QLatin1String("organization"));
    const QJsonArray orgs = value.isArray() ? value.toArray() : QJsonArray{value};
    Statement insert(db,
                     "INSERT OR IGNORE INTO meeting_organizations(server_id, meeting_id, organization_id) "
                     "VALUES (ifnull(?, ''), ?, ?)");
    for (const QJsonValue &org : orgs) {
        const QString orgId =
            org.isObject() ? org.toObject().value(QLatin1String("id")).toString() : org.toString();
        if (orgId.startsWith(QLatin1String("http"))) { // not "N/A" or blank, as some servers send
            insert.bind(1, serverId).bind(2, meetingId).bind(3, orgId).run();
        }
    }
}

// Matches a row of the server bound as ?N, or of any server when none is bound.
QByteArray onServer(const char *column, int parameter)
{
    return QByteArray(" ifnull(?") + QByteArray::number(parameter) + ", '') IN ('', " + column + ") ";
}

} // namespace

QString objectKindName(ObjectKind kind)
{
    static const char *names[] = {"bodies",
                                  "organizations",
                                  "persons",
                                  "memberships",
                                  "meetings",
                                  "agendaItems",
                                  "papers",
                                  "consultations",
                                  "files",
                                  "locations",
                                  "legislativeTerms"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

ObjectStore::ObjectStore(Database &db, const QString &serverId)
    : m_db(db)
    , m_serverId(serverId)
{ }

ObjectStore::~ObjectStore() = default;

Statement &ObjectStore::statement(ObjectKind kind, Query query)
{
    auto &slot = m_statements[{kind, query}];
    if (slot) {
        return *slot;
    }
    const Table &table = tableOf(kind);
    QByteArray sql;
    if (query == Query::Select) {
        sql = QByteArray("SELECT data, deleted FROM ") + table.name +
            " WHERE server_id = ifnull(?2, '') AND id = ?1";
    } else {
        // One statement shape per kind: the common columns, then the kind's own.
        QByteArray columns = "id, modified, deleted, data, first_seen, last_changed, server_id";
        QByteArray values = "?, ?, ?, ?, ?, ?, ifnull(?, '')";
        QByteArray updates =
            "modified = excluded.modified, deleted = excluded.deleted, data = excluded.data, "
            "last_changed = excluded.last_changed";
        auto addColumn = [&](const char *name) {
            columns += QByteArray(", ") + name;
            values += ", ?";
            updates += QByteArray(", ") + name + " = excluded." + name;
        };
        if (table.parentColumn && kind != ObjectKind::Body) { // a body's parent is its server
            addColumn(table.parentColumn);
        }
        for (const Column &c : table.columns) {
            addColumn(c.name);
        }
        sql = QByteArray("INSERT INTO ") + table.name + " (" + columns + ") VALUES (" + values +
            ") ON CONFLICT(server_id, id) DO UPDATE SET " + updates;
    }
    slot = std::make_unique<Statement>(m_db, sql.constData());
    return *slot;
}

ObjectStore::Outcome
ObjectStore::upsert(ObjectKind kind, const QString &parentId, const QJsonObject &data, const QDateTime &now)
{
    const QString id = data.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        throw StoreError(StoreError::InvalidArgument, QStringLiteral("object without id"));
    }
    const Table &table = tableOf(kind);
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const bool deleted = data.value(QLatin1String("deleted")).toBool();
    // Bound through ifnull(?, ''): no server is the empty one.
    const QString server = !m_serverId.isEmpty() ? m_serverId
        : kind == ObjectKind::Body               ? parentId
                                                 : QString();

    Statement &existing = statement(kind, Query::Select);
    // A cached statement must be reset however this function is left.
    const auto resetExisting = qScopeGuard([&existing] { existing.reset(); });
    existing.bind(1, id).bind(2, server);
    const bool known = existing.next();
    if (known && deleted) {
        // A tombstone must not overwrite the name and JSON a member may still need for what
        // they annotated: the last live record stays, marked deleted.
        const bool wasLive = existing.integer(1) == 0;
        existing.reset();
        return wasLive &&
                ObjectStore(m_db, server)
                    .markDeleted(kind, id, data.value(QLatin1String("modified")).toString(), now)
            ? Outcome::Changed
            : Outcome::Unchanged;
    }
    if (known && (existing.integer(1) != 0) == deleted) {
        if (existing.text(0) == json) {
            return Outcome::Unchanged;
        }
        // Servers bump `modified` in bulk without changing anything: that is not a change a
        // member should be shown. The stored copy still follows the server.
        QJsonObject before = QJsonDocument::fromJson(existing.text(0).toUtf8()).object();
        QJsonObject after = data;
        before.remove(QLatin1String("modified"));
        after.remove(QLatin1String("modified"));
        if (before == after) {
            const QByteArray update = QByteArray("UPDATE ") + table.name +
                " SET data = ?, modified = ? WHERE id = ? AND server_id = ifnull(?, '')";
            Statement(m_db, update.constData())
                .bind(1, json)
                .bind(2, data.value(QLatin1String("modified")).toString())
                .bind(3, id)
                .bind(4, server)
                .run();
            return Outcome::Unchanged;
        }
    }

    existing.reset(); // before the write: no read may stay open on the table
    Statement &st = statement(kind, Query::Upsert);
    const QString stamp = isoNow(now);
    st.bind(1, id)
        .bind(2, data.value(QLatin1String("modified")).toString())
        .bind(3, deleted ? 1 : 0)
        .bind(4, json)
        .bind(5, stamp)
        .bind(6, stamp)
        .bind(7, server);
    int i = 8;
    if (table.parentColumn && kind != ObjectKind::Body) {
        st.bind(i++, parentId);
    }
    for (const Column &c : table.columns) {
        st.bind(i++, columnValue(data, c));
    }
    st.run();

    if (kind == ObjectKind::Meeting) {
        linkMeetingOrganizations(m_db, server, id, data);
    }
    return known ? Outcome::Changed : Outcome::New;
}

bool ObjectStore::markDeleted(ObjectKind kind,
                              const QString &id,
                              const QString &modified,
                              const QDateTime &now)
{
    const QByteArray sql = QByteArray("UPDATE ") + tableOf(kind).name +
        " SET deleted = 1, modified = coalesce(?1, modified), last_changed = ?2 WHERE id = ?3 AND deleted = "
        "0 "
        "AND" +
        onServer("server_id", 4);
    Statement st(m_db, sql.constData());
    st.bind(1, modified).bind(2, isoNow(now)).bind(3, id).bind(4, m_serverId).run();
    if (m_db.changes() == 0) {
        return false;
    }
    if (kind == ObjectKind::File) {
        // A withdrawn document leaves search; its bytes stay for the member's annotations. Should
        // it come back, its text is read again.
        const QByteArray versions =
            "SELECT id FROM file_versions WHERE file_id = ?1 AND" + onServer("server_id", 2);
        QList<qint64> ids;
        {
            Statement rows(m_db, versions.constData());
            rows.bind(1, id).bind(2, m_serverId);
            while (rows.next()) {
                ids.append(rows.integer(0));
            }
        }
        for (const qint64 version : std::as_const(ids)) {
            SearchIndexStore::removeText(m_db, version);
        }
        SearchWords::markStale(m_db); // its words go from the word list at the end of the sync
        Statement(m_db,
                  QByteArray("UPDATE file_versions SET text_indexed = 0 WHERE id IN (" + versions + ")")
                      .constData())
            .bind(1, id)
            .bind(2, m_serverId)
            .run();
    }
    return true;
}

std::optional<StoredObject> ObjectStore::get(ObjectKind kind, const QString &id)
{
    const Table &table = tableOf(kind);
    const QByteArray sql = QByteArray("SELECT ") + (table.parentColumn ? table.parentColumn : "NULL") +
        ", data, deleted, first_seen, last_changed, server_id FROM " + table.name + " WHERE id = ?1 AND" +
        onServer("server_id", 2);
    Statement st(m_db, sql.constData());
    st.bind(1, id).bind(2, m_serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    StoredObject o;
    o.kind = kind;
    o.serverId = st.text(5);
    o.id = id;
    o.parentId = st.text(0);
    o.data = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    o.deleted = st.integer(2) != 0;
    o.firstSeen = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
    o.lastChanged = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
    return o;
}

QStringList ObjectStore::liveIds(ObjectKind kind, const QString &parentId)
{
    const Table &table = tableOf(kind);
    QStringList ids;
    if (!table.parentColumn) {
        return ids;
    }
    const QByteArray sql = QByteArray("SELECT id FROM ") + table.name + " WHERE " + table.parentColumn +
        " = ?1 AND deleted = 0 AND" + onServer("server_id", 2);
    Statement st(m_db, sql.constData());
    st.bind(1, parentId).bind(2, m_serverId);
    while (st.next()) {
        ids << st.text(0);
    }
    return ids;
}

QStringList ObjectStore::liveIdsInBody(ObjectKind kind, const QString &bodyId)
{
    // Children reach their body through their parent; files through the owners that link
    // them (a file has no parent of its own: several owners may list it). Every step stays on
    // the server (?2): another server's objects may share an id.
    static constexpr const char *meetingsOfBody =
        "SELECT id FROM meetings WHERE body_id = ?1 AND ifnull(?2, '') IN ('', server_id)";
    const QByteArray sameServer = "ifnull(?2, '') IN ('', server_id)";
    QByteArray sql;
    switch (kind) {
    case ObjectKind::AgendaItem:
        sql = "SELECT id FROM agenda_items WHERE deleted = 0 AND " + sameServer + " AND meeting_id IN (" +
            meetingsOfBody + ")";
        break;
    case ObjectKind::Consultation:
        sql = "SELECT id FROM consultations WHERE deleted = 0 AND " + sameServer +
            " AND paper_id IN (SELECT id FROM papers WHERE body_id = ?1 AND " + sameServer + ")";
        break;
    case ObjectKind::Membership:
        sql = "SELECT id FROM memberships WHERE deleted = 0 AND " + sameServer +
            " AND person_id IN (SELECT id FROM persons WHERE body_id = ?1 AND " + sameServer + ")";
        break;
    case ObjectKind::File:
        sql = QByteArray("SELECT DISTINCT f.id FROM file_links l JOIN files f ON f.server_id = l.server_id "
                         "AND f.id = l.file_id WHERE f.deleted = 0 AND ifnull(?2, '') IN ('', l.server_id) "
                         "AND (l.owner_id IN (") +
            meetingsOfBody + ") OR l.owner_id IN (SELECT id FROM papers WHERE body_id = ?1 AND " +
            sameServer + ") OR l.owner_id IN (SELECT id FROM agenda_items WHERE " + sameServer +
            " AND meeting_id IN (" + meetingsOfBody + ")))";
        break;
    case ObjectKind::Body:
        return {};
    default:
        sql = QByteArray("SELECT id FROM ") + tableOf(kind).name +
            " WHERE deleted = 0 AND body_id = ?1 AND " + sameServer;
        break;
    }
    Statement st(m_db, sql.constData());
    st.bind(1, bodyId).bind(2, m_serverId);
    QStringList ids;
    while (st.next()) {
        ids << st.text(0);
    }
    return ids;
}

qint64 ObjectStore::count(ObjectKind kind)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + tableOf(kind).name +
        " WHERE deleted = 0 AND" + onServer("server_id", 1);
    Statement st(m_db, sql.constData());
    st.bind(1, m_serverId);
    return st.next() ? st.integer(0) : 0;
}

QStringList ObjectStore::servers(ObjectKind kind, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT t.server_id FROM ") + tableOf(kind).name +
        " t LEFT JOIN servers s ON s.id = t.server_id WHERE t.id = ? ORDER BY s.added, t.server_id";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    QStringList servers;
    while (st.next()) {
        servers << st.text(0);
    }
    return servers;
}

} // namespace Ratsmappe
