// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Frames on a pipe between the app and a helper program (the packet writer, the annotation
// writer): a 64-bit big-endian length and the bytes.

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace Ratsmappe::PipeFrame {

/// Writes a frame; false when the device refused bytes.
bool writeFrame(QIODevice &device, const QByteArray &bytes);
QByteArray frameHeader(qint64 length);
/// Reads a frame from a blocking device; none at its end or past \a maxBytes.
std::optional<QByteArray> readFrame(QIODevice &device, qint64 maxBytes);

} // namespace Ratsmappe::PipeFrame
