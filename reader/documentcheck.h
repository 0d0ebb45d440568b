// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace Ratsmappe {

class Database;

/// The first open of a stored PDF version: Poppler reads it in the helper process first, where
/// a crash or a hang cannot take the app down; only a version that passed is opened in this
/// process. The outcome is kept in the cache per version: a version that passed is checked once,
/// not every session, and one that failed is not checked again (its reason is shown at once)
/// until the member asks to try again.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::DocumentCheck)
public:
    /// What is known of the version's check, from this session or an earlier one.
    FirstOpenCheck state(Database &db, qint64 versionId);
    /// Whether the version passed the check, in this session or an earlier one.
    bool isVerified(Database &db, qint64 versionId)
    {
        return state(db, versionId).state == FirstOpenCheck::Passed;
    }
    void markVerified(qint64 versionId) { m_verified.insert(versionId); }
    /// Keeps the helper's verdict in \a db: passed when \a error is empty.
    void record(Database &db, qint64 versionId, const QString &error);
    /// Forgets a failure, so the next open checks the version again ("Try Again").
    void forget(Database &db, qint64 versionId);

    /// Reads the version from \a db and probes it in the helper process; records the outcome in
    /// \a db. Blocking: call it off the GUI thread. Returns an empty string when it passed, else
    /// the reason for the member.
    static QString probe(Database &db, qint64 versionId);
    static QString emptyDocument();

private:
    QSet<qint64> m_verified;
};

} // namespace Ratsmappe
