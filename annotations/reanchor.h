// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Ratsmappe::Annotations {

/// One word of a page as the PDF layer gives it: its text, its box (normalized 0..1, origin top
/// left) and the offset of its first character in the page's text. Only the word's length is
/// read: \a length, or where it is -1, the length of \a text (so a caller that has the page's
/// text need not copy each word).
struct WordBox
{
    QString text;
    QRectF rect;
    qsizetype offset = -1;
    qsizetype length = -1;

    qsizetype size() const { return length >= 0 ? length : text.size(); }
};

/// Where an annotation sat on the old version of a document.
struct Anchor
{
    /// The page (0-based) of the old version.
    qsizetype page = 0;

    /// Text markup (a W3C TextQuoteSelector plus a TextPositionSelector): the quoted text,
    /// about 32 characters before and after it, and its offsets in the old page's text.
    /// Empty for the positioned kinds.
    QString quote;
    QString prefix;
    QString suffix;
    qsizetype start = -1;
    qsizetype end = -1;

    /// The annotation's geometry (normalized 0..1, origin top left). For ink, notes and shapes
    /// the position that follows the text.
    QRectF rect;

    /// Positioned kinds (ink, notes, shapes): the old page's text nearest to the position (a
    /// few words), where it started in the page's text and its box. An empty guide: the
    /// position stays where it was (a drawing on a page without text).
    QString guide;
    qsizetype guideStart = -1;
    QRectF guideRect;

    bool isTextMarkup() const { return !quote.isEmpty(); }
};

/// How an annotation was placed on the new version.
enum class Placement {
    Exact, ///< its quote (or its guide) found exactly, after normalization
    Fuzzy, ///< found with small edits
    Position, ///< kept at its old geometry on the page expected from the page mapping
    None, ///< its quote is gone: it stays on its best-guess page, without text
};

/// Why an annotation needs the member's attention.
enum class Attention {
    None,
    QuoteChanged, ///< placed, but its quote was edited more than a little
    QuoteNotFound, ///< its quote is not in the new version (deleted or rewritten)
    Ambiguous, ///< its quote occurs twice on its page, in contexts just as similar
    ContextChanged, ///< its quote found, but not among the words around it before
    GuideNotFound, ///< the text a positioned annotation sat beside is gone; kept at its position
    PageRemoved, ///< its page is not in the new version: its words found elsewhere, or (positioned
                 ///< kinds without a guide) kept on the page expected in its place
};

/// Where one annotation landed on the new version.
struct Placed
{
    qsizetype page = 0;
    /// Text markup: its offsets in the new page's text and the text there now. -1 and empty
    /// when the quote was not found.
    qsizetype start = -1;
    qsizetype end = -1;
    QString quote;
    /// The geometry on the new page: moved with its guide (positioned kinds) or unchanged.
    QRectF rect;
    Placement placement = Placement::None;
    /// 0..1: how sure the placement is.
    double confidence = 0;
    bool needsAttention = false;
    Attention reason = Attention::None;
};

/// Thresholds (docs/annotations.md).
struct ReanchorRules
{
    /// A quote found with more edits than this part of its length is not found.
    static constexpr double MaxEditRatio = 0.3;
    /// A quote found with more edits than this part of its length needs attention.
    static constexpr double AttentionEditRatio = 0.1;
    /// A quote found in a context less similar than this (0..1) needs attention.
    static constexpr double MinContext = 0.5;
};

/// One page's words as the text index keeps them (PageLayout): where each word starts in the
/// page's text and its box. A word ends one character before the next one starts, the last at
/// the end of the text (words joined by single spaces).
struct PageWords
{
    QList<int> starts;
    QList<QRectF> boxes;
};

/// Places \a anchors (made on a version whose page texts were \a oldPages) on the new version
/// with page texts \a newPages and, for the positioned kinds, its word boxes \a newWords (one
/// list per page; may be empty, then positions do not move). Returns one result per anchor, in
/// the same order: none is ever dropped.
QList<Placed> reanchor(const QList<Anchor> &anchors,
                       const QStringList &oldPages,
                       const QStringList &newPages,
                       const QList<QList<WordBox>> &newWords = {});
/// The same with the new version's words as the index keeps them (no list of boxes to build).
QList<Placed> reanchor(const QList<Anchor> &anchors,
                       const QStringList &oldPages,
                       const QStringList &newPages,
                       const QList<PageWords> &newWords);

} // namespace Ratsmappe::Annotations
