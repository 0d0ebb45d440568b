// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Ratsmappe {

class Database;

/// The first open of a stored PDF version: Poppler reads it in the helper process first, where
/// a crash or a hang cannot take the app down; only a version that passed is opened in this
/// process. A version that passed is marked in the cache, so it is checked once, not every session.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::DocumentCheck)
public:
    /// Whether the version passed the check, in this session or an earlier one (the cache
    /// keeps the result per version).
    bool isVerified(Database &db, qint64 versionId);
    void markVerified(qint64 versionId) { m_verified.insert(versionId); }

    /// Reads the version from \a db and probes it in the helper process; marks it in \a db when
    /// it passed. Blocking: call it off the GUI thread. Returns an empty string when it passed,
    /// else the reason for the member.
    static QString probe(Database &db, qint64 versionId);

private:
    QSet<qint64> m_verified;
};

} // namespace Ratsmappe
