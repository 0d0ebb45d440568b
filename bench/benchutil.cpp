// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchutil.h"

#include <QFile>

#include <algorithm>

#include <linux/magic.h>
#include <sys/resource.h>
#include <sys/statfs.h>

namespace Ratsmappe::Bench {

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonArray toJson(const std::vector<double> &values)
{
    QJsonArray a;
    for (const double v : values) {
        a.append(v);
    }
    return a;
}

QString filesystemOf(const QString &dir)
{
    struct statfs fs{};
    if (::statfs(QFile::encodeName(dir).constData(), &fs) != 0) {
        return QStringLiteral("unknown");
    }
    switch (static_cast<unsigned long>(fs.f_type)) {
    case EXT4_SUPER_MAGIC:
        return QStringLiteral("ext2/3/4");
    case TMPFS_MAGIC:
        return QStringLiteral("tmpfs (RAM)");
    case BTRFS_SUPER_MAGIC:
        return QStringLiteral("btrfs");
    case XFS_SUPER_MAGIC:
        return QStringLiteral("xfs");
    case OVERLAYFS_SUPER_MAGIC:
        return QStringLiteral("overlayfs");
    default:
        return QStringLiteral("statfs type 0x%1").arg(static_cast<unsigned long>(fs.f_type), 0, 16);
    }
}

double peakMemoryMB()
{
    struct rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) * 1024.0 / 1e6; // ru_maxrss is in KiB on Linux
}

const char *verdict(bool met)
{
    return met ? "met" : "MISSED";
}

} // namespace Ratsmappe::Bench
