// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Ratsmappe {

namespace {

[[noreturn]] void fail(const QString &path, int err)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(err));
    throw StoreError(
        err == ENOSPC || err == EDQUOT ? StoreError::DiskFull : StoreError::Io,
        QCoreApplication::translate("Ratsmappe::AtomicFile", "Cannot write %1: %2").arg(path, reason));
}

} // namespace

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QString tmp = path + QLatin1String(".new");
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail(tmp, errno);
    }
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n =
            ::write(fd, contents.constData() + written, static_cast<size_t>(contents.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(fd);
            ::unlink(tmpName.constData());
            fail(tmp, err);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpName.constData());
        fail(tmp, err);
    }
    ::close(fd);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpName.constData());
        fail(path, err);
    }
    syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace Ratsmappe
