// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <vector>

// What every benchmark program reports the same way.
namespace Ratsmappe::Bench {

/// The median; 0 for no values.
double median(std::vector<double> values);
QJsonArray toJson(const std::vector<double> &values);
/// The file system of \a dir, by name ("ext2/3/4", "tmpfs (RAM)", …): fsync costs differ.
QString filesystemOf(const QString &dir);
/// Peak resident memory of this process (ru_maxrss) in MB (10^6 bytes).
double peakMemoryMB();
/// How a goal came out, for the printed tables.
const char *verdict(bool met);

} // namespace Ratsmappe::Bench
