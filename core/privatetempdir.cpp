// SPDX-License-Identifier: GPL-2.0-or-later
#include "privatetempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

namespace Ratsmappe {

namespace {

// A folder that exists (or is made) with mode 0700, owned by this user, and is no link: a
// name in a world-writable folder (/dev/shm) may have been put there by someone else.
bool ensurePrivateFolder(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
        return false;
    }
    struct stat st{};
    if (::lstat(name.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) {
        return false;
    }
    return (st.st_mode & 077) == 0 || ::chmod(name.constData(), 0700) == 0;
}

// Folders `tmp-PID` of processes that are gone (a crash, a killed session).
void removeStale(const QString &base)
{
    const QStringList names =
        QDir(base).entryList({QStringLiteral("tmp-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const int pid = name.mid(4).toInt(&ok);
        if (ok && pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
            QDir(base + QLatin1Char('/') + name).removeRecursively();
        }
    }
}

} // namespace

PrivateTempDir::PrivateTempDir()
    : PrivateTempDir(qEnvironmentVariable("XDG_RUNTIME_DIR"), QStringLiteral("/dev/shm"))
{ }

PrivateTempDir::PrivateTempDir(const QString &runtimeDir, const QString &shmDir)
{
    QString base;
    if (!runtimeDir.isEmpty() && QDir::isAbsolutePath(runtimeDir) && QFileInfo::exists(runtimeDir)) {
        base = runtimeDir + QStringLiteral("/ratsmappe");
    } else if (!shmDir.isEmpty() && QFileInfo(shmDir).isDir()) {
        base = shmDir + QStringLiteral("/ratsmappe-") + QString::number(::geteuid());
    } else {
        m_problem = tr("This system has neither XDG_RUNTIME_DIR nor /dev/shm, so no temporary "
                       "folder in memory that only you can read.");
        return;
    }
    const QString path = base + QStringLiteral("/tmp-") + QString::number(::getpid());
    if (!ensurePrivateFolder(base)) {
        m_problem = tr("The folder %1 cannot be made, or belongs to someone else.").arg(base);
        return;
    }
    removeStale(base);
    QDir(path).removeRecursively(); // an earlier process with this number
    if (!ensurePrivateFolder(path)) {
        m_problem = tr("The folder %1 cannot be made, or belongs to someone else.").arg(path);
        return;
    }
    m_path = path;
    qputenv("TMPDIR", QFile::encodeName(path));
}

PrivateTempDir::~PrivateTempDir()
{
    remove();
}

void PrivateTempDir::remove()
{
    if (!m_path.isEmpty()) {
        QDir(m_path).removeRecursively();
    }
}

QString PrivateTempDir::problemWith(const QString &dir)
{
    struct stat st{};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        return tr("The temporary folder %1 does not exist.").arg(dir);
    }
    if (st.st_uid != ::geteuid() || (st.st_mode & 077) != 0) {
        return tr("The temporary folder %1 can be read by others.").arg(dir);
    }
    return {};
}

} // namespace Ratsmappe
