// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationimport.h"

#include "annotationworker.h"
#include "carryover.h"
#include "database.h"
#include "documentstore.h"
#include "textindexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace Ratsmappe {

using namespace Annotations;

namespace {

// The same pages: the same words, each where it was (a re-saved copy, other annotations). The
// same words laid out anew go through re-anchoring, as a changed version does.
bool samePages(const QList<PageLayout> &a, const QList<PageLayout> &b)
{
    constexpr double Tolerance = 1e-3;
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PageLayout &x = a.at(i);
        const PageLayout &y = b.at(i);
        if (x.text != y.text || x.boxes.size() != y.boxes.size()) {
            return false;
        }
        for (qsizetype w = 0; w < x.boxes.size(); ++w) {
            const QRectF &p = x.boxes.at(w);
            const QRectF &q = y.boxes.at(w);
            if (std::abs(p.left() - q.left()) > Tolerance || std::abs(p.top() - q.top()) > Tolerance ||
                std::abs(p.right() - q.right()) > Tolerance ||
                std::abs(p.bottom() - q.bottom()) > Tolerance) {
                return false;
            }
        }
    }
    return true;
}

QSizeF pointsOf(const StoredAnnotation &a, const QList<QSizeF> &pageSizes)
{
    const QRectF r = AnnotationStore::bounds(a.geometry);
    const QSizeF page = pageSizes.value(a.page, QSizeF(595, 842));
    return {r.width() * page.width(), r.height() * page.height()};
}

} // namespace

std::optional<AnnotationImport::Read>
AnnotationImport::read(const QByteArray &pdf, const PdfHelperLimits &limits, Result &result) const
{
    const AnnotationWorker::Result answer = AnnotationWorker::run(QStringLiteral("read"), pdf, limits);
    if (!answer.ok()) {
        result.error = answer.error;
        result.unreadable = true;
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer.output).object();
    Read read;
    for (const QJsonValue &page : json.value(QLatin1String("pages")).toArray()) {
        const QJsonObject p = page.toObject();
        read.pageSizes.append(
            QSizeF(p.value(QLatin1String("width")).toDouble(), p.value(QLatin1String("height")).toDouble()));
    }
    if (read.pageSizes.isEmpty()) {
        result.error = tr("The PDF helper gave no answer that can be read.");
        return std::nullopt;
    }
    for (const QJsonValue &a : json.value(QLatin1String("annotations")).toArray()) {
        read.annotations.append(a.toObject());
    }
    read.skipped = json.value(QLatin1String("skipped")).toInt();
    read.withoutAnnotations =
        QByteArray::fromBase64(json.value(QLatin1String("withoutAnnotations")).toString().toLatin1());
    return read;
}

QList<StoredAnnotation> AnnotationImport::placed(const QList<StoredAnnotation> &candidates,
                                                 const QList<PageLayout> &from,
                                                 const QList<PageLayout> &to,
                                                 bool sameDocument) const
{
    if (sameDocument || candidates.isEmpty()) {
        return candidates; // the same pages: where it is, it is right
    }
    // Another version of the document (or another document): placed on the cached version as a
    // carried annotation is, from the PDF's own words.
    QList<Anchor> anchors;
    QStringList oldTexts, newTexts;
    QList<PageWords> newWords;
    for (const StoredAnnotation &a : candidates) {
        anchors.append(AnnotationCarrier::anchorOf(a, from));
    }
    for (const PageLayout &page : from) {
        oldTexts.append(page.text);
    }
    for (const PageLayout &page : to) {
        newTexts.append(page.text);
        newWords.append({page.starts, page.boxes});
    }
    const QList<Placed> places = reanchor(anchors, oldTexts, newTexts, newWords);
    QList<StoredAnnotation> out;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        StoredAnnotation copy = AnnotationCarrier::copyPlaced(candidates.at(i), places.at(i), to);
        // Not a copy of a record of this cache: the import's own identity stays.
        copy.id = candidates.at(i).id;
        copy.originId.clear();
        copy.modified = candidates.at(i).modified;
        out.append(copy);
    }
    return out;
}

void AnnotationImport::merge(StoredAnnotation candidate, Result &result, const PdfHelperLimits &limits)
{
    AnnotationStore store(m_db);
    candidate.serverId = m_serverId;
    candidate.fileId = m_fileId;
    candidate.versionId = m_versionId;
    const auto render = [&limits](StoredAnnotation &a, const QSizeF &points) {
        const QByteArray capsule =
            QByteArray::fromBase64(a.geometry.value(QLatin1String("appearance")).toString().toLatin1());
        if (a.type == QLatin1String("foreign") && !capsule.isEmpty() &&
            !a.geometry.contains(QLatin1String("image"))) {
            const QByteArray png = appearanceImage(capsule, points.width(), points.height(), limits);
            if (!png.isEmpty()) {
                a.geometry.insert(QStringLiteral("image"), QString::fromLatin1(png.toBase64()));
            }
        }
    };
    const QSizeF points(candidate.geometry.value(QLatin1String("pointsWidth")).toDouble(),
                        candidate.geometry.value(QLatin1String("pointsHeight")).toDouble());
    candidate.geometry.remove(QStringLiteral("pointsWidth"));
    candidate.geometry.remove(QStringLiteral("pointsHeight"));
    const bool embedded = candidate.geometry.value(QLatin1String("embedded")).toBool();

    // /NM is unique on its page only: a second annotation of this PDF with the same one is
    // another annotation (a copy on another page), found like one without an id.
    if (!candidate.id.isEmpty() && m_usedIds.contains(candidate.id)) {
        candidate.id.clear();
    }
    if (!candidate.id.isEmpty()) {
        m_usedIds.insert(candidate.id);
    }
    std::optional<StoredAnnotation> existing;
    if (!candidate.id.isEmpty()) {
        existing = store.get(candidate.id);
        if (existing && (existing->fileId != m_fileId || existing->serverId != m_serverId)) {
            existing.reset(); // the same id on another document: this one is new to the cache
            candidate.id.clear();
        }
    }
    if (!existing) {
        for (const StoredAnnotation &a : std::as_const(m_existing)) {
            if (same(a, candidate)) {
                existing = a;
                break;
            }
        }
    }
    if (!existing) {
        render(candidate, points);
        if (candidate.id.isEmpty()) {
            candidate.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        m_existing.append(candidate);
        m_added.append({candidate, result.rows.size()});
        ++result.added;
        result.needsAttention += candidate.needsAttention ? 1 : 0;
        result.rows.append({candidate, QStringLiteral("added")});
        return;
    }
    const bool differs = !same(*existing, candidate) || existing->color != candidate.color;
    const bool newer = candidate.modified.isValid() && candidate.modified > existing->modified;
    const bool markEmbedded = embedded && !existing->geometry.value(QLatin1String("embedded")).toBool();
    StoredAnnotation target = *existing;
    if (differs && newer && existing->versionId == m_versionId) {
        const StoredAnnotation before = target;
        target.type = candidate.type;
        target.page = candidate.page;
        target.geometry = candidate.geometry;
        target.color = candidate.color;
        target.text = candidate.text;
        target.quote = candidate.quote;
        target.prefix = candidate.prefix;
        target.suffix = candidate.suffix;
        target.start = candidate.start;
        target.end = candidate.end;
        target.needsAttention = candidate.needsAttention;
        target.attentionReason = candidate.attentionReason;
        if (before.geometry.value(QLatin1String("embedded")).toBool()) {
            target.geometry.insert(QStringLiteral("embedded"), true);
        }
        render(target, points);
    } else if (markEmbedded && existing->versionId == m_versionId) {
        target.geometry.insert(QStringLiteral("embedded"), true);
    } else {
        ++result.unchanged;
        result.rows.append({target, QStringLiteral("unchanged")});
        return;
    }
    m_existing.removeIf([&target](const StoredAnnotation &a) { return a.id == target.id; });
    m_existing.append(target);
    for (Pending &pending : m_added) {
        if (pending.annotation.id == target.id) {
            // Added by this import a moment ago: it is added as it is now.
            pending.annotation = target;
            result.rows[pending.row].annotation = target;
            ++result.unchanged;
            result.rows.append({target, QStringLiteral("unchanged")});
            return;
        }
    }
    m_updated.append({target, result.rows.size()});
    ++result.updated;
    result.needsAttention += target.needsAttention ? 1 : 0;
    result.rows.append({target, QStringLiteral("updated")});
}

AnnotationImport::Result AnnotationImport::run(const QByteArray &pdf, const PdfHelperLimits &limits)
{
    Result result;
    const std::optional<Read> foreign = read(pdf, limits, result);
    if (!foreign) {
        return result;
    }
    result.skipped = foreign->skipped;
    QString error;
    const std::optional<QList<PageLayout>> cached = TextIndexer::layoutsOf(m_db, m_versionId, &error);
    if (!cached) {
        result.error = tr("The cached document's text cannot be read: %1").arg(error);
        return result;
    }
    QList<PageLayout> foreignPages;
    if (!foreign->annotations.isEmpty()) {
        const IsolatedPdf::Result words = IsolatedPdf::allWords(
            foreign->withoutAnnotations.isEmpty() ? pdf : foreign->withoutAnnotations, limits);
        if (!words.ok()) {
            result.error = words.error;
            result.unreadable = true;
            return result;
        }
        foreignPages = TextIndexer::layouts(words);
    }
    result.sameDocument = foreign->pageSizes.size() == cached->size() &&
        (foreign->annotations.isEmpty() || samePages(foreignPages, *cached));

    QList<StoredAnnotation> candidates;
    for (const QJsonObject &json : foreign->annotations) {
        StoredAnnotation a = fromPdf(json, foreignPages);
        const QSizeF points = pointsOf(a, foreign->pageSizes);
        a.geometry.insert(QStringLiteral("pointsWidth"), points.width());
        a.geometry.insert(QStringLiteral("pointsHeight"), points.height());
        candidates.append(a);
    }
    candidates = placed(candidates, foreignPages, *cached, result.sameDocument);

    // The version's own PDF: annotations it holds that the import brings too are the same ones.
    QList<StoredAnnotation> own;
    if (!candidates.isEmpty()) {
        Result ownResult;
        const QByteArray ownBytes = DocumentStore(m_db).readAll(m_versionId);
        if (const std::optional<Read> ownRead = read(ownBytes, limits, ownResult)) {
            for (const QJsonObject &json : ownRead->annotations) {
                StoredAnnotation a = fromPdf(json, *cached);
                const QSizeF points = pointsOf(a, ownRead->pageSizes);
                a.geometry.insert(QStringLiteral("pointsWidth"), points.width());
                a.geometry.insert(QStringLiteral("pointsHeight"), points.height());
                own.append(a);
            }
        }
    }
    bool anyEmbedded = false;
    QList<bool> ownMatched(own.size(), false);
    for (StoredAnnotation &candidate : candidates) {
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (same(own.at(i), candidate)) {
                candidate.geometry.insert(QStringLiteral("embedded"), true);
                ownMatched[i] = anyEmbedded = true;
                break;
            }
        }
    }
    if (anyEmbedded) {
        // The version's remaining own annotations as well: the reader stops Poppler drawing
        // them, so the overlay must have every one.
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (!ownMatched.at(i)) {
                own[i].geometry.insert(QStringLiteral("embedded"), true);
                candidates.append(own.at(i));
            }
        }
    }

    m_existing = AnnotationStore(m_db).forVersion(m_versionId);
    m_added.clear();
    m_updated.clear();
    for (const StoredAnnotation &candidate : std::as_const(candidates)) {
        merge(candidate, result, limits);
    }
    // All or nothing: a failed write (a full disk) leaves the cache as it was.
    QList<StoredAnnotation> added, updated;
    for (const Pending &p : std::as_const(m_added)) {
        added.append(p.annotation);
    }
    for (const Pending &p : std::as_const(m_updated)) {
        updated.append(p.annotation);
    }
    AnnotationStore(m_db).write(added, updated);
    for (qsizetype i = 0; i < added.size(); ++i) {
        result.rows[m_added.at(i).row].annotation = added.at(i);
    }
    for (qsizetype i = 0; i < updated.size(); ++i) {
        result.rows[m_updated.at(i).row].annotation = updated.at(i);
    }
    return result;
}

} // namespace Ratsmappe
