// SPDX-License-Identifier: GPL-2.0-or-later
#include "carryover.h"

#include "cache.h"
#include "database.h"
#include "quotelocator.h"
#include "textindexer.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace Ratsmappe {

using namespace Annotations;

namespace {

// How many words a positioned annotation's guide takes: the nearest and the ones after it.
constexpr int GuideWords = 4;

int wordEnd(const PageLayout &page, qsizetype i)
{
    return i + 1 < page.starts.size() ? page.starts.at(i + 1) - 1 : int(page.text.size());
}

double distance(const QRectF &box, const QPointF &p)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    return dx * dx + dy * dy;
}

// Moves every point ([x, y] or [x, y, pressure]) and rectangle ([x0, y0, x1, y1]) in \a value.
QJsonValue translated(const QJsonValue &value, const QPointF &delta)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = translated(it.value(), delta);
        }
        return object;
    }
    if (!value.isArray()) {
        return value;
    }
    QJsonArray array = value.toArray();
    const bool numbers = !array.isEmpty() &&
        std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isDouble(); });
    if (!numbers) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            array[i] = translated(array.at(i), delta);
        }
        return array;
    }
    if (array.size() == 2 || array.size() == 3 || array.size() == 4) {
        array[0] = array.at(0).toDouble() + delta.x();
        array[1] = array.at(1).toDouble() + delta.y();
    }
    if (array.size() == 4) {
        array[2] = array.at(2).toDouble() + delta.x();
        array[3] = array.at(3).toDouble() + delta.y();
    }
    return array;
}

// Whether \a word continues the line whose boxes so far make \a line (as QuoteLocator has it).
bool sameLine(const QRectF &line, const QRectF &word)
{
    const double overlap = std::min(line.bottom(), word.bottom()) - std::max(line.top(), word.top());
    return overlap >= 0.5 * std::min(line.height(), word.height()) && word.left() >= line.left();
}

// QuoteLocator::at() on a page as the index keeps it (boxes already normalized): the characters
// [start, end) of its text, covering the words they touch, one rectangle per line. Without
// making a locator per page: only the words of the quote are looked at.
std::optional<QuoteMatch> matchAt(const PageLayout &page, int start, int end)
{
    if (start < 0 || end <= start || end > page.text.size()) {
        return std::nullopt;
    }
    QuoteMatch match;
    match.start = start;
    match.end = end;
    match.quote = page.text.mid(start, end - start);
    const int before = std::max(0, start - QuoteLocator::ContextLength);
    match.prefix = page.text.mid(before, start - before);
    match.suffix = page.text.mid(end, QuoteLocator::ContextLength);
    QList<QRectF> lines;
    const auto first = std::upper_bound(page.starts.begin(), page.starts.end(), start);
    for (qsizetype i = std::max<qsizetype>(0, (first - page.starts.begin()) - 1);
         i < page.starts.size() && page.starts.at(i) < end;
         ++i) {
        if (wordEnd(page, i) <= start) {
            continue;
        }
        const QRectF box = page.boxes.at(i);
        if (!lines.isEmpty() && sameLine(lines.last(), box)) {
            lines.last() = lines.last().united(box);
        } else {
            lines.append(box);
        }
    }
    match.rects = lines;
    return match;
}

QJsonArray rectArray(const QRectF &r)
{
    return QJsonArray{r.left(), r.top(), r.right(), r.bottom()};
}

} // namespace

int AnnotationCarrier::Result::carried() const
{
    int n = 0;
    for (const Document &d : documents) {
        n += d.carried;
    }
    return n;
}

int AnnotationCarrier::Result::needsAttention() const
{
    int n = 0;
    for (const Document &d : documents) {
        n += d.needsAttention;
    }
    return n;
}

QString AnnotationCarrier::reasonName(Attention reason)
{
    switch (reason) {
    case Attention::None:
        return {};
    case Attention::QuoteChanged:
        return QStringLiteral("quote-changed");
    case Attention::QuoteNotFound:
        return QStringLiteral("quote-not-found");
    case Attention::Ambiguous:
        return QStringLiteral("ambiguous");
    case Attention::ContextChanged:
        return QStringLiteral("context-changed");
    case Attention::GuideNotFound:
        return QStringLiteral("guide-not-found");
    case Attention::PageRemoved:
        return QStringLiteral("page-removed");
    }
    return {};
}

QString AnnotationCarrier::placementName(Placement placement)
{
    switch (placement) {
    case Placement::Exact:
        return QStringLiteral("exact");
    case Placement::Fuzzy:
        return QStringLiteral("fuzzy");
    case Placement::Position:
        return QStringLiteral("position");
    case Placement::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

Anchor AnnotationCarrier::anchorOf(const StoredAnnotation &a, const QList<PageLayout> &oldPages)
{
    Anchor anchor;
    anchor.page = a.page;
    anchor.rect = AnnotationStore::bounds(a.geometry);
    if (AnnotationStore::isTextMarkup(a.type) && !a.quote.isEmpty()) {
        anchor.quote = a.quote;
        anchor.prefix = a.prefix;
        anchor.suffix = a.suffix;
        anchor.start = a.start;
        anchor.end = a.end;
        return anchor;
    }
    if (a.page >= oldPages.size() || a.geometry.isEmpty()) {
        return anchor;
    }
    // The guide: the word nearest to the annotation's centre and the few after it on the page.
    const PageLayout &page = oldPages.at(a.page);
    const QPointF centre = anchor.rect.center();
    qsizetype nearest = -1;
    double best = 0;
    for (qsizetype i = 0; i < page.boxes.size(); ++i) {
        const double d = distance(page.boxes.at(i), centre);
        if (nearest < 0 || d < best) {
            nearest = i;
            best = d;
        }
    }
    if (nearest < 0) {
        return anchor;
    }
    const qsizetype last = std::min<qsizetype>(nearest + GuideWords - 1, page.starts.size() - 1);
    const qsizetype first = std::max<qsizetype>(0, last - (GuideWords - 1));
    anchor.guideStart = page.starts.at(first);
    anchor.guide = page.text.mid(anchor.guideStart, wordEnd(page, last) - anchor.guideStart);
    QRectF box = page.boxes.at(first);
    for (qsizetype i = first + 1; i <= last; ++i) {
        box = box.united(page.boxes.at(i));
    }
    anchor.guideRect = box;
    return anchor;
}

StoredAnnotation AnnotationCarrier::copyPlaced(const StoredAnnotation &original,
                                               const Placed &placed,
                                               const QList<PageLayout> &newPages)
{
    StoredAnnotation copy = original;
    copy.id.clear();
    // "Embedded" names an annotation inside its own version's PDF; another version's PDF holds
    // annotations of its own, which Poppler must go on drawing (AnnotationStore::hasEmbedded).
    copy.geometry.remove(QStringLiteral("embedded"));
    copy.originId = original.id;
    copy.carriedTo = 0;
    // The original as it was read: AnnotationStore::carry() copies it only if it is still so.
    copy.modified = original.modified;
    copy.page = int(std::clamp<qsizetype>(placed.page, 0, std::max<qsizetype>(0, newPages.size() - 1)));
    copy.placement = placementName(placed.placement);
    copy.confidence = std::clamp(placed.confidence, 0.0, 1.0);
    copy.needsAttention = placed.needsAttention;
    copy.attentionReason = placed.needsAttention ? reasonName(placed.reason) : QString();
    if (placed.needsAttention && copy.attentionReason.isEmpty()) {
        copy.attentionReason = QStringLiteral("quote-not-found");
    }
    if (original.needsAttention && !copy.needsAttention) {
        // Still to be looked at: only the member clears it.
        copy.needsAttention = true;
        copy.attentionReason = original.attentionReason;
    }
    if (AnnotationStore::isTextMarkup(original.type) && !original.quote.isEmpty()) {
        std::optional<QuoteMatch> match;
        if (placed.start >= 0 && copy.page < newPages.size()) {
            match = matchAt(newPages.at(copy.page), int(placed.start), int(placed.end));
        }
        if (match && !match->rects.isEmpty()) {
            QJsonArray rects;
            for (const QRectF &r : match->rects) {
                rects.append(rectArray(r));
            }
            copy.geometry.insert(QStringLiteral("rects"), rects);
            copy.quote = match->quote;
            copy.prefix = match->prefix;
            copy.suffix = match->suffix;
            copy.start = match->start;
            copy.end = match->end;
        } else {
            // Not found: the old rectangles on the best-guess page, the old quote to show.
            copy.start = -1;
            copy.end = -1;
            if (!copy.needsAttention) {
                copy.needsAttention = true;
                copy.attentionReason = QStringLiteral("quote-not-found");
            }
        }
        return copy;
    }
    const QRectF before = AnnotationStore::bounds(original.geometry);
    // A note's point has a box of no size: its corner is the point.
    const QPointF delta = placed.rect.topLeft() - before.topLeft();
    if (!delta.isNull()) {
        copy.geometry = translated(original.geometry, delta).toObject();
    }
    return copy;
}

AnnotationCarrier::Prepared AnnotationCarrier::prepare(Database &db, qint64 versionId)
{
    Prepared prepared;
    AnnotationStore store(db);
    const auto target = store.versionTarget(versionId);
    if (!target) {
        return prepared;
    }
    prepared.serverId = target->serverId;
    prepared.fileId = target->fileId;
    prepared.versionId = versionId;
    // Grouped by the version they are on (mostly one: the version before).
    QMap<qint64, QList<StoredAnnotation>> byVersion;
    for (const StoredAnnotation &a : store.toCarry(*target)) {
        byVersion[a.versionId].append(a);
    }
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
        Group group;
        group.version = it.key();
        group.originals = it.value();
        // Only a positioned annotation's page needs the old words' boxes (its guide); the
        // re-anchoring reads the old pages' text.
        QSet<int> positioned;
        for (const StoredAnnotation &a : std::as_const(group.originals)) {
            if (!(AnnotationStore::isTextMarkup(a.type) && !a.quote.isEmpty())) {
                positioned.insert(a.page);
            }
        }
        std::optional<QList<PageLayout>> oldPages = SearchIndexStore(db).layouts(it.key(), &positioned);
        if (!oldPages) {
            oldPages = TextIndexer::layoutsOf(db, it.key()); // not indexed as words: from the PDF
        }
        if (oldPages) {
            group.readable = true;
            group.anchors.reserve(group.originals.size());
            for (const StoredAnnotation &a : std::as_const(group.originals)) {
                group.anchors.append(anchorOf(a, *oldPages));
            }
            group.oldTexts.reserve(oldPages->size());
            for (const PageLayout &page : *oldPages) {
                group.oldTexts.append(page.text);
            }
        }
        prepared.groups.append(group);
    }
    return prepared;
}

QList<StoredAnnotation> AnnotationCarrier::place(const Prepared &prepared, const QList<PageLayout> &pages)
{
    QList<StoredAnnotation> copies;
    if (prepared.groups.isEmpty()) {
        return copies;
    }
    // The pages' texts and words as they are (shared, not copied).
    QStringList newTexts;
    QList<PageWords> newWords;
    newTexts.reserve(pages.size());
    newWords.reserve(pages.size());
    for (const PageLayout &page : pages) {
        newTexts.append(page.text);
        newWords.append({page.starts, page.boxes});
    }
    for (const Group &group : prepared.groups) {
        if (!group.readable) {
            // The old version's text is not readable: each stays where it was, to be checked.
            for (const StoredAnnotation &a : group.originals) {
                Placed placed;
                placed.page = a.page;
                placed.rect = AnnotationStore::bounds(a.geometry);
                placed.placement = Placement::Position;
                placed.needsAttention = true;
                placed.reason = Attention::QuoteNotFound;
                StoredAnnotation copy = copyPlaced(a, placed, pages);
                copy.attentionReason = QStringLiteral("old-text-missing");
                copies.append(copy);
            }
            continue;
        }
        const QList<Placed> placed = reanchor(group.anchors, group.oldTexts, newTexts, newWords);
        for (qsizetype i = 0; i < group.originals.size(); ++i) {
            copies.append(copyPlaced(group.originals.at(i), placed.at(i), pages));
        }
    }
    return copies;
}

AnnotationCarrier::Result AnnotationCarrier::commit(const Prepared &prepared, QList<StoredAnnotation> &copies)
{
    Result result;
    if (copies.isEmpty()) {
        return result;
    }
    AnnotationStore(m_cache.database()).carry(prepared.versionId, copies);
    Document document{prepared.serverId,
                      prepared.fileId,
                      prepared.groups.isEmpty() ? 0 : prepared.groups.last().version,
                      prepared.versionId,
                      int(copies.size()),
                      int(std::count_if(copies.begin(), copies.end(), [](const StoredAnnotation &a) {
                          return a.needsAttention;
                      }))};
    result.documents.append(document);
    return result;
}

AnnotationCarrier::Result AnnotationCarrier::carry(qint64 versionId, const QList<PageLayout> &pages)
{
    const Prepared prepared = prepare(m_cache.database(), versionId);
    QList<StoredAnnotation> copies = place(prepared, pages);
    return commit(prepared, copies);
}

AnnotationCarrier::Result AnnotationCarrier::carryPending()
{
    Result result;
    const QList<AnnotationStore::CarryTarget> targets = AnnotationStore(m_cache.database()).carryTargets();
    for (const AnnotationStore::CarryTarget &target : targets) {
        const auto pages = TextIndexer::layoutsOf(m_cache.database(), target.versionId);
        // A new version that cannot be read: its annotations wait (they stay on the old one).
        if (pages) {
            result.append(carry(target.versionId, *pages));
        }
    }
    return result;
}

CarryAlong::CarryAlong(Cache &cache)
    : m_cache(cache)
    , m_carrier(cache)
{ }

CarryAlong::~CarryAlong() = default;

void CarryAlong::whileExtracting(const PendingText &version)
{
    m_prepared = {};
    m_copies.clear();
    m_ok = false;
    try {
        // Its own connection: the indexer's stays with the indexer's thread.
        if (!m_connection) {
            m_connection = m_cache.openConnection();
        }
        m_prepared = AnnotationCarrier::prepare(*m_connection, version.versionId);
        m_ok = true;
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
    }
}

void CarryAlong::whileSaving(const PendingText &, const QList<PageLayout> &pages)
{
    if (!m_ok) {
        return;
    }
    try {
        m_copies = AnnotationCarrier::place(m_prepared, pages);
    } catch (const std::exception &e) {
        m_ok = false;
        m_error = QString::fromUtf8(e.what());
    }
}

void CarryAlong::indexed(const PendingText &, const QList<PageLayout> &)
{
    // What failed here is carried by carryPending() later; nothing is lost meanwhile.
    if (!m_ok) {
        return;
    }
    try {
        m_result.append(m_carrier.commit(m_prepared, m_copies));
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
    }
    m_prepared = {};
    m_copies.clear();
}

} // namespace Ratsmappe
