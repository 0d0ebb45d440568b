// SPDX-License-Identifier: GPL-2.0-or-later
#include "objectstore.h"

#include "database.h"
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
void linkMeetingOrganizations(Database &db, const QString &meetingId, const QJsonObject &data)
{
    Statement(db, "DELETE FROM meeting_organizations WHERE meeting_id = ?").bind(1, meetingId).run();
    const QJsonValue value = data.value(QLatin1String("organization"));
    const QJsonArray orgs = value.isArray() ? value.toArray() : QJsonArray{value};
    Statement insert(
        db, "INSERT OR IGNORE INTO meeting_organizations(meeting_id, organization_id) VALUES (?, ?)");
    for (const QJsonValue &org : orgs) {
        const QString orgId =
            org.isObject() ? org.toObject().value(QLatin1String("id")).toString() : org.toString();
        if (orgId.startsWith(QLatin1String("http"))) { // not "N/A" or blank, as some servers send
            insert.bind(1, meetingId).bind(2, orgId).run();
        }
    }
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

ObjectStore::ObjectStore(Database &db)
    : m_db(db)
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
        sql = QByteArray("SELECT data, deleted FROM ") + table.name + " WHERE id = ?";
    } else {
        // One statement shape per kind: the common columns, then the kind's own.
        QByteArray columns = "id, modified, deleted, data, first_seen, last_changed";
        QByteArray values = "?, ?, ?, ?, ?, ?";
        QByteArray updates =
            "modified = excluded.modified, deleted = excluded.deleted, data = excluded.data, "
            "last_changed = excluded.last_changed";
        auto addColumn = [&](const char *name) {
            columns += QByteArray(", ") + name;
            values += ", ?";
            updates += QByteArray(", ") + name + " = excluded." + name;
        };
        if (table.parentColumn) {
            addColumn(table.parentColumn);
        }
        for (const Column &c : table.columns) {
            addColumn(c.name);
        }
        sql = QByteArray("INSERT INTO ") + table.name + " (" + columns + ") VALUES (" + values +
            ") ON CONFLICT(id) DO UPDATE SET " + updates;
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

    Statement &existing = statement(kind, Query::Select);
    // A cached statement must be reset however this function is left.
    const auto resetExisting = qScopeGuard([&existing] { existing.reset(); });
    existing.bind(1, id);
    const bool known = existing.next();
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
            const QByteArray update =
                QByteArray("UPDATE ") + table.name + " SET data = ?, modified = ? WHERE id = ?";
            Statement(m_db, update.constData())
                .bind(1, json)
                .bind(2, data.value(QLatin1String("modified")).toString())
                .bind(3, id)
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
        .bind(6, stamp);
    int i = 7;
    if (table.parentColumn) {
        st.bind(i++, parentId);
    }
    for (const Column &c : table.columns) {
        st.bind(i++, columnValue(data, c));
    }
    st.run();

    if (kind == ObjectKind::Meeting) {
        linkMeetingOrganizations(m_db, id, data);
    }
    return known ? Outcome::Changed : Outcome::New;
}

std::optional<StoredObject> ObjectStore::get(ObjectKind kind, const QString &id)
{
    const Table &table = tableOf(kind);
    const QByteArray sql = QByteArray("SELECT ") + (table.parentColumn ? table.parentColumn : "NULL") +
        ", data, deleted, first_seen, last_changed FROM " + table.name + " WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.next()) {
        return std::nullopt;
    }
    StoredObject o;
    o.kind = kind;
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
    const QByteArray sql =
        QByteArray("SELECT id FROM ") + table.name + " WHERE " + table.parentColumn + " = ? AND deleted = 0";
    Statement st(m_db, sql.constData());
    st.bind(1, parentId);
    while (st.next()) {
        ids << st.text(0);
    }
    return ids;
}

qint64 ObjectStore::count(ObjectKind kind)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + tableOf(kind).name + " WHERE deleted = 0";
    return m_db.queryInt(sql.constData()).value_or(0);
}

} // namespace Ratsmappe
