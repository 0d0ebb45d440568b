// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// What a stored file is called: the title the reader shows (its name, else its file name,
/// else its id) and the file name a saved copy gets.
struct FileTitle
{
    QString title;
    QString fileName;
};

/// The reader's query on files for a document's names.
class FileTitleStore
{
public:
    explicit FileTitleStore(Database &db)
        : m_db(db)
    { }

    /// Nothing when there is no file \a fileId.
    /// The file \a fileId of \a serverId; without a server, the one file with that id.
    std::optional<FileTitle> title(const QString &fileId, const QString &serverId = {}) const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
