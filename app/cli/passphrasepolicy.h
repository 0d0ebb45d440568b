// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// The one rule for new passphrases, shared by every place that sets one.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PassphrasePolicy)
public:
    static constexpr int MinimumLength = 8;
    /// An empty string when \a passphrase is acceptable, else the reason.
    static QString check(const SecretBytes &passphrase);
};

} // namespace Ratsmappe
