// SPDX-License-Identifier: GPL-2.0-or-later
#include "measuredchild.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Ratsmappe::Bench::MeasuredChild {

QString program()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ratsmappe-bench-childpeak"));
}

QStringList arguments(const QString &report, const QString &child, const QStringList &arguments)
{
    return QStringList{report, child} + arguments;
}

QString makeWorkerLink(const QString &dir)
{
    // The go-between knows the worker by this ending of its name.
    const QString link = QDir(dir).filePath(QStringLiteral("ratsmappe-bench-measured-worker"));
    QFile::remove(link);
    return QFile::link(program(), link) ? link : QString();
}

Peak readPeak(const QString &report)
{
    QFile f(report);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> kib = f.readAll().trimmed().split(' ');
    const auto mb = [](const QByteArray &n) {
        return n.toDouble() * 1024.0 / 1e6;
    };
    return kib.size() == 2 ? Peak{mb(kib[0]), mb(kib[1])} : Peak{};
}

} // namespace Ratsmappe::Bench::MeasuredChild
