// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlserver.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Ratsmappe::Demo {

namespace {

using Status = QHttpServerResponder::StatusCode;
using Query = QList<std::pair<QString, QString>>;

struct Kind
{
    QLatin1String name;
    QLatin1String list; // the Body's field and path for the external list
    bool hasBody; // whether the 1.1 schema gives this kind a "body" field
};

constexpr Kind kinds[] = {
    {QLatin1String("Organization"), QLatin1String("organization"), true},
    {QLatin1String("Person"), QLatin1String("person"), true},
    {QLatin1String("Meeting"), QLatin1String("meeting"), false},
    {QLatin1String("Paper"), QLatin1String("paper"), true},
    {QLatin1String("AgendaItem"), QLatin1String("agendaItem"), false},
    {QLatin1String("Consultation"), QLatin1String("consultation"), false},
    {QLatin1String("File"), QLatin1String("file"), false},
    {QLatin1String("Membership"), QLatin1String("membership"), false},
    {QLatin1String("Location"), QLatin1String("locationList"), false},
    {QLatin1String("LegislativeTerm"), QLatin1String("legislativeTermList"), true},
};

const Kind *kindByName(const QString &name)
{
    const auto it =
        std::find_if(std::begin(kinds), std::end(kinds), [&](const Kind &k) { return k.name == name; });
    return it == std::end(kinds) ? nullptr : it;
}

QString typeUri(const QString &kind)
{
    return QLatin1String("https://schema.oparl.org/1.1/") + kind;
}

// German servers answer in local time with an offset; a fixed +01:00 keeps clients honest about
// offsets without depending on the machine's time zone.
QString iso(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600)).toString(Qt::ISODate);
}

// Served timestamps have whole seconds, so what a client reads is exactly what filters compare.
QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), QTimeZone::UTC);
}

QString httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

// Form decoding as PHP or Java servlets do it: a raw '+' is a space, only %2B is a plus. A client
// that leaves the '+' of "+01:00" unencoded gets a 400, as from those servers.
Query parseQuery(const QString &encoded)
{
    Query items;
    for (const QString &pair : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        auto decode = [](QString s) {
            return QUrl::fromPercentEncoding(s.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        items.append(
            {decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return items;
}

QString pageLink(const QString &base, const Query &carried, int page)
{
    QString link = base + QLatin1Char('?');
    for (const auto &[key, value] : carried) {
        link +=
            QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&');
    }
    return link + QLatin1String("page=") + QString::number(page);
}

QHttpHeaders baseHeaders(const QByteArray &contentType)
{
    QHttpHeaders h;
    h.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    h.append(QHttpHeaders::WellKnownHeader::AccessControlAllowOrigin, "*");
    return h;
}

void writeJson(QHttpServerResponder &responder, const QByteArray &body, Status status = Status::Ok)
{
    responder.write(body, baseHeaders("application/json"), status);
}

void writeJson(QHttpServerResponder &responder, const QJsonObject &object, Status status = Status::Ok)
{
    writeJson(responder, QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

void writeError(QHttpServerResponder &responder, Status status, int code, const QString &message)
{
    writeJson(
        responder,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

// One candidate row of a list: the served JSON plus what the filters look at.
struct Item
{
    QJsonObject json;
    QDateTime created;
    QDateTime modified;
    bool deleted;
};

} // namespace

OParlServer::OParlServer(int pageSize)
    : m_pageSize(std::max(1, pageSize))
    , m_started(wholeSeconds(QDateTime::currentDateTimeUtc()))
{
    m_http.setMissingHandler(&m_http,
                             [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                 handle(request, responder);
                             });
    if (m_tcp.listen(QHostAddress::LocalHost, 0)) {
        m_http.bind(&m_tcp);
    }
}

QString OParlServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2")
        .arg(m_tcp.serverPort())
        .arg(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path);
}

QString OParlServer::listUrl(const QString &kind) const
{
    const Kind *k = kindByName(kind);
    return k ? url(QLatin1String("oparl/body/1/") + k->list) : QString();
}

QDateTime OParlServer::now() const
{
    return wholeSeconds(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
}

QString OParlServer::add(const QString &kind, QJsonObject fields, const QDateTime &modified)
{
    const Kind *k = kindByName(kind);
    Q_ASSERT_X(k, "OParlServer::add", qPrintable(kind));
    QString id = fields.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = url(QStringLiteral("oparl/body/1/%1/%2").arg(kind.toLower()).arg(++m_counters[kind]));
    }
    fields.insert(QLatin1String("id"), id);
    fields.insert(QLatin1String("type"), typeUri(kind));
    if (k && k->hasBody && !fields.contains(QLatin1String("body"))) {
        fields.insert(QLatin1String("body"), bodyId());
    }
    const QDateTime created =
        QDateTime::fromString(fields.take(QLatin1String("created")).toString(), Qt::ISODate);
    fields.remove(QLatin1String("modified")); // served from the Entry, never from the fields
    Entry e{id, kind, fields, {}, wholeSeconds(modified.isValid() ? modified : now()), false};
    e.created = created.isValid() ? wholeSeconds(created) : e.modified;
    if (Entry *old = find(id)) {
        *old = e;
    } else {
        m_entries.push_back(e);
    }
    return id;
}

void OParlServer::change(const QString &id, const QJsonObject &fields, bool bumpModified)
{
    Entry *e = find(id);
    Q_ASSERT_X(e, "OParlServer::change", qPrintable(id));
    if (!e) {
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        e->fields.insert(it.key(), it.value());
    }
    if (bumpModified) {
        e->modified = now();
    }
}

void OParlServer::remove(const QString &id)
{
    if (Entry *e = find(id)) {
        e->deleted = true;
        e->fields = {};
        e->modified = now();
    }
}

void OParlServer::removeSilently(const QString &id)
{
    std::erase_if(m_entries, [&](const Entry &e) { return e.id == id; });
    m_blobs.remove(id);
}

void OParlServer::setFileBytes(const QString &fileId, const QByteArray &bytes, const QString &mimeType)
{
    Entry *e = find(fileId);
    Q_ASSERT_X(e && e->kind == QLatin1String("File"), "OParlServer::setFileBytes", qPrintable(fileId));
    if (!e) {
        return;
    }
    Blob &b = m_blobs[fileId];
    if (b.number == 0) {
        b.number = int(m_blobs.size());
        const QString name =
            e->fields.value(QLatin1String("fileName")).toString(QStringLiteral("datei-%1.pdf").arg(b.number));
        b.accessPath = QStringLiteral("/files/%1/%2").arg(b.number).arg(name);
        b.downloadPath = QStringLiteral("/files/%1/download/%2").arg(b.number).arg(name);
    }
    b.bytes = bytes;
    b.mimeType = mimeType.toUtf8();
    b.lastModified = now();
    // The ETag changes with every call, even for equal bytes: a re-upload is a new version.
    b.etag = '"' + QByteArray::number(b.number) + '-' + QByteArray::number(++m_etagCounter) + '"';

    QJsonObject fields{
        {QStringLiteral("accessUrl"), QUrl(url(b.accessPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("downloadUrl"), QUrl(url(b.downloadPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("mimeType"), mimeType},
        {QStringLiteral("size"), bytes.size()}};
    if (m_checksums) {
        fields.insert(
            QLatin1String("sha512Checksum"),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex()));
    }
    change(fileId, fields);
}

QJsonObject OParlServer::object(const QString &id) const
{
    const Entry *e = find(id);
    return e ? render(*e, false) : QJsonObject();
}

QJsonObject OParlServer::stateDump() const
{
    QJsonObject all;
    for (const Entry &e : m_entries) {
        if (!e.deleted) {
            all.insert(e.id, render(e, false));
        }
    }
    return all;
}

QStringList OParlServer::deletedIds() const
{
    QStringList ids;
    for (const Entry &e : m_entries) {
        if (e.deleted) {
            ids.append(e.id);
        }
    }
    return ids;
}

void OParlServer::setDefect(Defect d, bool on)
{
    const unsigned bit = 1u << unsigned(d);
    m_defects = on ? (m_defects | bit) : (m_defects & ~bit);
    // Counting starts afresh so a test knows exactly which request fails.
    if (d == Defect::TransientErrors) {
        m_transientTick = 0;
    } else if (d == Defect::HtmlErrorWith200) {
        m_htmlServed.clear();
    }
}

OParlServer::Entry *OParlServer::find(const QString &id)
{
    const auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

const OParlServer::Entry *OParlServer::find(const QString &id) const
{
    return const_cast<OParlServer *>(this)->find(id);
}

QJsonObject OParlServer::render(const Entry &e, bool inList) const
{
    QJsonObject o = e.fields;
    if (e.deleted) {
        o.insert(QLatin1String("id"), e.id);
        o.insert(QLatin1String("deleted"), true);
        if (!inList || !hasDefect(Defect::DeletedWithoutType)) {
            o.insert(QLatin1String("type"), typeUri(e.kind));
        }
    }
    o.insert(QLatin1String("created"), iso(e.created));
    o.insert(QLatin1String("modified"), iso(e.modified));
    return o;
}

QJsonObject OParlServer::systemObject() const
{
    return {{QStringLiteral("id"), systemUrl().toString()},
            {QStringLiteral("type"), typeUri(QStringLiteral("System"))},
            {QStringLiteral("oparlVersion"), QStringLiteral("https://schema.oparl.org/1.1/")},
            {QStringLiteral("body"), url(QStringLiteral("oparl/bodies"))},
            {QStringLiteral("name"), QStringLiteral("Demo-RIS")},
            {QStringLiteral("created"), iso(m_started)},
            {QStringLiteral("modified"), iso(m_started)}};
}

QJsonObject OParlServer::bodyObject() const
{
    QJsonObject body{{QStringLiteral("id"), bodyId()},
                     {QStringLiteral("type"), typeUri(QStringLiteral("Body"))},
                     {QStringLiteral("system"), systemUrl().toString()},
                     {QStringLiteral("name"), QStringLiteral("Stadt Musterstadt")},
                     {QStringLiteral("shortName"), QStringLiteral("Musterstadt")},
                     {QStringLiteral("created"), iso(m_started)},
                     {QStringLiteral("modified"), iso(m_started)}};
    for (const Kind &k : kinds) {
        body.insert(k.list, listUrl(k.name));
    }
    // 1.1 requires the embedded legislativeTerm array beside legislativeTermList.
    QJsonArray terms;
    for (const Entry &e : m_entries) {
        if (e.kind == QLatin1String("LegislativeTerm") && !e.deleted) {
            terms.append(render(e, false));
        }
    }
    body.insert(QLatin1String("legislativeTerm"), terms);
    return body;
}

void OParlServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QUrl requestUrl = request.url();
    m_log.append(
        requestUrl.path(QUrl::FullyEncoded) +
        (requestUrl.hasQuery() ? QLatin1Char('?') + requestUrl.query(QUrl::FullyEncoded) : QString()));

    if (hasDefect(Defect::TransientErrors) && ++m_transientTick % 3 == 0) {
        // As a reverse proxy in front of a busy RIS says it: HTML, not JSON.
        responder.write(QByteArray("<html><body><h1>503 Service Unavailable</h1></body></html>"),
                        baseHeaders("text/html"),
                        Status::ServiceUnavailable);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        writeError(responder, Status::MethodNotAllowed, 405, QStringLiteral("OParl ist nur lesbar"));
        return;
    }

    if (hasDefect(Defect::RedirectDropsQuery)) {
        const QString original = requestUrl.path(QUrl::FullyDecoded);
        if (original.startsWith(QLatin1String("/oparl/moved/"))) {
            requestUrl.setPath(QLatin1String("/oparl/") + original.mid(13));
        } else if (requestUrl.hasQuery() && original.startsWith(QLatin1String("/oparl/body/"))) {
            // A load balancer that moved the service and forgot the query on the way.
            QHttpHeaders headers = baseHeaders("application/json");
            headers.append(QHttpHeaders::WellKnownHeader::Location,
                           url(QLatin1String("oparl/moved/") + original.mid(7)));
            responder.write(QByteArray(), headers, Status::MovedPermanently);
            return;
        }
    }
    const QString path = requestUrl.path(QUrl::FullyDecoded);
    if (path == QLatin1String("/oparl/system")) {
        writeJson(responder, systemObject());
        return;
    }
    if (path == QLatin1String("/oparl/bodies")) {
        serveList(QString(), requestUrl, responder);
        return;
    }
    if (path == QLatin1String("/oparl/body/1")) {
        writeJson(responder, bodyObject());
        return;
    }
    for (const Kind &k : kinds) {
        if (path == QLatin1String("/oparl/body/1/") + k.list) {
            serveList(k.name, requestUrl, responder);
            return;
        }
    }
    for (auto it = m_blobs.cbegin(); it != m_blobs.cend(); ++it) {
        if (path == it->accessPath || path == it->downloadPath) {
            serveFile(request, responder, it.key(), path == it->downloadPath);
            return;
        }
    }
    if (const Entry *e = find(url(path))) {
        writeJson(responder, render(*e, false));
        return;
    }
    writeError(responder, Status::NotFound, 404, QStringLiteral("Nicht gefunden"));
}

void OParlServer::serveList(const QString &kind, const QUrl &requestUrl, QHttpServerResponder &responder)
{
    const QString base = requestUrl.toString(QUrl::RemoveQuery | QUrl::FullyEncoded);
    if (hasDefect(Defect::HtmlErrorWith200)) {
        const QString key = requestUrl.toString(QUrl::FullyEncoded);
        if (!m_htmlServed.contains(key)) {
            m_htmlServed.insert(key);
            responder.write(
                QByteArray("<!DOCTYPE html><html><body><p>Ein Fehler ist aufgetreten.</p></body></html>"),
                baseHeaders("text/html; charset=utf-8"),
                Status::Ok);
            return;
        }
    }

    // Filters: each date is compared as a QDateTime; everything but page is carried into links.
    QDateTime bounds[4]; // modified_since, modified_until, created_since, created_until
    static const QLatin1String names[4] = {QLatin1String("modified_since"),
                                           QLatin1String("modified_until"),
                                           QLatin1String("created_since"),
                                           QLatin1String("created_until")};
    int page = 1;
    int perPage = m_pageSize;
    Query carried;
    static const QRegularExpression fractional(QStringLiteral("T\\d\\d:\\d\\d:\\d\\d[.,]"));
    for (const auto &[key, value] : parseQuery(requestUrl.query(QUrl::FullyEncoded))) {
        if (key == QLatin1String("page")) {
            page = std::max(1, value.toInt());
            continue;
        }
        carried.append({key, value});
        const auto *name = std::find(std::begin(names), std::end(names), key);
        if (name != std::end(names)) {
            const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!t.isValid() || (hasDefect(Defect::RejectFractionalSeconds) && value.contains(fractional))) {
                writeError(
                    responder, Status::BadRequest, 400, QStringLiteral("Ungültiger Wert für %1").arg(key));
                return;
            }
            bounds[name - std::begin(names)] = t;
        } else if (key == QLatin1String("limit") && value.toInt() > 0) {
            perPage = std::min(value.toInt(), m_pageSize); // real servers cap limit
        }
    }
    if (hasDefect(Defect::NextDropsFilters)) {
        carried.clear();
    }

    std::vector<Item> items;
    if (kind.isEmpty()) {
        items.push_back({bodyObject(), m_started, m_started, false});
    } else {
        for (const Entry &e : m_entries) {
            if (e.kind == kind) {
                items.push_back({render(e, true), e.created, e.modified, e.deleted});
            }
        }
    }
    const auto outside = [&](const Item &i) {
        // Deleted objects only show up for clients that ask what changed since a time.
        return (i.deleted && !bounds[0].isValid()) || (bounds[0].isValid() && i.modified < bounds[0]) ||
            (bounds[1].isValid() && i.modified > bounds[1]) ||
            (bounds[2].isValid() && i.created < bounds[2]) || (bounds[3].isValid() && i.created > bounds[3]);
    };
    std::erase_if(items, outside);

    if (items.empty() && bounds[0].isValid()) {
        if (hasDefect(Defect::EmptyModifiedSince404)) {
            writeError(responder, Status::NotFound, 802, QStringLiteral("Keine Daten"));
            return;
        }
        if (hasDefect(Defect::EmptyModifiedSinceBareArray)) {
            writeJson(responder, QByteArray("[]"));
            return;
        }
    }

    const int total = int(items.size());
    const int totalPages = std::max(1, (total + perPage - 1) / perPage);
    QJsonArray data;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i) {
        data.append(items[size_t(i)].json);
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
    writeJson(responder, body);
}

void OParlServer::serveFile(const QHttpServerRequest &request,
                            QHttpServerResponder &responder,
                            const QString &fileId,
                            bool download)
{
    const Entry *e = find(fileId);
    if (!e || e->deleted) {
        writeError(responder, Status::Gone, 410, QStringLiteral("Datei gelöscht"));
        return;
    }
    const Blob &b = m_blobs[fileId];
    QHttpHeaders h = baseHeaders(hasDefect(Defect::WrongPdfContentType)
                                     ? QByteArray("application/octetstream; charset=UTF-8")
                                     : b.mimeType);
    const QString lastModified = httpDate(b.lastModified);
    h.append(QHttpHeaders::WellKnownHeader::ETag, b.etag);
    h.append(QHttpHeaders::WellKnownHeader::LastModified, lastModified);
    h.append(QHttpHeaders::WellKnownHeader::AcceptRanges, "bytes");
    if (download) {
        h.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                 QLatin1String("attachment; filename=\"") + b.accessPath.section(QLatin1Char('/'), -1) +
                     QLatin1Char('"'));
    }

    const QHttpHeaders &in = request.headers();
    const QByteArray ifNoneMatch = in.value(QHttpHeaders::WellKnownHeader::IfNoneMatch).toByteArray();
    for (const QByteArray &tag : ifNoneMatch.split(',')) {
        if (tag.trimmed() == b.etag || tag.trimmed() == "*") {
            responder.write(h, Status::NotModified);
            return;
        }
    }

    // A Range is honoured unless If-Range names another version; then the whole file comes.
    static const QRegularExpression rangeRe(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const QRegularExpressionMatch range =
        rangeRe.match(QString::fromLatin1(in.value(QHttpHeaders::WellKnownHeader::Range).trimmed()));
    const QByteArrayView ifRange = in.value(QHttpHeaders::WellKnownHeader::IfRange).trimmed();
    const bool sameVersion = ifRange.isEmpty() || ifRange == b.etag || ifRange == lastModified.toLatin1();
    if (!range.hasMatch() || !sameVersion) {
        responder.write(b.bytes, h, Status::Ok);
        return;
    }
    const qint64 size = b.bytes.size();
    const qint64 first = range.captured(1).toLongLong();
    const qint64 last =
        range.captured(2).isEmpty() ? size - 1 : std::min(size - 1, range.captured(2).toLongLong());
    if (first >= size || last < first) {
        h.append(QHttpHeaders::WellKnownHeader::ContentRange, QStringLiteral("bytes */%1").arg(size));
        responder.write(QByteArray(), h, Status::RequestRangeNotSatisfiable);
        return;
    }
    h.append(QHttpHeaders::WellKnownHeader::ContentRange,
             QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(size));
    responder.write(b.bytes.mid(first, last - first + 1), h, Status::PartialContent);
}

} // namespace Ratsmappe::Demo
