// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaType>
#include <QString>

namespace Ratsmappe {

/// Where a sync is, as the command line's progress line and the window's bar show it: the
/// lists with the objects read so far, then the documents and the reading of their text, each
/// "n of m" with the time left from the pace so far.
struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::SyncProgress)
public:
    enum class Phase { Connecting, Lists, Documents, Text };

    Phase phase = Phase::Connecting;
    QString list; ///< Lists: the list being walked, as objectKindName() names it
    qint64 objects = 0; ///< Lists: objects read so far in this run
    int done = 0; ///< how many are done (Lists: lists walked) …
    int total = 0; ///< … of how many
    qint64 bytes = 0; ///< Documents: bytes received so far
    qint64 secondsLeft = -1; ///< Documents, Text: from the pace so far; -1 while unknown

    /// 0 to 1 across the phase; -1 while there is no total.
    double fraction() const;
    /// One line in the member's language: "Papers: 1,234", "Documents 12 of 80 · 3.4 MB ·
    /// about 2 minutes left", "Reading text 5 of 80 · about 1 minute left".
    QString text() const;
    /// "about 2 minutes left", or empty while unknown.
    static QString timeLeft(qint64 seconds);
};

/// The time left of a job of counted steps, from the pace so far.
class PaceEstimate
{
public:
    PaceEstimate() { m_timer.start(); }
    /// -1 until the first step is done.
    qint64 secondsLeft(int done, int total) const;

private:
    QElapsedTimer m_timer;
};

} // namespace Ratsmappe

Q_DECLARE_METATYPE(Ratsmappe::SyncProgress)
