// SPDX-License-Identifier: GPL-2.0-or-later
#include "germanfold.h"

#include <QChar>

namespace Ratsmappe::Search {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
        cat == QChar::Mark_Enclosing;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return QChar::isLetterOrNumber(c) || isMark(c);
}

// Folds one word code point by code point into UTF-8. The umlaut state follows Lucene's
// GermanNormalizationFilter: N after a consonant, V after a vowel (or q), U after a letter whose
// following 'e' spells an umlaut (a, o; u not after a vowel or q).
class Folder
{
public:
    void reset()
    {
        m_size = 0;
        m_state = N;
    }
    const char *data() const { return m_buffer; }
    int size() const { return m_size; }

    void add(char32_t c)
    {
        if (c < 0x80) {
            addFolded(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            return;
        }
        if (isMark(c)) {
            return; // a combining accent: the letter before it stands alone
        }
        c = QChar::toLower(c);
        switch (c) {
        case U'ß':
            put('s');
            put('s');
            m_state = N;
            return;
        case U'ä':
            put('a');
            m_state = V;
            return;
        case U'ö':
            put('o');
            m_state = V;
            return;
        case U'ü':
            put('u');
            m_state = V;
            return;
        default:
            break;
        }
        const QString decomposed = QChar::decomposition(c);
        if (decomposed.isEmpty()) {
            put(c);
            m_state = N;
            return;
        }
        // é → e + accent, ﬁ → f i, ² → 2: the letters and digits of the decomposition, folded.
        for (const char32_t part : decomposed.toUcs4()) {
            if (part != c && isWordChar(part) && !isMark(part)) {
                add(part);
            }
        }
    }

private:
    enum State { N, V, U };

    void addFolded(char32_t c)
    {
        switch (c) {
        case 'a':
        case 'o':
            put(c);
            m_state = U;
            return;
        case 'u':
            put(c);
            m_state = m_state == N ? U : V;
            return;
        case 'e':
            if (m_state != U) {
                put(c);
            }
            m_state = V;
            return;
        case 'i':
        case 'q':
        case 'y':
            put(c);
            m_state = V;
            return;
        default:
            put(c);
            m_state = N;
        }
    }

    void put(char32_t c)
    {
        char bytes[4];
        int n = 0;
        if (c < 0x80) {
            bytes[n++] = char(c);
        } else if (c < 0x800) {
            bytes[n++] = char(0xc0 | (c >> 6));
            bytes[n++] = char(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            bytes[n++] = char(0xe0 | (c >> 12));
            bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
            bytes[n++] = char(0x80 | (c & 0x3f));
        } else {
            bytes[n++] = char(0xf0 | (c >> 18));
            bytes[n++] = char(0x80 | ((c >> 12) & 0x3f));
            bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
            bytes[n++] = char(0x80 | (c & 0x3f));
        }
        if (m_size + n > MaxTokenBytes) {
            return; // cut: the rest of an overlong word is dropped
        }
        for (int i = 0; i < n; ++i) {
            m_buffer[m_size++] = bytes[i];
        }
    }

    char m_buffer[MaxTokenBytes];
    int m_size = 0;
    State m_state = N;
};

// Decodes one code point of UTF-8 at \a i; 0xfffd and one byte on invalid input.
char32_t decodeUtf8(const unsigned char *s, qsizetype size, qsizetype &i)
{
    const unsigned char b = s[i];
    if (b < 0x80) {
        ++i;
        return b;
    }
    int extra = 0;
    char32_t c = 0;
    if ((b & 0xe0) == 0xc0) {
        extra = 1;
        c = b & 0x1f;
    } else if ((b & 0xf0) == 0xe0) {
        extra = 2;
        c = b & 0x0f;
    } else if ((b & 0xf8) == 0xf0) {
        extra = 3;
        c = b & 0x07;
    } else {
        ++i;
        return 0xfffd;
    }
    if (i + extra >= size) {
        ++i;
        return 0xfffd;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char cont = s[i + k];
        if ((cont & 0xc0) != 0x80) {
            ++i;
            return 0xfffd;
        }
        c = (c << 6) | (cont & 0x3f);
    }
    i += extra + 1;
    return c;
}

} // namespace

QString foldWord(QStringView word)
{
    Folder folder;
    folder.reset();
    for (const char32_t c : word.toUcs4()) {
        if (isWordChar(c)) {
            folder.add(c);
        }
    }
    return QString::fromUtf8(folder.data(), folder.size());
}

void tokenize(
    QStringView text,
    const std::function<bool(const char *folded, int foldedSize, qsizetype start, qsizetype end)> &onToken)
{
    Folder folder;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // Skip separators.
        char32_t c = 0;
        qsizetype next = i;
        while (i < n) {
            next = i;
            c = text.at(next).unicode();
            if (QChar::isHighSurrogate(char16_t(c)) && next + 1 < n && text.at(next + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(next), text.at(next + 1));
                next += 2;
            } else {
                next += 1;
            }
            if (isWordChar(c) && !isMark(c)) {
                break;
            }
            i = next;
        }
        if (i >= n) {
            break;
        }
        const qsizetype start = i;
        folder.reset();
        while (i < n) {
            c = text.at(i).unicode();
            next = i + 1;
            if (QChar::isHighSurrogate(char16_t(c)) && next < n && text.at(next).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(next));
                next += 1;
            }
            if (!isWordChar(c)) {
                break;
            }
            folder.add(c);
            i = next;
        }
        if (folder.size() > 0 && !onToken(folder.data(), folder.size(), start, i)) {
            return;
        }
    }
}

QList<TextToken> tokenize(QStringView text)
{
    QList<TextToken> tokens;
    tokenize(text, [&tokens](const char *folded, int size, qsizetype start, qsizetype end) {
        tokens.append({start, end, QString::fromUtf8(folded, size)});
        return true;
    });
    return tokens;
}

void tokenizeUtf8(const char *text,
                  qsizetype size,
                  const std::function<bool(const char *folded, int foldedSize, int start, int end)> &onToken)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    Folder folder;
    qsizetype i = 0;
    while (i < size) {
        qsizetype at = i;
        char32_t c = decodeUtf8(s, size, i);
        if (!isWordChar(c) || isMark(c)) {
            continue;
        }
        const qsizetype start = at;
        folder.reset();
        folder.add(c);
        qsizetype end = i;
        while (i < size) {
            at = i;
            c = decodeUtf8(s, size, i);
            if (!isWordChar(c)) {
                i = at; // the separator is looked at again by the outer loop
                break;
            }
            folder.add(c);
            end = i;
        }
        if (folder.size() > 0 && !onToken(folder.data(), folder.size(), int(start), int(end))) {
            return;
        }
    }
}

} // namespace Ratsmappe::Search
