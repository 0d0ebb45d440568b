// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace Ratsmappe {

class Database;

/// The cache's schema, versioned with PRAGMA user_version and built by numbered steps.
/// A step is never changed once released; a change of schema is a new step.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Schema)
public:
    static int latestVersion();
    static int version(Database &db);
    /// Runs every step above the database's version up to \a target (default: the latest),
    /// each in its own transaction. Throws StoreError::TooNew for a database from a newer
    /// Ratsmappe.
    static void migrate(Database &db, int target = -1);
};

} // namespace Ratsmappe
