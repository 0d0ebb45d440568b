// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Ratsmappe {

class Database;

/// Where the member was in a document (read_state, keyed by the file's id, so a new version
/// opens where the old one was left).
struct ReadPosition
{
    int page = 0; ///< from 0
    double zoom = 0; ///< scale factor; 0 means fit width
};

/// The reader's queries on read_state.
class ReadStateStore
{
public:
    explicit ReadStateStore(Database &db)
        : m_db(db)
    { }

    std::optional<ReadPosition> load(const QString &targetId) const;
    /// Records the position and marks the document as read.
    void save(const QString &targetId, const ReadPosition &position);

private:
    Database &m_db;
};

} // namespace Ratsmappe
