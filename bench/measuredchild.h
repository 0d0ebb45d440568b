// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A child process's own peak memory, measured by ratsmappe-bench-childpeak (bench/childpeak.cpp:
// why a go-between is needed at all).
namespace Ratsmappe::Bench::MeasuredChild {

/// The go-between beside this program.
QString program();
/// Its arguments for running \a child with \a arguments, the peak written to \a report.
QStringList arguments(const QString &report, const QString &child, const QStringList &arguments);
/// Makes a link in \a dir through which PacketBuilder starts the go-between for
/// ratsmappe-packet-worker (set $RATSMAPPE_PACKET_WORKER to it); its report is the link's path
/// + ".maxrss". Empty when the link cannot be made.
QString makeWorkerLink(const QString &dir);

struct Peak
{
    double mb = -1; ///< the child's peak resident size; -1: not measured
    double floorMb = -1; ///< the go-between's resident size when it started the child: the
                         ///< figure cannot read lower than this
};
/// What the go-between wrote to \a report.
Peak readPeak(const QString &report);

} // namespace Ratsmappe::Bench::MeasuredChild
