// SPDX-License-Identifier: GPL-2.0-or-later
#include "scopespace.h"

#include "database.h"

namespace Ratsmappe {

namespace {

QList<ScopeChoice> choices(Database &db, const char *sql)
{
    Statement st(db, sql);
    QList<ScopeChoice> out;
    while (st.next()) {
        out.append({st.text(0), st.text(1)});
    }
    return out;
}

} // namespace

QList<ScopeChoice> ScopeChoices::bodies() const
{
    return choices(m_db,
                   "SELECT id, MIN(coalesce(nullif(name, ''), id)) FROM bodies WHERE deleted = 0 GROUP BY id "
                   "ORDER BY 2");
}

QList<ScopeChoice> ScopeChoices::committees() const
{
    // Organizations that hold meetings: factions and parties hold none.
    return choices(m_db,
                   "SELECT o.id, MIN(o.name) FROM organizations o WHERE o.deleted = 0 AND "
                   "coalesce(o.name, '') <> '' AND o.id IN (SELECT organization_id FROM "
                   "meeting_organizations) GROUP BY o.id ORDER BY 2");
}

ScopeSpace ScopeChoices::space(const SyncScope &scope) const
{
    ScopeSpace space;
    const QStringList files = scope.files(m_db, false, {});
    space.files = int(files.size());
    Statement size(
        m_db, "SELECT size FROM file_versions WHERE file_id = ?1 AND complete = 1 ORDER BY id DESC LIMIT 1");
    for (const QString &file : files) {
        if (size.bind(1, file).next()) {
            ++space.stored;
            space.bytes += size.integer(0);
        }
        size.reset();
    }
    const qint64 average =
        m_db.queryInt("SELECT avg(size) FROM file_versions WHERE complete = 1").value_or(0);
    space.bytes += qint64(space.files - space.stored) * (average > 0 ? average : TypicalDocumentBytes);
    return space;
}

} // namespace Ratsmappe
