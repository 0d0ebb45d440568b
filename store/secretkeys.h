// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Ratsmappe {

/// How many SecretKeys exist in this process. Every key's buffer is wiped when the key goes
/// away (sodium_free), so none left means no data key is left in memory: what a locked window
/// promises.
int liveSecretKeys();

} // namespace Ratsmappe
