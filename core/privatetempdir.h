// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// The process's folder for temporary files, kept in memory and private. Qt's print engine
/// spools a whole print job (the document, unencrypted) into a file under TMPDIR before CUPS
/// takes it: this points TMPDIR at a 0700 folder of its own below $XDG_RUNTIME_DIR
/// (`ratsmappe/tmp-PID`, memory-backed under systemd) or, where that is unset,
/// `/dev/shm/ratsmappe-UID/tmp-PID`, and empties it when it goes away. Make it before the
/// application object: QDir::tempPath() reads TMPDIR at each call.
class PrivateTempDir
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PrivateTempDir)
public:
    /// \a runtimeDir is $XDG_RUNTIME_DIR (empty: none), \a shmDir the shared-memory folder
    /// used without one (empty: none).
    PrivateTempDir(const QString &runtimeDir, const QString &shmDir);
    /// From the environment: XDG_RUNTIME_DIR, else /dev/shm.
    PrivateTempDir();
    ~PrivateTempDir();
    PrivateTempDir(const PrivateTempDir &) = delete;
    PrivateTempDir &operator=(const PrivateTempDir &) = delete;

    /// The folder TMPDIR now names; empty when none could be made (TMPDIR is then unchanged).
    QString path() const { return m_path; }
    /// Why there is none, for the member.
    QString problem() const { return m_problem; }
    /// Removes the folder and what is in it now (also done by the destructor); for an exit
    /// that skips destructors.
    void remove();

    /// Empty when \a dir is a folder only this user can enter (owned, no group or other
    /// bits), as the one PrivateTempDir makes; else why a temporary file there is not private.
    static QString problemWith(const QString &dir);

private:
    QString m_path;
    QString m_problem;
};

} // namespace Ratsmappe
