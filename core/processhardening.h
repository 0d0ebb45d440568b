// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

/// Keeps what the process holds in memory (passphrases, keys, decrypted documents) inside it:
/// no core file on a crash, and no other process of the same user may attach to it or read
/// its memory (/proc/PID/mem, environ, a debugger). Call it first thing in main(), before any
/// secret is read. Returns false when the kernel refused a step (the process goes on).
bool hardenProcess();

} // namespace Ratsmappe
