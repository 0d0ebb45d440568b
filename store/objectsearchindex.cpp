// SPDX-License-Identifier: GPL-2.0-or-later
#include "objectsearchindex.h"

#include "database.h"
#include "searchwords.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Ratsmappe {

namespace {

struct Kind
{
    const char *kind;
    const char *table;
    // title, then the body's parts; the object's data (JSON) comes last.
    const char *columns;
    int bodyColumns;
    // Fields of the object's data that name it, for the body.
    std::initializer_list<const char *> dataFields;
};

const Kind Kinds[] = {
    {"meeting",
     "meetings",
     "t.name, (SELECT group_concat(coalesce(o.name, ''), ' ') FROM meeting_organizations mo "
     "JOIN organizations o ON o.server_id = mo.server_id AND o.id = mo.organization_id "
     "WHERE mo.server_id = t.server_id AND mo.meeting_id = t.id)",
     1,
     {}},
    {"agendaItem", "agenda_items", "t.name, t.number", 1, {}},
    {"paper", "papers", "t.name, t.reference, t.paper_type", 2, {}},
    {"person", "persons", "t.name", 0, {"formOfAddress", "affix", "givenName", "familyName"}},
    {"organization", "organizations", "t.name, t.classification", 1, {"shortName"}},
};

QString dataText(const QString &json, std::initializer_list<const char *> fields)
{
    if (fields.size() == 0) {
        return {};
    }
    const QJsonObject data = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (const char *field : fields) {
        const QString value = data.value(QLatin1String(field)).toString();
        if (!value.isEmpty()) {
            parts.append(value);
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

void ObjectSearchIndex::forgetServer(const QString &serverId)
{
    Statement(
        m_db,
        "DELETE FROM search_objects WHERE rowid IN (SELECT row FROM search_object_rows WHERE server_id = ?)")
        .bind(1, serverId)
        .run();
    Statement(m_db, "DELETE FROM search_object_rows WHERE server_id = ?").bind(1, serverId).run();
}

int ObjectSearchIndex::refresh(bool inTransaction)
{
    std::optional<Transaction> tx;
    if (!inTransaction) {
        tx.emplace(m_db);
    }
    int changed = 0;
    Statement removeText(m_db, "DELETE FROM search_objects WHERE rowid = ?");
    Statement removeRow(m_db, "DELETE FROM search_object_rows WHERE row = ?");
    SearchWords words(m_db);
    for (const Kind &kind : Kinds) {
        // Rows whose object is gone or deleted.
        const QByteArray gone = QByteArray("SELECT r.row FROM search_object_rows r WHERE r.kind = '") +
            kind.kind + "' AND NOT EXISTS (SELECT 1 FROM " + kind.table +
            " t WHERE t.server_id = r.server_id AND t.id = r.id AND t.deleted = 0)";
        Statement goneRows(m_db, gone.constData());
        QList<qint64> stale;
        while (goneRows.next()) {
            stale.append(goneRows.integer(0));
        }
        for (const qint64 row : std::as_const(stale)) {
            removeText.bind(1, row).run();
            removeRow.bind(1, row).run();
            ++changed;
        }

        // Objects without a row, or changed since theirs was made.
        const QByteArray fresh = QByteArray("SELECT t.server_id, t.id, t.last_changed, r.row, t.data, ") +
            kind.columns + " FROM " + kind.table +
            " t LEFT JOIN search_object_rows r ON r.server_id = " + "t.server_id AND r.kind = '" + kind.kind +
            "' AND r.id = t.id WHERE t.deleted = 0 AND (r.row IS NULL " + "OR r.stamp IS NOT t.last_changed)";
        struct Fresh
        {
            QString serverId, id, stamp, title, body;
            std::optional<qint64> oldRow;
        };
        QList<Fresh> todo;
        {
            Statement objects(m_db, fresh.constData());
            while (objects.next()) {
                QStringList body;
                for (int c = 6; c < 6 + kind.bodyColumns; ++c) {
                    if (!objects.isNull(c)) {
                        body.append(objects.text(c));
                    }
                }
                const QString extra = dataText(objects.text(4), kind.dataFields);
                if (!extra.isEmpty()) {
                    body.append(extra);
                }
                todo.append({objects.text(0),
                             objects.text(1),
                             objects.text(2),
                             objects.text(5),
                             body.join(QLatin1Char(' ')),
                             objects.isNull(3) ? std::nullopt : std::optional<qint64>(objects.integer(3))});
            }
        }
        Statement addRow(m_db,
                         "INSERT INTO search_object_rows(server_id, kind, id, stamp) VALUES (?, ?, ?, ?)");
        Statement addText(m_db, "INSERT INTO search_objects(rowid, title, body) VALUES (?, ?, ?)");
        for (const Fresh &object : std::as_const(todo)) {
            if (object.oldRow) {
                removeText.bind(1, *object.oldRow).run();
                removeRow.bind(1, *object.oldRow).run();
            }
            addRow.bind(1, object.serverId)
                .bind(2, QString::fromLatin1(kind.kind))
                .bind(3, object.id)
                .bind(4, object.stamp)
                .run();
            addText.bind(1, m_db.lastInsertId()).bind(2, object.title).bind(3, object.body).run();
            words.collect(object.title);
            words.collect(object.body);
            ++changed;
        }
    }
    words.flush();
    if (tx) {
        tx->commit();
    }
    return changed;
}

} // namespace Ratsmappe
