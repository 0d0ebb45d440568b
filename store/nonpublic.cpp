// SPDX-License-Identifier: GPL-2.0-or-later
#include "nonpublic.h"

#include "database.h"
#include "objectsearchindex.h"
#include "searchwords.h"
#include "storelog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe {

namespace {

// Drops non-public children from an object's embedded arrays and fields; true if it changed.
bool scrub(QJsonObject &object)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end();) {
        QJsonValue value = it.value();
        if (value.isObject()) {
            QJsonObject child = value.toObject();
            if (isNonPublic(child)) {
                it = object.erase(it);
                changed = true;
                continue;
            }
            if (scrub(child)) {
                it.value() = child;
                changed = true;
            }
        } else if (value.isArray()) {
            QJsonArray kept;
            bool arrayChanged = false;
            for (const QJsonValue &v : value.toArray()) {
                QJsonObject child = v.toObject();
                if (v.isObject() && isNonPublic(child)) {
                    arrayChanged = true;
                    continue;
                }
                if (v.isObject() && scrub(child)) {
                    kept.append(child);
                    arrayChanged = true;
                } else {
                    kept.append(v);
                }
            }
            if (arrayChanged) {
                it.value() = kept;
                changed = true;
            }
        }
        ++it;
    }
    return changed;
}

} // namespace

NonPublicWipe wipeNonPublic(Database &db, const QString &serverId)
{
    NonPublicWipe result; // secure_delete is on for every connection (Database)
    {
        Transaction tx(db);
        // Every statement below stays on the server (?1): another server's objects may share an id.
        const auto run = [&db, &serverId](const char *sql) {
            Statement(db, sql).bind(1, serverId).run();
        };
        db.exec("CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT PRIMARY KEY, kind TEXT NOT NULL)");
        db.exec("DELETE FROM gone");
        run("INSERT OR IGNORE INTO gone SELECT id, 'meeting' FROM meetings WHERE server_id = ?1 AND "
            "non_public = 1");
        run("INSERT OR IGNORE INTO gone SELECT id, 'agendaItem' FROM agenda_items WHERE server_id = ?1 "
            "AND (public = 0 OR meeting_id IN (SELECT id FROM gone))");
        run("INSERT OR IGNORE INTO gone SELECT id, 'paper' FROM papers WHERE server_id = ?1 AND non_public = "
            "1");
        run("INSERT OR IGNORE INTO gone SELECT id, 'consultation' FROM consultations WHERE server_id = ?1 "
            "AND (paper_id IN (SELECT id FROM gone) OR agenda_item_id IN (SELECT id FROM gone) "
            "OR meeting_id IN (SELECT id FROM gone))");
        // A file is non-public when it says so, or when it belongs to a non-public owner.
        run("INSERT OR IGNORE INTO gone SELECT id, 'file' FROM files WHERE server_id = ?1 AND (non_public = "
            "1 "
            "OR id IN (SELECT file_id FROM file_links WHERE server_id = ?1 AND owner_id IN (SELECT id FROM "
            "gone)))");

        const auto count = [&db](const char *sql) {
            return int(db.queryInt(sql).value_or(0));
        };
        result.meetings = count("SELECT count(*) FROM gone WHERE kind = 'meeting'");
        result.agendaItems = count("SELECT count(*) FROM gone WHERE kind = 'agendaItem'");
        result.papers = count("SELECT count(*) FROM gone WHERE kind = 'paper'");
        result.files = count("SELECT count(*) FROM gone WHERE kind = 'file'");
        {
            Statement documents(db,
                                "SELECT count(*) FROM file_versions WHERE server_id = ?1 AND file_id IN "
                                "(SELECT id FROM gone WHERE kind = 'file')");
            result.documents = documents.bind(1, serverId).next() ? int(documents.integer(0)) : 0;
        }

        // The server's versions of its gone files and the annotations on them; read state is kept by
        // id alone, notes by server and id.
        db.exec("CREATE TEMP TABLE IF NOT EXISTS gone_versions (id INTEGER PRIMARY KEY)");
        db.exec("DELETE FROM gone_versions");
        run("INSERT INTO gone_versions SELECT id FROM file_versions WHERE server_id = ?1 "
            "AND file_id IN (SELECT id FROM gone WHERE kind = 'file')");
        db.exec("DELETE FROM annotations WHERE version_id IN (SELECT id FROM gone_versions)");
        run("DELETE FROM annotations WHERE server_id = ?1 AND file_id IN (SELECT id FROM gone WHERE kind = "
            "'file')");
        // Restored annotations still waiting for a document that is, or was marked, non-public.
        run("DELETE FROM restore_pending WHERE server_id = ?1 AND (non_public = 1 OR file_id IN (SELECT id "
            "FROM gone WHERE kind = 'file'))");
        db.exec("DELETE FROM search_index WHERE version_id IN (SELECT id FROM gone_versions)");
        db.exec("DELETE FROM file_versions WHERE id IN (SELECT id FROM gone_versions)"); // chunks cascade
        run("DELETE FROM notes WHERE server_id = ?1 AND target_id IN (SELECT id FROM gone)");
        db.exec("DELETE FROM read_state WHERE target_id IN (SELECT id FROM gone)");
        run("DELETE FROM seen WHERE server_id = ?1 AND target_id IN (SELECT id FROM gone)");
        run("DELETE FROM file_links WHERE server_id = ?1 AND (file_id IN (SELECT id FROM gone) "
            "OR owner_id IN (SELECT id FROM gone))");
        run("DELETE FROM meeting_organizations WHERE server_id = ?1 AND meeting_id IN (SELECT id FROM gone)");
        // A packet's layout names the non-public documents it holds; its file counts as non-public
        // (PacketStore), so its bytes went with the files above.
        run("DELETE FROM issued_packets WHERE server_id = ?1");
        run("DELETE FROM packets WHERE server_id = ?1");
        run("DELETE FROM download_failures WHERE server_id = ?1 AND file_id IN (SELECT id FROM gone)");
        for (const char *sql :
             {"DELETE FROM meetings WHERE server_id = ?1 AND id IN (SELECT id FROM gone)",
              "DELETE FROM agenda_items WHERE server_id = ?1 AND id IN (SELECT id FROM gone)",
              "DELETE FROM papers WHERE server_id = ?1 AND id IN (SELECT id FROM gone)",
              "DELETE FROM consultations WHERE server_id = ?1 AND id IN (SELECT id FROM gone)",
              "DELETE FROM files WHERE server_id = ?1 AND id IN (SELECT id FROM gone)"}) {
            run(sql);
        }

        // Public objects keep the non-public children they were served with embedded.
        for (const char *table : {"meetings", "agenda_items", "papers", "persons", "organizations"}) {
            const QByteArray select = QByteArray("SELECT id, data FROM ") + table +
                " WHERE server_id = ?1 AND data LIKE '%public%'";
            const QByteArray update =
                QByteArray("UPDATE ") + table + " SET data = ?2 WHERE id = ?1 AND server_id = ?3";
            Statement rows(db, select.constData());
            rows.bind(1, serverId);
            Statement write(db, update.constData());
            while (rows.next()) {
                QJsonObject data = QJsonDocument::fromJson(rows.text(1).toUtf8()).object();
                if (scrub(data)) {
                    write.bind(1, rows.text(0))
                        .bind(2, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
                        .bind(3, serverId);
                    write.run();
                }
            }
        }
        // The search index: the gone objects' rows, and the server's others made again from the
        // scrubbed data; the word list without the words only the gone part had.
        ObjectSearchIndex objects(db);
        objects.forgetServer(serverId);
        objects.refresh(true);
        SearchWords::rebuild(db);
        db.exec("DROP TABLE gone_versions");
        db.exec("DROP TABLE gone");
        tx.commit();
    }
    // Moves the zeroed pages out of the WAL into the database file and empties the WAL. Busy
    // (after the busy timeout) while another connection reads: then the old pages stay.
    Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    result.checkpointed = checkpoint.next() && checkpoint.integer(0) == 0;
    qCDebug(lcStore) << "wiped the non-public part:" << result.meetings << "meetings," << result.agendaItems
                     << "agenda items," << result.papers << "papers," << result.files << "files,"
                     << result.documents << "stored documents; checkpoint"
                     << (result.checkpointed ? "complete" : "busy");
    return result;
}

bool fileIsNonPublic(Database &db, const QString &serverId, const QString &fileId)
{
    Statement st(db,
                 "SELECT EXISTS (SELECT 1 FROM files WHERE server_id = ?1 AND id = ?2 AND non_public = 1) "
                 "OR EXISTS (SELECT 1 FROM file_links l WHERE l.server_id = ?1 AND l.file_id = ?2 AND ("
                 "  l.owner_id IN (SELECT id FROM meetings WHERE server_id = ?1 AND non_public = 1)"
                 "  OR l.owner_id IN (SELECT id FROM papers WHERE server_id = ?1 AND non_public = 1)"
                 "  OR l.owner_id IN (SELECT id FROM agenda_items WHERE server_id = ?1 AND (public = 0 OR "
                 "    meeting_id IN (SELECT id FROM meetings WHERE server_id = ?1 AND non_public = 1)))))");
    st.bind(1, serverId).bind(2, fileId);
    return st.next() && st.integer(0) != 0;
}

} // namespace Ratsmappe
