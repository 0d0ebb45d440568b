// SPDX-License-Identifier: GPL-2.0-or-later
#include "secretinput.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Ratsmappe {

SecretInput::SecretInput(QString file, const char *envVar)
    : m_file(std::move(file))
    , m_envVar(envVar)
{ }

std::optional<SecretBytes> SecretInput::fromFileOrEnvironment() const
{
    if (!m_file.isEmpty()) {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            throw StoreError(StoreError::InvalidArgument,
                             QCoreApplication::translate("Ratsmappe::SecretInput", "Cannot read %1: %2")
                                 .arg(m_file, file.errorString()));
        }
        QByteArray bytes = file.read(64 * 1024);
        // One trailing newline ends the line the secret was written on; it is not part of it.
        if (bytes.endsWith("\r\n")) {
            bytes.chop(2);
        } else if (bytes.endsWith('\n')) {
            bytes.chop(1);
        }
        return SecretBytes(std::move(bytes));
    }
    if (m_envVar) {
        // Out of the environment once read: the PDF helper and any other child start without it.
        return takeFromEnvironment(m_envVar);
    }
    return std::nullopt;
}

std::optional<SecretBytes> SecretInput::read(const QString &promptText, bool confirm) const
{
    if (auto secret = fromFileOrEnvironment()) {
        return secret;
    }
    if (!canPrompt()) {
        return std::nullopt;
    }
    auto first = prompt(promptText);
    if (!first || !confirm) {
        return first;
    }
    auto second = prompt(QCoreApplication::translate("Ratsmappe::SecretInput", "Repeat: "));
    if (!second || second->bytes() != first->bytes()) {
        throw StoreError(StoreError::InvalidArgument,
                         QCoreApplication::translate("Ratsmappe::SecretInput", "The two entries differ."));
    }
    return first;
}

bool SecretInput::canPrompt()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<SecretBytes> SecretInput::prompt(const QString &promptText)
{
    std::fputs(promptText.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n' || c == '\r') {
            break;
        }
        line.append(c);
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    }
    std::fputs("\n", stderr);
    if (ended) {
        return std::nullopt;
    }
    return SecretBytes(std::move(line));
}

} // namespace Ratsmappe
