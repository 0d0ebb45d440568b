// SPDX-License-Identifier: GPL-2.0-or-later
#include "terminaltext.h"

#include <algorithm>

namespace Ratsmappe {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

QString escaped(const QString &text, bool keepLayout)
{
    const auto needsEscape = [keepLayout](QChar ch) {
        const char16_t c = ch.unicode();
        return isControl(c) && !(keepLayout && (c == u'\n' || c == u'\t'));
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape)) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (!needsEscape(ch)) {
            out += ch;
        } else {
            const bool ascii = ch.unicode() < 0x80;
            out += ascii ? QLatin1String("\\x") : QLatin1String("\\u");
            out +=
                QString::number(ch.unicode(), 16).toUpper().rightJustified(ascii ? 2 : 4, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace

QString terminalSafe(const QString &text)
{
    return escaped(text, true);
}

QString terminalField(const QString &text)
{
    return escaped(text, false);
}

} // namespace Ratsmappe
