// SPDX-License-Identifier: GPL-2.0-or-later
// Paginated, filtered external lists, with the list defects real servers show.
#include "oparlserver.h"

#include "oparlwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace Ratsmappe::Demo {

using namespace Wire;

void OParlServer::serveList(const QString &kind,
                            const QUrl &requestUrl,
                            bool member,
                            Wire::Responder &responder)
{
    const QString base = requestUrl.toString(QUrl::RemoveQuery | QUrl::FullyEncoded);
    const QString key = requestUrl.toString(QUrl::FullyEncoded);
    if (hasDefect(Defect::HtmlErrorWith200) && !m_htmlServed.contains(key)) {
        m_htmlServed.insert(key);
        responder.write(
            QByteArray("<!DOCTYPE html><html><body><p>Ein Fehler ist aufgetreten.</p></body></html>"),
            baseHeaders("text/html; charset=utf-8"),
            Status::Ok);
        return;
    }

    // Filters: each date is compared as a QDateTime, read in the served (shifted) time base;
    // everything but page is carried into links.
    QDateTime bounds[4]; // modified_since, modified_until, created_since, created_until
    static const QLatin1String names[4] = {QLatin1String("modified_since"),
                                           QLatin1String("modified_until"),
                                           QLatin1String("created_since"),
                                           QLatin1String("created_until")};
    int page = 1;
    int perPage = m_pageSize;
    Query carried;
    static const QRegularExpression fractional(QStringLiteral("T\\d\\d:\\d\\d:\\d\\d[.,]"));
    for (const auto &[name, value] : parseQuery(requestUrl.query(QUrl::FullyEncoded))) {
        if (name == QLatin1String("page")) {
            page = std::max(1, value.toInt());
            continue;
        }
        carried.append({name, value});
        const auto *filter = std::find(std::begin(names), std::end(names), name);
        if (filter != std::end(names)) {
            const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!t.isValid() || (hasDefect(Defect::RejectFractionalSeconds) && value.contains(fractional))) {
                writeError(
                    responder, Status::BadRequest, 400, QStringLiteral("Ungültiger Wert für %1").arg(name));
                return;
            }
            bounds[filter - std::begin(names)] = t.addSecs(-m_clockOffset);
        } else if (name == QLatin1String("limit") && value.toInt() > 0) {
            perPage = std::min(value.toInt(), m_pageSize); // real servers cap limit
        }
    }
    if (hasDefect(Defect::NextDropsFilters)) {
        carried.clear();
    }

    // Only the page's own rows are rendered: lists of the large town have 50,000 entries.
    std::vector<size_t> rows;
    if (!kind.isEmpty()) {
        for (size_t i : m_byKind.value(kind)) {
            const Entry &e = m_entries[i];
            // Deleted objects only show up for clients that ask what changed since a time.
            const bool outside = (e.deleted && !bounds[0].isValid()) ||
                (bounds[0].isValid() && e.modified < bounds[0]) ||
                (bounds[1].isValid() && e.modified > bounds[1]) ||
                (bounds[2].isValid() && e.created < bounds[2]) ||
                (bounds[3].isValid() && e.created > bounds[3]);
            if (!outside && (member || !e.nonPublic)) {
                rows.push_back(i);
            }
        }
    }
    const int total = kind.isEmpty() ? 1 : int(rows.size());

    if (total == 0 && bounds[0].isValid()) {
        if (hasDefect(Defect::EmptyModifiedSince404)) {
            writeError(responder, Status::NotFound, 802, QStringLiteral("Keine Daten"));
            return;
        }
        if (hasDefect(Defect::EmptyModifiedSinceBareArray)) {
            writeJson(responder, QByteArray("[]"));
            return;
        }
    }

    const int totalPages = std::max(1, (total + perPage - 1) / perPage);
    QJsonArray data;
    if (kind.isEmpty()) {
        if (page == 1) {
            data.append(bodyObject(member));
        }
    } else {
        for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i) {
            data.append(render(m_entries[rows[size_t(i)]], true, member));
        }
    }
    QJsonObject links{{QStringLiteral("first"), pageLink(base, carried, 1)},
                      {QStringLiteral("self"), pageLink(base, carried, page)},
                      {QStringLiteral("last"), pageLink(base, carried, totalPages)}};
    if (page > 1) {
        links.insert(QLatin1String("prev"), pageLink(base, carried, page - 1));
    }
    if (hasDefect(Defect::SelfLoopNext) && page == 2) {
        links.insert(QLatin1String("next"), pageLink(base, carried, page));
    } else if (page < totalPages || hasDefect(Defect::EndlessPagination)) {
        links.insert(QLatin1String("next"), pageLink(base, carried, page + 1));
    }
    const QJsonObject result{{QStringLiteral("data"), data},
                             {QStringLiteral("pagination"),
                              QJsonObject{{QStringLiteral("totalElements"), total},
                                          {QStringLiteral("elementsPerPage"), perPage},
                                          {QStringLiteral("currentPage"), page},
                                          {QStringLiteral("totalPages"), totalPages}}},
                             {QStringLiteral("links"), links}};
    QByteArray body = QJsonDocument(result).toJson(QJsonDocument::Compact);
    if (hasDefect(Defect::RawControlChars)) {
        body.replace(QByteArray("\"name\":\""), QByteArray("\"name\":\"\x01"));
    }
    if (hasDefect(Defect::TruncatedBodies) && !m_truncatedServed.contains(key)) {
        // A proxy that lost the upstream connection half way: 200 and half a document.
        m_truncatedServed.insert(key);
        body.truncate(body.size() / 2);
    }
    writeJson(responder, body);
}

} // namespace Ratsmappe::Demo
