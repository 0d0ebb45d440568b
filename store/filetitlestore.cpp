// SPDX-License-Identifier: GPL-2.0-or-later
#include "filetitlestore.h"

#include "database.h"

namespace Ratsmappe {

std::optional<FileTitle> FileTitleStore::title(const QString &fileId, const QString &serverId) const
{
    Statement st(m_db,
                 "SELECT coalesce(nullif(name, ''), file_name, id), file_name FROM files WHERE id = ? "
                 "AND ifnull(?, '') IN ('', server_id)");
    st.bind(1, fileId).bind(2, serverId);
    if (!st.next()) {
        return std::nullopt;
    }
    return FileTitle{st.text(0), st.text(1)};
}

} // namespace Ratsmappe
