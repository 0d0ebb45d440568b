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

#include <optional>
#include <vector>

namespace Ratsmappe::Demo {

namespace Wire {
class Responder;
}

/// A stateful OParl server on loopback (port 0 unless told otherwise): one System, one Body, and
/// whatever objects the demo town or a test adds, changes or deletes. Lists are paginated and
/// filterable as the specification says; switchable defects reproduce what real servers get
/// wrong (see ../shared/notes/oparl.md). Timestamps are served with a +01:00 offset and whole
/// seconds, and every answer carries a Date header. A clock offset makes the server's clock run
/// wrong, as real servers' clocks do. It also implements Ratsmappe's authentication extension
/// (docs/server-protocol.md): non-public objects only for members, and a revocation answer.
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
        Latency, ///< every answer waits latencyMs() first (a slow RIS; the server answers one at a time)
        TruncatedBodies, ///< the first request to each list page gets its JSON cut off in the middle
        NoDateHeader, ///< answers carry no Date header (clients need a rule for such servers)
    };
    /// The defect's name on the command line and in docs/demo-server.md ("empty-modified-since-404").
    static QString defectName(Defect d);
    static std::optional<Defect> defectFromName(const QString &name);
    static QList<Defect> allDefects();

    /// The vendor property that marks Meetings, Papers and Files as non-public
    /// (docs/server-protocol.md). AgendaItems use OParl's own "public": false.
    static QLatin1String nonPublicProperty() { return QLatin1String("ratsmappe:nonPublic"); }

    explicit OParlServer(int pageSize = 3, quint16 port = 0);

    bool isListening() const { return m_tcp.isListening(); }
    QUrl systemUrl() const { return QUrl(url(QStringLiteral("oparl/system"))); }
    /// The `id` the System object (and each Body's `system`) declares: its own URL unless a test
    /// makes it name another one, as a hostile or misconfigured server may.
    QString systemId() const { return m_systemId.isEmpty() ? systemUrl().toString() : m_systemId; }
    void setSystemId(const QString &id) { m_systemId = id; }
    QString bodyId() const { return url(QStringLiteral("oparl/body/1")); }
    /// An absolute URL on this server; path with or without its leading slash.
    QString url(const QString &path) const;
    /// The Body's external list URL for an object kind ("Paper" → .../oparl/body/1/paper).
    QString listUrl(const QString &kind) const;

    /// "1.1" (default) or "1.0": 1.0 has no external lists for embedded kinds and embeds
    /// children (agenda items, files, consultations, memberships) in their parents.
    void setVersion(const QString &version);
    QString version() const { return m_version; }
    /// Children named by id in a parent's embedding fields (Meeting.agendaItem, Paper.mainFile,
    /// …) are served as embedded objects, as OParl has it. Off: fields are served as stored.
    void setEmbedChildren(bool on) { m_embed = on; }
    void setBodyName(const QString &name, const QString &shortName);

    /// Stores an object of kind ("Organization", "Person", "Meeting", "Paper", "AgendaItem",
    /// "Consultation", "File", "Membership", "Location", "LegislativeTerm"). Without an "id" in
    /// fields it gets .../oparl/body/1/<kind lower case>/<n>. Sets type, body (where the schema
    /// has one), created (fields' own "created" wins) and modified (invalid = now()). Returns the id.
    QString add(const QString &kind, QJsonObject fields, const QDateTime &modified = {});
    /// Merges fields into the object; bumpModified = false is the "server forgets modified" defect.
    /// A null value in fields removes that field.
    void change(const QString &id, const QJsonObject &fields, bool bumpModified = true);
    /// OParl deletion: only {id, type, created, modified = now, deleted: true} stays; a File's
    /// bytes then answer 410.
    void remove(const QString &id);
    /// The object vanishes entirely, without a deletion marker, as real servers drop rows (only a
    /// full walk notices): from its list, its own URL (404; a File's bytes too), any deletion
    /// marker of it, and every object that embeds or names it — a File from every mainFile,
    /// auxiliaryFile, invitation, resolutionFile…, an AgendaItem from its meeting's agendaItem, a
    /// Consultation from its paper's consultation. No other object's created or modified changes.
    /// Works for top-level and child objects alike, and for children stored embedded by value.
    /// Returns false when nothing had \a id.
    bool removeSilently(const QString &id);
    /// Serves bytes for a File: sets accessUrl (/files/<n>/<fileName>), downloadUrl, mimeType,
    /// size (and sha512Checksum if enabled), a new ETag, and bumps the File's modified.
    void setFileBytes(const QString &fileId,
                      const QByteArray &bytes,
                      const QString &mimeType = QStringLiteral("application/pdf"));
    /// As setFileBytes, but the bytes stay in \a path on disk and are read per request.
    void setFilePath(const QString &fileId,
                     const QString &path,
                     const QString &mimeType = QStringLiteral("application/pdf"),
                     bool bumpModified = true);
    /// Real servers rarely send checksums, so they are off by default.
    void setFileChecksums(bool on) { m_checksums = on; }

    /// The object as GET on its id serves it to a member (the marker when deleted), or {}.
    QJsonObject object(const QString &id) const;
    /// All live (not deleted) objects by id, as served to a member, children by id.
    QJsonObject stateDump() const;
    QStringList deletedIds() const;
    int objectCount(const QString &kind = {}) const;
    QStringList ids(const QString &kind) const;

    /// Credentials of members (the authentication extension). Tokens are bearer tokens; users
    /// authenticate with HTTP Basic. A revoked one gets the revocation answer on every request.
    void addToken(const QString &token);
    void addUser(const QString &name, const QString &password);
    /// Revokes a token or a user name; false when unknown.
    bool revoke(const QString &tokenOrUser, const QString &reason = {});

    /// Freezes the server's clock (created/modified of later changes); invalid = real time.
    /// Like every time given to add(), it is in the true time base, before the clock offset.
    void setNow(const QDateTime &now) { m_now = now; }
    /// The clock that stamps created and modified, before the clock offset.
    QDateTime now() const;
    /// Makes the server's clock run \a seconds ahead (negative: behind). Everything it serves is
    /// shifted at once and consistently: created and modified (deletion markers included), the
    /// System's and Body's stamps, File.date, file bytes' Last-Modified and the Date header; the
    /// filters (modified_since, modified_until, created_since, created_until) read their values
    /// in the shifted time base, so a client that sends back served values gets consistent
    /// answers. Stored state and the times given to add() and setNow() are not shifted.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    qint64 clockOffset() const { return m_clockOffset; }
    /// The server's own clock as it serves it: now() shifted by the clock offset; what the Date
    /// header says.
    QDateTime servedNow() const { return served(now()); }
    /// "-30d", "+2h", "+90m", "-45s": a sign, digits and one unit (s, m, h, d), up to
    /// MaxClockOffset; anything else is nullopt. The syntax of --clock-offset and PUT /admin/clock.
    static std::optional<qint64> parseClockOffset(const QString &text);
    /// A hundred years: more is a typo, not a clock.
    static constexpr qint64 MaxClockOffset = 36525LL * 86400;

    /// Every OParl request's path and query (as sent, percent-encoded), in order; admin requests
    /// are not logged.
    int requestCount() const { return int(m_log.size()); }
    QStringList requestLog() const { return m_log; }
    void resetLog() { m_log.clear(); }
    /// How many requests carried an Authorization header (counted; the header is not kept).
    int credentialedRequests() const { return m_credentialedRequests; }

    void setDefect(Defect d, bool on = true);
    bool hasDefect(Defect d) const { return m_defects & (1u << unsigned(d)); }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    /// The admin endpoints under /admin/ (docs/demo-server.md); on by default.
    void setAdminEnabled(bool on) { m_admin = on; }

private:
    struct Entry
    {
        QString id;
        QString kind;
        QJsonObject fields;
        QDateTime created;
        QDateTime modified;
        bool deleted = false;
        bool nonPublic = false;
    };
    struct Blob
    {
        int number = 0;
        QByteArray bytes;
        QString path; ///< bytes on disk instead of in memory
        qint64 size = 0;
        QByteArray mimeType;
        QByteArray etag;
        QDateTime lastModified;
        QString accessPath;
        QString downloadPath;
    };
    enum class Access { Anonymous, Member, Invalid, Revoked };
    struct Account
    {
        QString secret; ///< the token, or the password
        bool basic = false;
        bool revoked = false;
        QString reason;
    };

    void handle(const QHttpServerRequest &request, Wire::Responder &responder);
    void handleAdmin(const QHttpServerRequest &request, Wire::Responder &responder);
    Access access(const QHttpServerRequest &request, QString *reason) const;
    void serveList(const QString &kind, const QUrl &requestUrl, bool member, Wire::Responder &responder);
    void serveFile(const QHttpServerRequest &request,
                   Wire::Responder &responder,
                   const QString &fileId,
                   bool download);
    Blob &blobFor(const QString &fileId, const QString &mimeType);
    void
    publishBlob(const QString &fileId, const Blob &b, const QByteArray &sha512, bool bumpModified = true);
    QJsonObject render(const Entry &e, bool inList, bool member, int depth = 0) const;
    QJsonValue embedded(const QJsonValue &value, bool member, int depth) const;
    QJsonObject systemObject() const;
    QJsonObject bodyObject(bool member) const;
    bool hasExternalList(const QString &kind) const;
    QString typeUri(const QString &kind) const;
    /// A time of the stored state as the server serves it (shifted by the clock offset).
    QDateTime served(const QDateTime &t) const { return t.addSecs(m_clockOffset); }
    QByteArray dateHeader() const;
    Entry *find(const QString &id);
    const Entry *find(const QString &id) const;
    void reindex();

    QHttpServer m_http;
    LowDelayTcpServer m_tcp;
    int m_pageSize;
    QString m_version = QStringLiteral("1.1");
    bool m_embed = false;
    QString m_bodyName = QStringLiteral("Stadt Musterstadt");
    QString m_bodyShortName = QStringLiteral("Musterstadt");
    QDateTime m_started;
    QDateTime m_now;
    qint64 m_clockOffset = 0; // seconds the served clock runs ahead of the true one
    std::vector<Entry> m_entries; // insertion order = list order
    QHash<QString, size_t> m_index; // id → position in m_entries
    QHash<QString, std::vector<size_t>> m_byKind; // kind → positions, in list order
    QHash<QString, int> m_counters; // per kind, for new ids
    QHash<QString, Blob> m_blobs; // by File id
    QHash<QString, QString> m_blobPaths; // access or download path → File id
    QHash<QString, QByteArray> m_pathChecksums; // SHA-512 of documents on disk, by path
    QHash<QString, Account> m_accounts; // by token or user name
    bool m_checksums = false;
    bool m_admin = true;
    int m_etagCounter = 0;
    unsigned m_defects = 0; // bit per Defect
    int m_latencyMs = 300;
    int m_transientTick = 0;
    QSet<QString> m_htmlServed;
    QSet<QString> m_truncatedServed;
    QStringList m_log;
    int m_credentialedRequests = 0;
    QString m_systemId;
};

} // namespace Ratsmappe::Demo
