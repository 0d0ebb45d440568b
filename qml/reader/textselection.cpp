// SPDX-License-Identifier: GPL-2.0-or-later
#include "textselection.h"

#include "quotelocator.h"
#include "secretclipboard.h"

#include <algorithm>

namespace Ratsmappe {

TextSelection::TextSelection(QObject *parent)
    : QObject(parent)
{ }

void TextSelection::setDocument(DocumentSession *document)
{
    if (document == m_document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    forget();
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentSession::closing, this, &TextSelection::forget);
        // Turned: the boxes move with the page.
        connect(m_document, &DocumentSession::layoutChanged, this, [this] {
            if (m_page >= 0) {
                Q_EMIT changed();
            }
        });
    }
    Q_EMIT documentChanged();
}

// Another document: its words go too.
void TextSelection::forget()
{
    m_words.clear();
    m_wordsLoading.clear();
    clear();
}

bool TextSelection::canSelect(int page) const
{
    return m_document && page >= 0 && page < m_document->pageCount() && !m_document->isImage();
}

void TextSelection::selectWords(int page, const QPointF &from, const QPointF &to)
{
    if (canSelect(page)) {
        m_from = from;
        m_to = to;
        select(page, Mode::Words);
    }
}

void TextSelection::selectPage(int page)
{
    if (canSelect(page)) {
        select(page, Mode::Page);
    }
}

void TextSelection::selectArea(int page, const QRectF &area)
{
    if (m_document && page >= 0 && page < m_document->pageCount()) {
        m_area = m_document->fromDisplay(page, area.normalized());
        select(page, Mode::Area);
    }
}

void TextSelection::select(int page, Mode mode)
{
    m_page = page;
    m_mode = mode;
    m_first = -1;
    m_last = -1;
    if (mode != Mode::Area) {
        loadWords(page);
    }
    update();
}

void TextSelection::clear()
{
    if (m_page >= 0) {
        m_page = -1;
        m_first = -1;
        m_last = -1;
        Q_EMIT changed();
    }
}

void TextSelection::loadWords(int page)
{
    if (m_words.contains(page) || m_wordsLoading.contains(page)) {
        return;
    }
    const bool queued = m_document->runTask(
        this,
        [page](const PdfDocument *doc) { return doc ? doc->words(page) : QList<PdfWord>(); },
        [this, page](const QList<PdfWord> &words) {
            m_wordsLoading.remove(page);
            m_words.insert(page, words);
            if (m_page == page) {
                update();
            }
        });
    if (queued) {
        m_wordsLoading.insert(page);
    }
}

void TextSelection::update()
{
    if (m_mode != Mode::Area && m_words.contains(m_page)) {
        if (m_mode == Mode::Page) {
            m_first = 0;
            m_last = static_cast<int>(m_words.value(m_page).size()) - 1;
        } else {
            const int a = wordAt(m_from);
            const int b = wordAt(m_to);
            m_first = std::min(a, b);
            m_last = std::max(a, b);
        }
    }
    Q_EMIT changed();
}

// The word under the point, else the nearest one.
int TextSelection::wordAt(const QPointF &displayed) const
{
    const QList<PdfWord> words = m_words.value(m_page);
    const QPointF point = m_document->fromDisplay(m_page, QRectF(displayed, QSizeF(0, 0))).topLeft();
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < words.size(); ++i) {
        const QRectF &box = words.at(i).box;
        const qreal dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
        // Lines count more than columns: a point beside a line picks a word of that line.
        const qreal dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()}) * 3;
        const qreal distance = dx * dx + dy * dy;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QVariantList TextSelection::rects() const
{
    QVariantList rects;
    const QList<PdfWord> words = m_words.value(m_page);
    for (int i = std::max(0, m_first); m_document && i <= m_last && i < words.size(); ++i) {
        rects.append(m_document->toDisplay(m_page, words.at(i).box));
    }
    return rects;
}

QRectF TextSelection::area() const
{
    return m_page >= 0 && m_mode == Mode::Area && m_document ? m_document->toDisplay(m_page, m_area)
                                                             : QRectF();
}

// Words of a line joined by spaces, lines by line breaks.
QString TextSelection::text() const
{
    QString text;
    const QList<PdfWord> words = m_words.value(m_page);
    const PdfWord *previous = nullptr;
    for (int i = std::max(0, m_first); i <= m_last && i < words.size(); ++i) {
        const PdfWord &word = words.at(i);
        if (previous) {
            const bool sameLine = std::abs(previous->box.center().y() - word.box.center().y()) <
                std::max(previous->box.height(), word.box.height()) / 2;
            text += sameLine ? QLatin1Char(' ') : QLatin1Char('\n');
        }
        text += word.text;
        previous = &word;
    }
    return text;
}

// QuoteLocator counts only the words with text: the selection's indexes are mapped onto those.
QVariantMap TextSelection::markupAnchor() const
{
    if (!m_document || m_page < 0 || m_mode == Mode::Area || m_first < 0 || !m_words.contains(m_page)) {
        return {};
    }
    const QList<PdfWord> words = m_words.value(m_page);
    int first = -1;
    int last = -1;
    int counted = 0;
    for (int i = 0; i < words.size() && i <= m_last; ++i) {
        if (QuoteLocator::collapsed(words.at(i).text).isEmpty()) {
            continue;
        }
        if (i >= m_first && first < 0) {
            first = counted;
        }
        if (i >= m_first) {
            last = counted;
        }
        ++counted;
    }
    if (first < 0) {
        return {};
    }
    // The page's size unrotated: the displayed page turned back.
    const QSizeF size =
        m_document->fromDisplay(m_page, QRectF(QPointF(0, 0), m_document->pageSize(m_page))).size();
    const std::optional<QuoteMatch> match = QuoteLocator(words, size).wordRange(first, last);
    if (!match) {
        return {};
    }
    QVariantList rects;
    for (const QRectF &rect : match->rects) {
        rects.append(rect);
    }
    return {
        {QStringLiteral("page"), m_page},
        {QStringLiteral("rects"), rects},
        {QStringLiteral("quote"), match->quote},
        {QStringLiteral("prefix"), match->prefix},
        {QStringLiteral("suffix"), match->suffix},
        {QStringLiteral("start"), match->start},
        {QStringLiteral("end"), match->end},
    };
}

// A rectangle's text is read on a worker.
void TextSelection::copy()
{
    if (m_page < 0 || !m_document) {
        return;
    }
    const auto toClipboard = [this](const QString &text) {
        if (!text.isEmpty()) {
            // Council documents may be confidential: no clipboard manager keeps a copy.
            SecretClipboard::put(text);
        }
        Q_EMIT copied(text);
    };
    if (m_mode != Mode::Area) {
        toClipboard(text());
        return;
    }
    const int page = m_page;
    const QRectF area = m_area;
    m_document->runTask(
        this,
        [page, area](const PdfDocument *doc) { return doc ? doc->textIn(page, area) : QString(); },
        toClipboard);
}

} // namespace Ratsmappe
