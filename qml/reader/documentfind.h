// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentsession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class FindHitModel;

/// Finding text in the document open in a DocumentSession: the query, whether it still runs,
/// the hits (as a model) and which of them is current. The pages are searched on the session's
/// workers, a few at a time; hits arrive in page order. Another document clears them.
class DocumentFind : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("findhitmodel.h")
    Q_PROPERTY(Ratsmappe::DocumentSession *document READ document WRITE setDocument NOTIFY documentChanged)
    /// The text last searched for ("" when none).
    Q_PROPERTY(QString text READ text NOTIFY resultsChanged)
    Q_PROPERTY(bool running READ running NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    /// The current hit, from 0 (-1 when none), its page and its box in displayed points.
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(int currentPage READ currentPage NOTIFY currentChanged)
    Q_PROPERTY(QRectF currentRect READ currentRect NOTIFY currentChanged)
    /// Every hit, in page order.
    Q_PROPERTY(Ratsmappe::FindHitModel *hits READ hits CONSTANT)

public:
    struct Hit
    {
        int page;
        QRectF rect; // unrotated points
    };

    explicit DocumentFind(QObject *parent = nullptr);
    ~DocumentFind() override;

    DocumentSession *document() const { return m_document; }
    void setDocument(DocumentSession *document);
    QString text() const { return m_text; }
    bool running() const { return m_pending > 0; }
    int count() const { return static_cast<int>(m_hits.size()); }
    int currentIndex() const { return m_current; }
    int currentPage() const;
    QRectF currentRect() const;
    FindHitModel *hits() const { return m_model; }

    /// Starts finding \a text in every page; an empty text clears the hits.
    Q_INVOKABLE void find(const QString &text);
    /// Starts finding the words a search for \a query finds (Search::Query, German folding:
    /// Haushalt marks Haushaltsplan, Buerger marks Bürger), word by word in every page. The
    /// first hit from page \a fromPage (from 0) on becomes the current one.
    Q_INVOKABLE void findQuery(const QString &query, int fromPage = 0);
    /// Moves to the next or previous hit, wrapping around.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

    /// The hits so far, in page order.
    const QList<Hit> &hitList() const { return m_hits; }
    /// Hit \a index's box in displayed points.
    QRectF displayRect(int index) const;

    static constexpr int PagesPerTask = 16;

Q_SIGNALS:
    void documentChanged();
    void resultsChanged();
    void currentChanged();
    /// For the models: \a hits (of one run of pages) go in at \a position, then they are in.
    void hitsAboutToBeAdded(int position, const QList<Ratsmappe::DocumentFind::Hit> &hits);
    void hitsAdded(int position, int count);
    void hitsAboutToBeCleared();
    void hitsCleared();
    /// The hits' boxes in displayed points changed (the document was turned).
    void hitRectsChanged();

private:
    void clear();
    void found(int firstPage, const QList<Hit> &hits);
    template<typename PageFind>
    void startFind(const QString &text, PageFind pageFind);
    void step(int by);

    QPointer<DocumentSession> m_document;
    FindHitModel *m_model; // a child
    QString m_text;
    QList<Hit> m_hits;
    int m_current = -1;
    int m_pending = 0;
    int m_fromPage = 0; // where the first current hit is looked for
    quint64 m_generation = 0; // results of an earlier query are dropped
};

} // namespace Ratsmappe
