// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// What the member selected on one page of the document open in a DocumentSession, to copy
/// it: words in reading order (dragging, or the whole page), or a rectangle (Alt+drag). A
/// page's words are read on the session's workers the first time something is selected on it.
/// Points are displayed points (after rotation).
class TextSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    /// The page of the selection, from 0; -1 when nothing is selected.
    Q_PROPERTY(int page READ page NOTIFY changed)
    /// The selected words' boxes.
    Q_PROPERTY(QVariantList rects READ rects NOTIFY changed)
    /// The selected rectangle (null when words are selected).
    Q_PROPERTY(QRectF area READ area NOTIFY changed)
    /// The selected words, a line break between lines.
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    explicit TextSelection(QObject *parent = nullptr);

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    int page() const { return m_page; }
    QVariantList rects() const;
    QRectF area() const;
    QString text() const;

    /// Selects the words of \a page from the one at \a from to the one at \a to, in reading
    /// order.
    Q_INVOKABLE void selectWords(int page, const QPointF &from, const QPointF &to);
    /// Selects every word of \a page.
    Q_INVOKABLE void selectPage(int page);
    /// Selects the rectangle \a area of \a page.
    Q_INVOKABLE void selectArea(int page, const QRectF &area);
    Q_INVOKABLE void clear();
    /// Copies the selection's text to the clipboard; copied() tells what it was.
    Q_INVOKABLE void copy();
    /// The selected words as text markup anchors them: {page, rects (QRectF normalized to the
    /// unrotated page, one per line), quote, prefix, suffix, start, end}, offsets as
    /// QuoteLocator counts them. Empty when no words are selected (or they are still loading).
    Q_INVOKABLE QVariantMap markupAnchor() const;

Q_SIGNALS:
    void documentChanged();
    void changed();
    /// \a text went to the clipboard (empty: the selection held none).
    void copied(const QString &text);

private:
    enum class Mode { Words, Page, Area };
    bool canSelect(int page) const;
    void select(int page, Mode mode);
    void loadWords(int page);
    void update();
    int wordAt(const QPointF &displayed) const;
    void forget();

    QPointer<DocumentSession> m_document;
    int m_page = -1;
    Mode m_mode = Mode::Words;
    QPointF m_from; // displayed points
    QPointF m_to;
    QRectF m_area; // unrotated points
    int m_first = -1; // word indexes, inclusive
    int m_last = -1;
    QHash<int, QList<PdfWord>> m_words; // per page, read on a worker when first selected in
    QSet<int> m_wordsLoading;
};

} // namespace Ratsmappe
