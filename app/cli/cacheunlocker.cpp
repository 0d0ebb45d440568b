// SPDX-License-Identifier: GPL-2.0-or-later
#include "cacheunlocker.h"

#include "command.h"
#include "keychainstore.h"
#include "secretinput.h"
#include "storeerror.h"

namespace Ratsmappe {

CacheUnlocker::CacheUnlocker(const CommandContext &context)
    : m_context(context)
{ }

std::unique_ptr<Cache> CacheUnlocker::open()
{
    const QString dir = m_context.cacheDir;
    const KeyEnvelope envelope = Cache::envelope(dir);
    const SecretInput input(m_context.passwordFile, "RATSMAPPE_PASSWORD");

    if (auto passphrase = input.fromFileOrEnvironment()) {
        return Cache::open(dir, envelope.unwrapWithPassphrase(*passphrase));
    }
    if (envelope.keychainEnabled()) {
        try {
            return Cache::open(dir, KeychainStore::readKey(envelope.cacheId()));
        } catch (const StoreError &e) {
            // Only key trouble falls through to the passphrase; a damaged database stays an error.
            if (!e.isKeySourceFailure()) {
                throw;
            }
            m_context.message(e.message());
        }
    }
    if (SecretInput::canPrompt()) {
        if (auto passphrase = SecretInput::prompt(tr("Passphrase for the cache in %1: ").arg(dir))) {
            return Cache::open(dir, envelope.unwrapWithPassphrase(*passphrase));
        }
    }
    throw StoreError(
        StoreError::Locked,
        tr("The cache is locked: give the passphrase with --password-file or RATSMAPPE_PASSWORD."));
}

} // namespace Ratsmappe
