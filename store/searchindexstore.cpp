// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchindexstore.h"

#include "database.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>

namespace Ratsmappe {

QList<PendingText> SearchIndexStore::pending() const
{
    Statement st(m_db,
                 "SELECT v.id, v.file_id, coalesce(f.name, f.file_name, '') FROM file_versions v "
                 "JOIN files f ON f.current_version = v.id "
                 "WHERE v.complete = 1 AND v.kind = 'pdf' AND v.text_indexed = 0 AND f.deleted = 0");
    QList<PendingText> pending;
    while (st.next()) {
        pending.append({st.integer(0), st.text(1), st.text(2)});
    }
    return pending;
}

void SearchIndexStore::savePages(const PendingText &version, const QStringList &pages)
{
    Transaction tx(m_db);
    Statement(m_db, "DELETE FROM search_index WHERE version_id = ?").bind(1, version.versionId).run();
    Statement insert(m_db,
                     "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                     "VALUES (?, 'page', ?, ?, ?, ?)");
    for (qsizetype page = 0; page < pages.size(); ++page) {
        insert.bind(1, version.fileId)
            .bind(2, version.versionId)
            .bind(3, qint64(page + 1))
            .bind(4, version.title)
            .bind(5, pages.at(page))
            .run();
    }
    Statement(m_db, "UPDATE file_versions SET text_indexed = 1, text_error = NULL WHERE id = ?")
        .bind(1, version.versionId)
        .run();
    tx.commit();
}

namespace {

QByteArray packWords(const PageLayout &page)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << qint32(page.starts.size());
    for (qsizetype i = 0; i < page.starts.size(); ++i) {
        const QRectF &r = page.boxes.at(i);
        s << qint32(page.starts.at(i)) << r.x() << r.y() << r.width() << r.height();
    }
    return out;
}

bool unpackWords(const QByteArray &bytes, PageLayout &page)
{
    QDataStream s(bytes);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    qint32 count = 0;
    s >> count;
    if (count < 0 || qsizetype(count) * 20 > bytes.size()) {
        return false;
    }
    page.starts.reserve(count);
    page.boxes.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        qint32 start = 0;
        double x = 0, y = 0, w = 0, h = 0;
        s >> start >> x >> y >> w >> h;
        page.starts.append(start);
        page.boxes.append(QRectF(x, y, w, h));
    }
    return s.status() == QDataStream::Ok;
}

} // namespace

void SearchIndexStore::savePages(const PendingText &version, const QList<PageLayout> &pages)
{
    Transaction tx(m_db);
    Statement(m_db, "DELETE FROM search_index WHERE version_id = ?").bind(1, version.versionId).run();
    Statement(m_db, "DELETE FROM page_words WHERE version_id = ?").bind(1, version.versionId).run();
    Statement insert(m_db,
                     "INSERT INTO search_index(target_id, kind, version_id, page, title, body) "
                     "VALUES (?, 'page', ?, ?, ?, ?)");
    Statement words(m_db, "INSERT INTO page_words(version_id, page, words) VALUES (?, ?, ?)");
    for (qsizetype page = 0; page < pages.size(); ++page) {
        insert.bind(1, version.fileId)
            .bind(2, version.versionId)
            .bind(3, qint64(page + 1))
            .bind(4, version.title)
            .bind(5, pages.at(page).text)
            .run();
        words.bind(1, version.versionId).bind(2, qint64(page + 1)).bind(3, packWords(pages.at(page))).run();
    }
    Statement(m_db,
              "UPDATE file_versions SET text_indexed = 1, text_form = 1, text_error = NULL WHERE id = ?")
        .bind(1, version.versionId)
        .run();
    tx.commit();
}

std::optional<QList<PageLayout>> SearchIndexStore::layouts(qint64 versionId) const
{
    Statement form(m_db, "SELECT text_form FROM file_versions WHERE id = ? AND text_indexed = 1");
    if (!form.bind(1, versionId).next() || form.integer(0) != 1) {
        return std::nullopt;
    }
    QList<PageLayout> pages;
    Statement words(m_db, "SELECT page, words FROM page_words WHERE version_id = ? ORDER BY page");
    words.bind(1, versionId);
    while (words.next()) {
        const qint64 page = words.integer(0);
        if (page != pages.size() + 1) {
            return std::nullopt;
        }
        PageLayout layout;
        if (!unpackWords(words.blob(1), layout)) {
            return std::nullopt;
        }
        pages.append(layout);
    }
    // search_index's version_id is UNINDEXED: one pass over its rows of this version.
    Statement text(m_db, "SELECT page, body FROM search_index WHERE version_id = ? AND kind = 'page'");
    text.bind(1, versionId);
    qsizetype found = 0;
    while (text.next()) {
        const qint64 page = text.integer(0);
        if (page < 1 || page > pages.size()) {
            return std::nullopt;
        }
        pages[page - 1].text = text.text(1);
        ++found;
    }
    if (found != pages.size()) {
        return std::nullopt;
    }
    return pages;
}

void SearchIndexStore::markFailed(qint64 versionId, const QString &reason)
{
    Statement(m_db, "UPDATE file_versions SET text_indexed = 2, text_error = ? WHERE id = ?")
        .bind(1, reason)
        .bind(2, versionId)
        .run();
}

} // namespace Ratsmappe
