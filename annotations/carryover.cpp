// SPDX-License-Identifier: GPL-2.0-or-later
#include "carryover.h"

#include "cache.h"
#include "quotelocator.h"
#include "textindexer.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <memory>
#include <vector>

namespace Ratsmappe {

using namespace Annotations;

namespace {

// How many words a positioned annotation's guide takes: the nearest and the ones after it.
constexpr int GuideWords = 4;

QRectF wordBox(const PageLayout &page, qsizetype i)
{
    return page.boxes.value(i);
}

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

// A locator over the page's words with normalized boxes (page size 1 × 1): at() gives
// normalized per-line rectangles.
QuoteLocator locatorOf(const PageLayout &page)
{
    QList<PdfWord> words;
    words.reserve(page.starts.size());
    for (qsizetype i = 0; i < page.starts.size(); ++i) {
        words.append(
            {page.text.mid(page.starts.at(i), wordEnd(page, i) - page.starts.at(i)), wordBox(page, i)});
    }
    return QuoteLocator(words, QSizeF(1, 1));
}

QJsonArray rectArray(const QRectF &r)
{
    return QJsonArray{r.left(), r.top(), r.right(), r.bottom()};
}

} // namespace

// Each page's locator, made when first asked for.
class CarryLocators
{
public:
    explicit CarryLocators(const QList<PageLayout> &pages)
        : m_pages(pages)
        , m_made(size_t(pages.size()))
    { }
    const QuoteLocator &at(qsizetype page)
    {
        auto &made = m_made[size_t(page)];
        if (!made) {
            made = std::make_unique<QuoteLocator>(locatorOf(m_pages.at(page)));
        }
        return *made;
    }

private:
    const QList<PageLayout> &m_pages;
    std::vector<std::unique_ptr<QuoteLocator>> m_made;
};

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
    CarryLocators locators(newPages);
    return copyPlaced(original, placed, newPages, locators);
}

StoredAnnotation AnnotationCarrier::copyPlaced(const StoredAnnotation &original,
                                               const Placed &placed,
                                               const QList<PageLayout> &newPages,
                                               CarryLocators &locators)
{
    StoredAnnotation copy = original;
    copy.id.clear();
    copy.originId = original.id;
    copy.carriedTo = 0;
    copy.modified = {};
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
            match = locators.at(copy.page).at(int(placed.start), int(placed.end));
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

AnnotationCarrier::Result AnnotationCarrier::carry(qint64 versionId, const QList<PageLayout> &pages)
{
    Result result;
    AnnotationStore store(m_cache.database());
    const auto target = store.versionTarget(versionId);
    if (!target) {
        return result;
    }
    const QList<StoredAnnotation> originals = store.toCarry(*target);
    if (originals.isEmpty()) {
        return result;
    }
    // Grouped by the version they are on (mostly one: the version before).
    QMap<qint64, QList<StoredAnnotation>> byVersion;
    for (const StoredAnnotation &a : originals) {
        byVersion[a.versionId].append(a);
    }
    QStringList newTexts;
    QList<QList<WordBox>> newWords;
    newTexts.reserve(pages.size());
    newWords.reserve(pages.size());
    for (const PageLayout &page : pages) {
        newTexts.append(page.text);
        QList<WordBox> words;
        words.reserve(page.starts.size());
        for (qsizetype i = 0; i < page.starts.size(); ++i) {
            words.append({page.text.mid(page.starts.at(i), wordEnd(page, i) - page.starts.at(i)),
                          page.boxes.at(i),
                          page.starts.at(i)});
        }
        newWords.append(words);
    }

    Document document{target->serverId, target->fileId, byVersion.lastKey(), versionId, 0, 0};
    QList<StoredAnnotation> copies;
    copies.reserve(originals.size());
    CarryLocators locators(pages);
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
        const auto oldPages = TextIndexer::layoutsOf(m_cache, it.key());
        if (!oldPages) {
            // The old version's text is not readable: each stays where it was, to be checked.
            for (const StoredAnnotation &a : it.value()) {
                Placed placed;
                placed.page = a.page;
                placed.rect = AnnotationStore::bounds(a.geometry);
                placed.placement = Placement::Position;
                placed.needsAttention = true;
                placed.reason = Attention::QuoteNotFound;
                StoredAnnotation copy = copyPlaced(a, placed, pages, locators);
                copy.attentionReason = QStringLiteral("old-text-missing");
                copies.append(copy);
            }
            continue;
        }
        QList<Anchor> anchors;
        anchors.reserve(it.value().size());
        for (const StoredAnnotation &a : it.value()) {
            anchors.append(anchorOf(a, *oldPages));
        }
        QStringList oldTexts;
        for (const PageLayout &page : *oldPages) {
            oldTexts.append(page.text);
        }
        const QList<Placed> placed = reanchor(anchors, oldTexts, newTexts, newWords);
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            copies.append(copyPlaced(it.value().at(i), placed.at(i), pages, locators));
        }
    }
    store.carry(versionId, copies);
    document.carried = int(copies.size());
    document.needsAttention = int(std::count_if(
        copies.begin(), copies.end(), [](const StoredAnnotation &a) { return a.needsAttention; }));
    result.documents.append(document);
    return result;
}

AnnotationCarrier::Result AnnotationCarrier::carryPending()
{
    Result result;
    const QList<AnnotationStore::CarryTarget> targets = AnnotationStore(m_cache.database()).carryTargets();
    for (const AnnotationStore::CarryTarget &target : targets) {
        const auto pages = TextIndexer::layoutsOf(m_cache, target.versionId);
        // A new version that cannot be read: its annotations wait (they stay on the old one).
        if (pages) {
            result.append(carry(target.versionId, *pages));
        }
    }
    return result;
}

} // namespace Ratsmappe
