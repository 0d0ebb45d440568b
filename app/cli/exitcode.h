// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

/// The command line's exit codes: part of the contract in docs/cli.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitLocked = 3,
    ExitNetwork = 4,
    ExitPartial = 5,
};

} // namespace Ratsmappe
