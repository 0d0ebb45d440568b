// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Ratsmappe {

/// Replaces \a path with \a contents so that a crash at any moment leaves either the old or
/// the new file, never a torn one: write beside it, fsync, rename, fsync the folder.
/// The file is created readable by its owner only. Throws StoreError.
void writeFileAtomically(const QString &path, const QByteArray &contents);

/// fsync on a folder, so a rename or unlink in it is durable.
void syncDirectory(const QString &dir);

} // namespace Ratsmappe
