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

namespace ReadState {
std::optional<ReadPosition> load(Database &db, const QString &targetId);
/// Records the position and marks the document as read.
void save(Database &db, const QString &targetId, const ReadPosition &position);
} // namespace ReadState

} // namespace Ratsmappe
