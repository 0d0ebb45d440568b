// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "secret.h"

#include <QString>

#include <optional>

namespace Ratsmappe {

/// Where the command line takes a secret from, in this order: a file named on the command
/// line, an environment variable, a no-echo prompt when stdin is a terminal. Never waits
/// when none of them is there.
class SecretInput
{
public:
    SecretInput(QString file, const char *envVar);

    /// Reads from the file or the environment; std::nullopt when neither is given.
    /// Throws StoreError::InvalidArgument when the file cannot be read.
    std::optional<SecretBytes> fromFileOrEnvironment() const;
    /// The file, the environment, then a prompt (asked twice when \a confirm).
    std::optional<SecretBytes> read(const QString &prompt, bool confirm = false) const;

    static bool canPrompt();
    /// Prompts on the terminal without echo; std::nullopt at end of input.
    static std::optional<SecretBytes> prompt(const QString &prompt);

private:
    QString m_file;
    const char *m_envVar;
};

} // namespace Ratsmappe
