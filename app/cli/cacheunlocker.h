// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"

#include <QCoreApplication>

#include <memory>

namespace Ratsmappe {

class CommandContext;

/// Opens the cache for a command: the passphrase from --password-file, then
/// RATSMAPPE_PASSWORD, then the keychain (when the cache uses it), then a prompt on a
/// terminal. With none of them it fails at once with StoreError::Locked.
class CacheUnlocker
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::CacheUnlocker)
public:
    explicit CacheUnlocker(const CommandContext &context);
    std::unique_ptr<Cache> open();

private:
    const CommandContext &m_context;
};

} // namespace Ratsmappe
