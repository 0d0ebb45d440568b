// SPDX-License-Identifier: GPL-2.0-or-later
#include "passphrasepolicy.h"

#include <algorithm>

namespace Ratsmappe {

QString PassphrasePolicy::check(QByteArrayView passphrase)
{
    // Counted in characters, not bytes ("Ä" is one), without copying the secret: every
    // UTF-8 byte but a continuation byte starts a character.
    const auto characters = std::count_if(passphrase.cbegin(), passphrase.cend(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    });
    if (characters < MinimumLength) {
        return tr("The passphrase must have at least %n characters.", nullptr, MinimumLength);
    }
    return {};
}

} // namespace Ratsmappe
