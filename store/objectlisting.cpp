// SPDX-License-Identifier: GPL-2.0-or-later
#include "objectlisting.h"

#include "database.h"

#include <algorithm>

#include <QJsonDocument>

namespace Ratsmappe {

namespace {

struct Listing
{
    const char *name; ///< as typed on the command line
    const char *table;
    const char *column; ///< the telling field
    const char *order;
};

constexpr Listing Listings[] = {
    {"meetings", "meetings", "start", "start, id"},
    {"agenda-items", "agenda_items", "number", "meeting_id, sort_order, id"},
    {"papers", "papers", "reference", "date, id"},
    {"files", "files", "file_name", "id"},
    {"organizations", "organizations", "organization_type", "name, id"},
    {"persons", "persons", "NULL", "name, id"},
};

} // namespace

QStringList ObjectListing::kinds()
{
    QStringList names;
    for (const Listing &l : Listings) {
        names << QLatin1String(l.name);
    }
    return names;
}

std::optional<QList<ListedObject>> ObjectListing::list(Database &db, const QString &kind)
{
    const auto it = std::find_if(std::begin(Listings), std::end(Listings), [&](const Listing &l) {
        return kind == QLatin1String(l.name);
    });
    if (it == std::end(Listings)) {
        return std::nullopt;
    }
    const bool files = isFiles(kind);
    const QByteArray sql = QByteArray("SELECT id, data, first_seen, last_changed, name, ") + it->column +
        (files ? ", current_version IS NOT NULL, late" : ", 0, 0") + ", server_id FROM " + it->table +
        " WHERE deleted = 0" +
        (files ? " AND id NOT LIKE 'ratsmappe:packet/%'" : "") + // packets are the member's, not the server's
        " ORDER BY " + it->order + ", server_id";
    Statement st(db, sql.constData());
    QList<ListedObject> out;
    while (st.next()) {
        out.append({st.text(0),
                    st.text(8),
                    st.text(4),
                    st.text(5),
                    QJsonDocument::fromJson(st.text(1).toUtf8()).object(),
                    st.text(2),
                    st.text(3),
                    st.integer(6) != 0,
                    st.integer(7) != 0});
    }
    return out;
}

} // namespace Ratsmappe
