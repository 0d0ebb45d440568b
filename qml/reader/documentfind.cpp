// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentfind.h"

#include "findhitmodel.h"
#include "germanfold.h"
#include "searchquery.h"

#include <algorithm>

namespace Ratsmappe {

DocumentFind::DocumentFind(QObject *parent)
    : QObject(parent)
    , m_model(new FindHitModel(this))
{
    m_model->setFind(this);
}

DocumentFind::~DocumentFind() = default;

void DocumentFind::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    clear();
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentSession::closing, this, &DocumentFind::clear);
        // Turned: the boxes move, and the view follows the current one.
        connect(m_document, &DocumentSession::layoutChanged, this, [this] {
            Q_EMIT hitRectsChanged();
            Q_EMIT currentChanged();
        });
    }
    Q_EMIT documentChanged();
}

void DocumentFind::clear()
{
    ++m_generation;
    m_pending = 0;
    m_text.clear();
    if (!m_hits.isEmpty()) {
        Q_EMIT hitsAboutToBeCleared();
        m_hits.clear();
        Q_EMIT hitsCleared();
    }
    m_current = -1;
    Q_EMIT resultsChanged();
    Q_EMIT currentChanged();
}

void DocumentFind::find(const QString &text)
{
    startFind(text, [text](const PdfDocument *doc, int page) { return doc->find(page, text); });
}

void DocumentFind::findQuery(const QString &query, int fromPage)
{
    const Search::Query parsed = Search::Query::parse(query);
    startFind(parsed.isEmpty() ? QString() : query, [parsed](const PdfDocument *doc, int page) {
        QList<QRectF> rects;
        for (const PdfWord &word : doc->words(page)) {
            // A word as Poppler gives it may carry punctuation, or be two words ("Haus/Hof").
            const QList<Search::TextToken> tokens = Search::tokenize(word.text);
            if (std::any_of(tokens.cbegin(), tokens.cend(), [&parsed](const Search::TextToken &token) {
                    return parsed.highlights(token.folded);
                })) {
                rects.append(word.box);
            }
        }
        return rects;
    });
    m_fromPage = fromPage;
}

// Runs of pages go to the workers in page order; each run's hits come back as one block.
template<typename PageFind>
void DocumentFind::startFind(const QString &text, PageFind pageFind)
{
    clear();
    m_text = text;
    m_fromPage = 0;
    const int pageCount = m_document ? m_document->pageCount() : 0;
    for (int start = 0; !text.isEmpty() && start < pageCount; start += PagesPerTask) {
        const int end = std::min(start + PagesPerTask, pageCount);
        const bool queued = m_document->runTask(
            this,
            [start, end, pageFind](const PdfDocument *doc) {
                QList<Hit> hits;
                for (int page = start; doc && page < end; ++page) {
                    for (const QRectF &rect : pageFind(doc, page)) {
                        hits.append({page, rect});
                    }
                }
                return hits;
            },
            [this, generation = m_generation, start](const QList<Hit> &hits) {
                if (generation == m_generation) {
                    found(start, hits);
                }
            });
        m_pending += queued ? 1 : 0;
    }
    Q_EMIT resultsChanged();
}

void DocumentFind::found(int firstPage, const QList<Hit> &hits)
{
    --m_pending;
    if (!hits.isEmpty()) {
        const auto at =
            std::lower_bound(m_hits.cbegin(), m_hits.cend(), firstPage, [](const Hit &hit, int page) {
                return hit.page < page;
            });
        const int position = static_cast<int>(at - m_hits.cbegin());
        Q_EMIT hitsAboutToBeAdded(position, hits);
        m_hits.insert(position, hits.size(), Hit{});
        std::copy(hits.cbegin(), hits.cend(), m_hits.begin() + position);
        // The current hit stays the same hit.
        if (m_current >= position) {
            m_current += static_cast<int>(hits.size());
        }
        Q_EMIT hitsAdded(position, static_cast<int>(hits.size()));
    }
    Q_EMIT resultsChanged();
    if (m_current < 0 && !m_hits.isEmpty() && m_pending == 0) {
        // The first hit from the page asked for, else the first of all.
        const auto from =
            std::lower_bound(m_hits.cbegin(), m_hits.cend(), m_fromPage, [](const Hit &hit, int page) {
                return hit.page < page;
            });
        m_current = from == m_hits.cend() ? 0 : static_cast<int>(from - m_hits.cbegin());
        Q_EMIT currentChanged();
    }
}

void DocumentFind::next()
{
    step(1);
}

void DocumentFind::previous()
{
    step(-1);
}

void DocumentFind::step(int by)
{
    if (m_hits.isEmpty()) {
        return;
    }
    const int hitCount = count();
    m_current = m_current < 0 ? (by > 0 ? 0 : hitCount - 1) : (m_current + by + hitCount) % hitCount;
    Q_EMIT currentChanged();
}

int DocumentFind::currentPage() const
{
    return m_current >= 0 && m_current < count() ? m_hits.at(m_current).page : -1;
}

QRectF DocumentFind::currentRect() const
{
    return currentPage() >= 0 ? displayRect(m_current) : QRectF();
}

QRectF DocumentFind::displayRect(int index) const
{
    if (!m_document || index < 0 || index >= count()) {
        return {};
    }
    const Hit &hit = m_hits.at(index);
    return m_document->toDisplay(hit.page, hit.rect);
}

} // namespace Ratsmappe
