// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "lowdelaytcpserver.h"
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QTcpServer>
#include <QUrl>

#include <vector>

namespace Ratsmappe::Demo {

/// A stateful OParl 1.1 server on loopback, port 0: one System, one Body, and whatever objects a
/// test adds, changes or deletes between sync runs. Lists are paginated and filterable as the
/// specification says; switchable defects reproduce what real servers get wrong (see
/// ../shared/notes/oparl.md). Timestamps are served with a +01:00 offset and whole seconds.
class OParlServer
{
public:
    enum class Defect {
        EmptyModifiedSince404, ///< empty modified_since result: 404 {"error":{"code":802,...}} (SD.NET)
        EmptyModifiedSinceBareArray, ///< empty modified_since result: a bare []
        DeletedWithoutType, ///< deletion markers in lists lack "type"
        TransientErrors, ///< every 3rd request after switching on answers 503 (the retry succeeds)
        RawControlChars, ///< a raw \x01 in every "name" of list pages (invalid JSON; Qt tolerates it)
        SelfLoopNext, ///< page 2 of a list links to itself as next
        EndlessPagination, ///< every page has a next; pages past the end are empty
        RejectFractionalSeconds, ///< a filter date with fractional seconds answers 400
        HtmlErrorWith200, ///< the first request to each list page answers 200 text/html
        WrongPdfContentType, ///< file bytes come as "application/octetstream; charset=UTF-8"
        NextDropsFilters, ///< links (next, first, ...) forget the request's filters
        RedirectDropsQuery, ///< list requests with a query are redirected (301) to a path without it
    };

    explicit OParlServer(int pageSize = 3);

    bool isListening() const { return m_tcp.isListening(); }
    QUrl systemUrl() const { return QUrl(url(QStringLiteral("oparl/system"))); }
    QString bodyId() const { return url(QStringLiteral("oparl/body/1")); }
    /// An absolute URL on this server; path with or without its leading slash.
    QString url(const QString &path) const;
    /// The Body's external list URL for an object kind ("Paper" → .../oparl/body/1/paper).
    QString listUrl(const QString &kind) const;

    /// Stores an object of kind ("Organization", "Person", "Meeting", "Paper", "AgendaItem",
    /// "Consultation", "File", "Membership", "Location", "LegislativeTerm"). Without an "id" in
    /// fields it gets .../oparl/body/1/<kind lower case>/<n>. Sets type, body (where the schema
    /// has one), created (fields' own "created" wins) and modified (invalid = now()). Returns the id.
    QString add(const QString &kind, QJsonObject fields, const QDateTime &modified = {});
    /// Merges fields into the object; bumpModified = false is the "server forgets modified" defect.
    void change(const QString &id, const QJsonObject &fields, bool bumpModified = true);
    /// OParl deletion: only {id, type, created, modified = now, deleted: true} stays; a File's
    /// bytes then answer 410.
    void remove(const QString &id);
    /// The object vanishes entirely, without deletion marker (a defect: only a full walk notices).
    void removeSilently(const QString &id);
    /// Serves bytes for a File: sets accessUrl (/files/<n>/<fileName>), downloadUrl, mimeType,
    /// size (and sha512Checksum if enabled), a new ETag, and bumps the File's modified.
    void setFileBytes(const QString &fileId,
                      const QByteArray &bytes,
                      const QString &mimeType = QStringLiteral("application/pdf"));
    /// Real servers rarely send checksums, so they are off by default.
    void setFileChecksums(bool on) { m_checksums = on; }

    /// The object as GET on its id serves it (the marker when deleted), or {} when unknown.
    QJsonObject object(const QString &id) const;
    /// All live (not deleted) objects by id, as served.
    QJsonObject stateDump() const;
    QStringList deletedIds() const;

    /// Freezes the server's clock (created/modified of later changes); invalid = real time.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const;

    /// Every request's path and query (as sent, percent-encoded), in order.
    int requestCount() const { return int(m_log.size()); }
    QStringList requestLog() const { return m_log; }
    void resetLog() { m_log.clear(); }

    void setDefect(Defect d, bool on = true);
    bool hasDefect(Defect d) const { return m_defects & (1u << unsigned(d)); }

private:
    struct Entry
    {
        QString id;
        QString kind;
        QJsonObject fields;
        QDateTime created;
        QDateTime modified;
        bool deleted = false;
    };
    struct Blob
    {
        int number = 0;
        QByteArray bytes;
        QByteArray mimeType;
        QByteArray etag;
        QDateTime lastModified;
        QString accessPath;
        QString downloadPath;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void serveList(const QString &kind, const QUrl &requestUrl, QHttpServerResponder &responder);
    void serveFile(const QHttpServerRequest &request,
                   QHttpServerResponder &responder,
                   const QString &fileId,
                   bool download);
    QJsonObject render(const Entry &e, bool inList) const;
    QJsonObject systemObject() const;
    QJsonObject bodyObject() const;
    Entry *find(const QString &id);
    const Entry *find(const QString &id) const;

    QHttpServer m_http;
    LowDelayTcpServer m_tcp;
    int m_pageSize;
    QDateTime m_started;
    QDateTime m_now;
    std::vector<Entry> m_entries; // insertion order = list order
    QHash<QString, int> m_counters; // per kind, for new ids
    QHash<QString, Blob> m_blobs; // by File id
    bool m_checksums = false;
    int m_etagCounter = 0;
    unsigned m_defects = 0; // bit per Defect
    int m_transientTick = 0;
    QSet<QString> m_htmlServed;
    QStringList m_log;
};

} // namespace Ratsmappe::Demo
