// SPDX-License-Identifier: GPL-2.0-or-later
#include "normalizedtext.h"

#include <algorithm>

namespace Ratsmappe::Annotations {

namespace {

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v' || u == 0x2028 || u == 0x2029 || u == 0x85;
}

bool isIgnorable(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

bool isHyphen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == 0x2010 || u == 0x2011;
}

bool isBlank(QChar c)
{
    return c.isSpace() || isIgnorable(c);
}

// "Bau-\nund Planungsausschuss": the hyphen stands for a word part, the line break for a space.
bool startsConjunction(QStringView rest)
{
    static const char16_t *const words[] = {u"und", u"oder", u"bzw", u"sowie"};
    for (const char16_t *word : words) {
        const QStringView w(word);
        if (rest.startsWith(w) && (rest.size() == w.size() || !rest.at(w.size()).isLetter())) {
            return true;
        }
    }
    return false;
}

QStringView ligature(char16_t u)
{
    switch (u) {
    case 0xFB00:
        return u"ff";
    case 0xFB01:
        return u"fi";
    case 0xFB02:
        return u"fl";
    case 0xFB03:
        return u"ffi";
    case 0xFB04:
        return u"ffl";
    case 0xFB05:
    case 0xFB06:
        return u"st";
    default:
        return {};
    }
}

// Whether the rules below leave \a s exactly as it is: no white space but single plain spaces,
// nothing to drop, join or spell out. (A hyphen then never has a line break after it.)
bool isNormal(QStringView s)
{
    const QChar *c = s.data();
    const QChar *const end = c + s.size();
    for (; c != end; ++c) {
        const char16_t u = c->unicode();
        if (u > u' ' && u < 0x7F) {
            continue;
        }
        if (u == u' ') {
            if (c + 1 != end && isBlank(c[1])) {
                return false;
            }
            continue;
        }
        if (c->isSpace() || isIgnorable(*c) || (isHyphen(*c) && u != u'-') || (u >= 0xFB00 && u <= 0xFB06)) {
            return false;
        }
    }
    return true;
}

} // namespace

qsizetype NormalizedText::sourceStart(qsizetype start) const
{
    const qsizetype at = std::clamp<qsizetype>(start, 0, text.size());
    return origin.isEmpty() ? at : origin.at(at);
}

qsizetype NormalizedText::sourceEnd(qsizetype end) const
{
    if (end <= 0) {
        return origin.isEmpty() ? 0 : origin.constFirst();
    }
    const qsizetype last = std::min(end, text.size()) - 1;
    // A ligature spelled out maps all its letters to the one source character.
    return (origin.isEmpty() ? last : origin.at(last)) + 1;
}

qsizetype NormalizedText::fromSource(qsizetype sourceOffset) const
{
    if (origin.isEmpty()) {
        return std::clamp<qsizetype>(sourceOffset, 0, text.size());
    }
    const auto it = std::lower_bound(origin.cbegin(), origin.cend(), sourceOffset);
    return std::min<qsizetype>(it - origin.cbegin(), text.size());
}

NormalizedText normalizeText(const QString &source)
{
    if (isNormal(source)) {
        return {source, {}};
    }
    return normalizeText(QStringView(source));
}

NormalizedText normalizeText(QStringView s)
{
    NormalizedText out;
    // Written in place: a ligature spells out to at most three letters.
    qsizetype ligatures = 0;
    for (QChar c : s) {
        ligatures += (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06) ? 1 : 0;
    }
    out.text.resize(s.size() + 2 * ligatures);
    out.origin.resizeForOverwrite(out.text.size() + 1); // every entry up to k is written below
    QChar *text = out.text.data();
    qsizetype *origin = out.origin.data();
    qsizetype k = 0;
    const auto put = [&](QChar c, qsizetype from) {
        text[k] = c;
        origin[k] = from;
        ++k;
    };
    const qsizetype n = s.size();
    qsizetype i = 0;
    const QChar *source = s.data();
    while (i < n) {
        // The common case: a run of printable ASCII stays as it is (local counters, so that
        // the loop keeps them in registers).
        qsizetype runFrom = i;
        qsizetype runTo = k;
        while (runFrom < n) {
            const char16_t u = source[runFrom].unicode();
            if (u <= u' ' || u >= 0x7F || u == u'-') {
                break;
            }
            text[runTo] = QChar(u);
            origin[runTo] = runFrom;
            ++runTo;
            ++runFrom;
        }
        i = runFrom;
        k = runTo;
        if (i >= n) {
            break;
        }
        const QChar c = source[i];
        if (c.unicode() == u' ') {
            // A plain space (the next most common): one, for the whole run of blanks.
            put(u' ', i);
            ++i;
            while (i < n && isBlank(source[i])) {
                ++i;
            }
            continue;
        }
        if (c.unicode() == 0x00AD) {
            // A soft hyphen shows only where a line breaks: the word goes on after the break.
            ++i;
            while (i < n && isBlank(s.at(i))) {
                ++i;
            }
            continue;
        }
        if (isIgnorable(c)) {
            ++i;
            continue;
        }
        if (isHyphen(c)) {
            qsizetype j = i + 1;
            bool lineBreak = false;
            while (j < n && isBlank(s.at(j))) {
                lineBreak = lineBreak || isLineBreak(s.at(j));
                ++j;
            }
            if (lineBreak && j < n && i > 0 && s.at(i - 1).isLetter() && s.at(j).isLower() &&
                !startsConjunction(s.mid(j))) {
                i = j;
                continue;
            }
            put(u'-', i);
            ++i;
            continue;
        }
        if (c.isSpace()) {
            put(u' ', i);
            while (i < n && isBlank(s.at(i))) {
                ++i;
            }
            continue;
        }
        if (const QStringView spelled = ligature(c.unicode()); !spelled.isEmpty()) {
            for (QChar l : spelled) {
                put(l, i);
            }
            ++i;
            continue;
        }
        put(c, i);
        ++i;
    }
    out.text.truncate(k);
    out.origin.resize(k + 1);
    out.origin[k] = n;
    return out;
}

} // namespace Ratsmappe::Annotations
