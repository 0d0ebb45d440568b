// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchfilterlisting.h"

#include "database.h"

namespace Ratsmappe {

QList<CommitteeChoice> SearchFilterListing::committees() const
{
    // One row per id: two servers may list the same organization.
    Statement st(m_db,
                 "SELECT id, MIN(name) FROM organizations WHERE deleted = 0 AND COALESCE(name, '') <> '' "
                 "GROUP BY id ORDER BY 2 COLLATE NOCASE, 1");
    QList<CommitteeChoice> out;
    while (st.next()) {
        out.append({st.text(0), st.text(1)});
    }
    return out;
}

QStringList SearchFilterListing::paperTypes() const
{
    Statement st(
        m_db,
        "SELECT DISTINCT paper_type FROM papers WHERE deleted = 0 AND COALESCE(paper_type, '') <> '' "
        "ORDER BY 1 COLLATE NOCASE");
    QStringList out;
    while (st.next()) {
        out << st.text(0);
    }
    return out;
}

} // namespace Ratsmappe
