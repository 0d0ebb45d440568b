// SPDX-License-Identifier: GPL-2.0-or-later
#include "processhardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#include <sys/resource.h>

namespace Ratsmappe {

bool hardenProcess()
{
    bool ok = true;
#if defined(__linux__)
    // Not dumpable first: it also makes the process's /proc files readable only with
    // CAP_SYS_PTRACE and forbids ptrace from anyone but root.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    // Both limits: a soft limit alone could be raised again by the process (or a library).
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
    return ok;
}

} // namespace Ratsmappe
