// SPDX-License-Identifier: GPL-2.0-or-later
#include "reanchor.h"

#include "pagemap.h"
#include "textindex.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace Ratsmappe::Annotations {

namespace {

// How much of the quote's context counts (the W3C selector's prefix and suffix).
constexpr qsizetype ContextLength = 32;
// A candidate's score: the quote itself, its context, its position (docs/annotations.md).
constexpr double QuoteWeight = 0.55;
constexpr double ContextWeight = 0.3;
constexpr double PositionWeight = 0.15;
// Of many exact places, this many best (by a cheap context check) are scored by edit distance.
constexpr qsizetype PreciseCandidates = 16;

double similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longest);
}

// A quote with its context, normalized together (a hyphenated word across the quote's edge
// joins as it does in the page) and cut apart again.
struct Query
{
    QString quote;
    QString prefix;
    QString suffix;
    bool atWordStart = true;
    qsizetype expectedPage = 0;
    double expectedRelative = -1;
};

struct Candidate
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype distance = 0;
    double context = 0;
    double score = 0;
};

QRectF fitted(QRectF rect)
{
    rect.moveLeft(std::clamp(rect.left(), 0.0, std::max(0.0, 1.0 - rect.width())));
    rect.moveTop(std::clamp(rect.top(), 0.0, std::max(0.0, 1.0 - rect.height())));
    return rect;
}

class Reanchorer
{
public:
    Reanchorer(const QStringList &oldPages,
               const QStringList &newPages,
               const QList<QList<WordBox>> *newWords,
               const QList<PageWords> *pageWords)
        : m_oldPages(oldPages)
        , m_newPages(newPages)
        , m_old(oldPages, false)
        , m_new(newPages)
        , m_map(m_old, m_new)
        , m_words(newWords)
        , m_pageWords(pageWords)
    { }

    Placed place(const Anchor &anchor) const
    {
        return anchor.isTextMarkup() ? placeMarkup(anchor) : placePositioned(anchor);
    }

private:
    Query
    query(const QString &quote, const QString &prefix, const QString &suffix, const Anchor &anchor) const
    {
        const NormalizedText all = normalizeText(QString(prefix + quote + suffix));
        qsizetype start = all.fromSource(prefix.size());
        qsizetype end = all.fromSource(prefix.size() + quote.size());
        while (start < end && all.text.at(start) == u' ') {
            ++start;
        }
        while (end > start && all.text.at(end - 1) == u' ') {
            --end;
        }
        Query q;
        q.quote = all.text.mid(start, end - start);
        q.prefix = all.text.left(start).right(ContextLength);
        q.suffix = all.text.mid(end).left(ContextLength);
        q.atWordStart = start == 0 ? prefix.isEmpty() : all.text.at(start - 1) == u' ';
        q.expectedPage = m_map.expectedPage(anchor.page);
        const qsizetype oldStart = anchor.isTextMarkup() ? anchor.start : anchor.guideStart;
        if (oldStart >= 0 && anchor.page >= 0 && anchor.page < m_oldPages.size() &&
            !m_oldPages.at(anchor.page).isEmpty()) {
            q.expectedRelative = std::min(1.0, double(oldStart) / double(m_oldPages.at(anchor.page).size()));
        }
        return q;
    }

    double positionScore(const Query &q, qsizetype start) const
    {
        const qsizetype page = m_new.pageAt(start);
        const double pageLength = std::max<qsizetype>(1, m_new.page(page).text.size());
        const double relative = double(start - m_new.pageStart(page)) / pageLength;
        const double within =
            q.expectedRelative < 0 ? 1.0 : 1.0 - 0.5 * std::abs(relative - q.expectedRelative);
        return within / double(1 + std::abs(page - q.expectedPage));
    }

    // Scores a place. \a precise: the context by edit distance; otherwise by how far it agrees
    // character for character from the quote outwards (cheap, exact for unchanged context).
    Candidate
    score(const Query &q, qsizetype start, qsizetype end, qsizetype distance, bool precise = true) const
    {
        const QStringView text = m_new.text();
        const qsizetype before = std::max<qsizetype>(0, start - q.prefix.size());
        const QStringView around[] = {text.mid(before, start - before),
                                      text.mid(end, std::min(q.suffix.size(), text.size() - end))};
        double prefix = 1;
        double suffix = 1;
        if (precise) {
            prefix = similarity(q.prefix, around[0]);
            suffix = similarity(q.suffix, around[1]);
        } else {
            qsizetype same = 0;
            while (same < around[0].size() &&
                   q.prefix.at(q.prefix.size() - 1 - same) == around[0].at(around[0].size() - 1 - same)) {
                ++same;
            }
            prefix = q.prefix.isEmpty() ? 1.0 : double(same) / double(q.prefix.size());
            same = 0;
            while (same < around[1].size() && q.suffix.at(same) == around[1].at(same)) {
                ++same;
            }
            suffix = q.suffix.isEmpty() ? 1.0 : double(same) / double(q.suffix.size());
        }
        Candidate c{start, end, distance, (prefix + suffix) / 2, 0};
        const double quote = 1.0 - double(distance) / double(q.quote.size());
        c.score = QuoteWeight * quote + ContextWeight * c.context + PositionWeight * positionScore(q, start);
        return c;
    }

    // Every candidate for the quote, best first: exact places, and approximate ones where the
    // exact places are none or sit in a foreign context.
    QList<Candidate> candidates(const Query &q) const
    {
        const auto byScore = [](const Candidate &a, const Candidate &b) {
            return a.score > b.score;
        };
        // A stock phrase may be found hundreds of times: all are scored cheaply, the best
        // PreciseCandidates again by edit distance.
        QList<Candidate> found;
        for (qsizetype start : m_new.exactHits(q.quote, q.atWordStart)) {
            found.append(score(q, start, start + q.quote.size(), 0, false));
        }
        std::sort(found.begin(), found.end(), byScore);
        if (found.size() > PreciseCandidates) {
            found.resize(PreciseCandidates);
        }
        for (Candidate &c : found) {
            c = score(q, c.start, c.end, 0);
        }
        std::sort(found.begin(), found.end(), byScore);
        if (!found.isEmpty() && found.constFirst().context >= ReanchorRules::MinContext) {
            return found;
        }
        const QStringView text = m_new.text();
        const qsizetype slack = qsizetype(double(q.quote.size()) * ReanchorRules::MaxEditRatio) + 8;
        // Where the quote may start: its own grams, and its context's (a short quote with an
        // edited word may have no gram left, its neighbours still have theirs).
        QList<qsizetype> guesses = m_new.approximateStarts(q.quote, q.atWordStart);
        for (qsizetype hit : m_new.approximateStarts(q.prefix, false, 4)) {
            guesses.append(hit + q.prefix.size());
        }
        for (qsizetype hit : m_new.approximateStarts(q.suffix, false, 4)) {
            guesses.append(std::max<qsizetype>(0, hit - q.quote.size()));
        }
        for (qsizetype guess : std::as_const(guesses)) {
            const qsizetype from = std::max<qsizetype>(0, guess - slack);
            const qsizetype to = std::min(text.size(), guess + q.quote.size() + slack);
            const Alignment a = alignWithin(q.quote, text.mid(from, to - from));
            if (a.distance < 0 || a.distance == 0 ||
                double(a.distance) > ReanchorRules::MaxEditRatio * double(q.quote.size())) {
                continue; // exact places are in already
            }
            const qsizetype start = from + a.start;
            if (std::none_of(
                    found.cbegin(), found.cend(), [start](const Candidate &c) { return c.start == start; })) {
                found.append(score(q, start, from + a.end, a.distance));
            }
        }
        std::sort(found.begin(), found.end(), byScore);
        return found;
    }

    // The best guess for a quote that is gone: where its context still is, else where its page went.
    qsizetype guessPage(const Query &q) const
    {
        qsizetype best = q.expectedPage;
        qsizetype bestDistance = -1;
        for (const QString &context : {q.prefix, q.suffix}) {
            const QString trimmed = context.trimmed();
            if (trimmed.size() < TextIndex::GramLength * 2) {
                continue;
            }
            for (qsizetype hit : m_new.exactHits(trimmed, false, 32)) {
                const qsizetype page = m_new.pageAt(hit);
                const qsizetype distance = std::abs(page - q.expectedPage);
                if (bestDistance < 0 || distance < bestDistance) {
                    best = page;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    QRectF wordsRect(qsizetype page, qsizetype start, qsizetype end) const
    {
        QRectF united;
        if (m_pageWords) {
            if (page >= m_pageWords->size()) {
                return united;
            }
            const PageWords &words = m_pageWords->at(page);
            const qsizetype count = std::min(words.starts.size(), words.boxes.size());
            const qsizetype textSize = m_newPages.at(page).size();
            for (qsizetype i = 0; i < count; ++i) {
                const qsizetype offset = words.starts.at(i);
                const qsizetype wordEnd = i + 1 < words.starts.size() ? words.starts.at(i + 1) - 1 : textSize;
                if (offset < end && wordEnd > start) {
                    united = united.isNull() ? words.boxes.at(i) : united.united(words.boxes.at(i));
                }
            }
            return united;
        }
        if (!m_words || page >= m_words->size()) {
            return united;
        }
        for (const WordBox &word : m_words->at(page)) {
            if (word.offset < end && word.offset + word.size() > start) {
                united = united.isNull() ? word.rect : united.united(word.rect);
            }
        }
        return united;
    }

    Placed located(const Query &q, const QList<Candidate> &found) const
    {
        const Candidate &best = found.constFirst();
        Placed placed;
        placed.page = m_new.pageAt(best.start);
        const NormalizedText &page = m_new.page(placed.page);
        const qsizetype pageStart = m_new.pageStart(placed.page);
        // An approximate match may take in a space at either end: the quote never does.
        const QStringView text = m_new.text();
        qsizetype start = best.start;
        qsizetype end = best.end;
        while (start < end && (text.at(start) == u' ' || text.at(start).unicode() < u' ')) {
            ++start;
        }
        while (end > start && (text.at(end - 1) == u' ' || text.at(end - 1).unicode() < u' ')) {
            --end;
        }
        placed.start = page.sourceStart(start - pageStart);
        placed.end = page.sourceEnd(end - pageStart);
        placed.quote = m_newPages.at(placed.page).mid(placed.start, placed.end - placed.start);
        placed.placement = best.distance == 0 ? Placement::Exact : Placement::Fuzzy;
        placed.confidence = std::clamp(best.score, 0.0, 1.0);
        const double editRatio = double(best.distance) / double(q.quote.size());
        if (editRatio > ReanchorRules::AttentionEditRatio) {
            placed.needsAttention = true;
            placed.reason = Attention::QuoteChanged;
        } else if (best.context < ReanchorRules::MinContext) {
            placed.needsAttention = true;
            placed.reason = Attention::ContextChanged;
        } else if (found.size() > 1 && found.at(1).distance == best.distance &&
                   std::abs(found.at(1).context - best.context) < 1e-9 &&
                   m_new.pageAt(found.at(1).start) == placed.page) {
            // The same words in a context just as similar on the same page: only the old
            // offset decided.
            placed.needsAttention = true;
            placed.reason = Attention::Ambiguous;
        }
        return placed;
    }

    Placed placeMarkup(const Anchor &anchor) const
    {
        const Query q = query(anchor.quote, anchor.prefix, anchor.suffix, anchor);
        const QList<Candidate> found = q.quote.isEmpty() ? QList<Candidate>() : candidates(q);
        if (found.isEmpty()) {
            Placed placed;
            placed.page = guessPage(q);
            placed.rect = anchor.rect;
            placed.placement = Placement::None;
            placed.confidence = 0;
            placed.needsAttention = true;
            placed.reason = Attention::QuoteNotFound;
            return placed;
        }
        Placed placed = located(q, found);
        if (!placed.needsAttention && !m_map.isMapped(anchor.page)) {
            // Found, but its page is not in the new version: perhaps the same words elsewhere.
            placed.needsAttention = true;
            placed.reason = Attention::PageRemoved;
        }
        const QRectF words = wordsRect(placed.page, placed.start, placed.end);
        placed.rect = words.isNull() ? anchor.rect : words;
        return placed;
    }

    Placed placePositioned(const Anchor &anchor) const
    {
        Placed placed;
        placed.page = m_map.expectedPage(anchor.page);
        placed.rect = anchor.rect;
        placed.placement = Placement::Position;
        const bool pageKept = m_map.isMapped(anchor.page);
        placed.confidence = pageKept ? 0.8 : 0.2;
        if (!pageKept) {
            placed.needsAttention = true;
            placed.reason = Attention::PageRemoved;
        }
        const Query q = query(anchor.guide, {}, {}, anchor);
        if (q.quote.isEmpty()) {
            return placed;
        }
        const QList<Candidate> found = candidates(q);
        if (found.isEmpty()) {
            placed.needsAttention = true;
            placed.reason = Attention::GuideNotFound;
            placed.confidence = 0.2;
            return placed;
        }
        const Placed guide = located(q, found);
        if (guide.reason == Attention::QuoteChanged) {
            placed.needsAttention = true;
            placed.reason = Attention::GuideNotFound;
            placed.confidence = 0.2;
            return placed;
        }
        // The position follows its guide: the same offset from the guide's words as before.
        placed.page = guide.page;
        placed.placement = guide.placement;
        placed.confidence = guide.confidence;
        placed.needsAttention = guide.needsAttention;
        placed.reason = guide.reason;
        const QRectF words = wordsRect(guide.page, guide.start, guide.end);
        if (!words.isNull() && !anchor.guideRect.isNull()) {
            placed.rect = fitted(anchor.rect.translated(words.topLeft() - anchor.guideRect.topLeft()));
        } else {
            placed.confidence *= 0.8;
        }
        return placed;
    }

    const QStringList &m_oldPages;
    const QStringList &m_newPages;
    TextIndex m_old;
    TextIndex m_new;
    PageMap m_map;
    /// The new version's word boxes in one of the two forms (or none).
    const QList<QList<WordBox>> *m_words;
    const QList<PageWords> *m_pageWords;
};

} // namespace

namespace {

QList<Placed> placeAll(const QList<Anchor> &anchors,
                       const QStringList &oldPages,
                       const QStringList &newPages,
                       const QList<QList<WordBox>> *newWords,
                       const QList<PageWords> *pageWords)
{
    QList<Placed> placed;
    placed.reserve(anchors.size());
    if (newPages.isEmpty()) {
        // Nothing to place on: every annotation waits on the first page.
        for (const Anchor &anchor : anchors) {
            Placed p;
            p.rect = anchor.rect;
            p.needsAttention = true;
            p.reason = anchor.isTextMarkup() ? Attention::QuoteNotFound : Attention::PageRemoved;
            placed.append(p);
        }
        return placed;
    }
    const Reanchorer reanchorer(oldPages, newPages, newWords, pageWords);
    for (const Anchor &anchor : anchors) {
        placed.append(reanchorer.place(anchor));
    }
    return placed;
}

} // namespace

QList<Placed> reanchor(const QList<Anchor> &anchors,
                       const QStringList &oldPages,
                       const QStringList &newPages,
                       const QList<QList<WordBox>> &newWords)
{
    return placeAll(anchors, oldPages, newPages, &newWords, nullptr);
}

QList<Placed> reanchor(const QList<Anchor> &anchors,
                       const QStringList &oldPages,
                       const QStringList &newPages,
                       const QList<PageWords> &newWords)
{
    return placeAll(anchors, oldPages, newPages, nullptr, &newWords);
}

} // namespace Ratsmappe::Annotations
