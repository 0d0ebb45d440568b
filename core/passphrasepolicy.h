// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Ratsmappe {

/// The one rule for new passphrases, shared by every place that sets one.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PassphrasePolicy)
public:
    static constexpr int MinimumLength = 8;
    /// An empty string when the UTF-8 \a passphrase is acceptable, else the reason.
    static QString check(QByteArrayView passphrase);
    /// The same for a secret that wipes itself (the store's SecretBytes), read in place; a
    /// template so that core needs nothing from the store.
    template<typename Secret>
        requires requires(const Secret &secret) { QByteArrayView(secret.bytes()); }
    static QString check(const Secret &passphrase)
    {
        return check(QByteArrayView(passphrase.bytes()));
    }
};

} // namespace Ratsmappe
