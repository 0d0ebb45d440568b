// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Ratsmappe::Annotations {

/// A page's text as the re-anchoring compares it, with the way back to the source's offsets.
/// Both versions and the quotes go through the same rules, so line breaks, hyphenation and
/// odd spaces never stop an exact match (docs/annotations.md):
/// - every run of white space (line breaks, tabs, no-break and thin spaces) is one ' ';
/// - soft hyphens and zero-width characters vanish, with the line break after a soft hyphen;
/// - a hyphen at the end of a line between letters joins the word ("Haus-\nhalt" → "Haushalt"),
///   except before "und", "oder", "bzw", "sowie" ("Bau-\nund Planungsausschuss" keeps "- ");
/// - the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are spelled out.
struct NormalizedText
{
    QString text;
    /// origin[i]: the source offset of text[i]; origin[text.size()] is the source's length.
    /// Empty where the text is the source itself (a page of words joined by single spaces, the
    /// usual case): every offset is its own.
    QList<qsizetype> origin;

    /// The source offset where normalized offset \a start begins.
    qsizetype sourceStart(qsizetype start) const;
    /// The source offset just after the normalized range that ends (exclusive) at \a end.
    qsizetype sourceEnd(qsizetype end) const;
    /// The first normalized offset whose source offset is at least \a sourceOffset.
    qsizetype fromSource(qsizetype sourceOffset) const;
};

NormalizedText normalizeText(QStringView source);
/// The same; a source the rules leave as it is is shared, not copied.
NormalizedText normalizeText(const QString &source);

} // namespace Ratsmappe::Annotations
