// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlserver.h"

#include "oparlrules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QThread>
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

// Fields whose ids are served as embedded objects, as OParl's schema embeds them.
struct EmbedField
{
    QLatin1String kind;
    QLatin1String field;
};

constexpr EmbedField embedFields[] = {
    {QLatin1String("Meeting"), QLatin1String("agendaItem")},
    {QLatin1String("Meeting"), QLatin1String("invitation")},
    {QLatin1String("Meeting"), QLatin1String("resultsProtocol")},
    {QLatin1String("Meeting"), QLatin1String("verbatimProtocol")},
    {QLatin1String("Meeting"), QLatin1String("auxiliaryFile")},
    {QLatin1String("Meeting"), QLatin1String("location")},
    {QLatin1String("Paper"), QLatin1String("mainFile")},
    {QLatin1String("Paper"), QLatin1String("auxiliaryFile")},
    {QLatin1String("Paper"), QLatin1String("consultation")},
    {QLatin1String("Paper"), QLatin1String("location")},
    {QLatin1String("AgendaItem"), QLatin1String("auxiliaryFile")},
    {QLatin1String("AgendaItem"), QLatin1String("resolutionFile")},
    {QLatin1String("Person"), QLatin1String("membership")},
    {QLatin1String("Organization"), QLatin1String("location")},
};

bool isEmbedField(const QString &kind, const QString &field)
{
    return std::any_of(std::begin(embedFields), std::end(embedFields), [&](const EmbedField &f) {
        return f.kind == kind && f.field == field;
    });
}

// Kinds that OParl 1.0 only serves embedded in their parents.
bool embeddedOnlyIn10(QLatin1String kind)
{
    return kind != QLatin1String("Organization") && kind != QLatin1String("Person") &&
        kind != QLatin1String("Meeting") && kind != QLatin1String("Paper");
}

struct DefectName
{
    OParlServer::Defect defect;
    QLatin1String name;
};

constexpr DefectName defectNames[] = {
    {OParlServer::Defect::EmptyModifiedSince404, QLatin1String("empty-modified-since-404")},
    {OParlServer::Defect::EmptyModifiedSinceBareArray, QLatin1String("empty-modified-since-bare-array")},
    {OParlServer::Defect::DeletedWithoutType, QLatin1String("deleted-without-type")},
    {OParlServer::Defect::TransientErrors, QLatin1String("transient-errors")},
    {OParlServer::Defect::RawControlChars, QLatin1String("raw-control-chars")},
    {OParlServer::Defect::SelfLoopNext, QLatin1String("self-loop-next")},
    {OParlServer::Defect::EndlessPagination, QLatin1String("endless-pagination")},
    {OParlServer::Defect::RejectFractionalSeconds, QLatin1String("reject-fractional-seconds")},
    {OParlServer::Defect::HtmlErrorWith200, QLatin1String("html-error-with-200")},
    {OParlServer::Defect::WrongPdfContentType, QLatin1String("wrong-pdf-content-type")},
    {OParlServer::Defect::NextDropsFilters, QLatin1String("next-drops-filters")},
    {OParlServer::Defect::RedirectDropsQuery, QLatin1String("redirect-drops-query")},
    {OParlServer::Defect::Latency, QLatin1String("latency")},
    {OParlServer::Defect::TruncatedBodies, QLatin1String("truncated-bodies")},
};

QString queryValue(const QUrl &url, const QString &key)
{
    for (const auto &[k, v] : parseQuery(url.query(QUrl::FullyEncoded))) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

} // namespace

QString OParlServer::defectName(Defect d)
{
    for (const DefectName &n : defectNames) {
        if (n.defect == d) {
            return n.name;
        }
    }
    return {};
}

std::optional<OParlServer::Defect> OParlServer::defectFromName(const QString &name)
{
    for (const DefectName &n : defectNames) {
        if (n.name == name) {
            return n.defect;
        }
    }
    return std::nullopt;
}

QList<OParlServer::Defect> OParlServer::allDefects()
{
    QList<Defect> all;
    for (const DefectName &n : defectNames) {
        all.append(n.defect);
    }
    return all;
}

OParlServer::OParlServer(int pageSize, quint16 port)
    : m_pageSize(std::max(1, pageSize))
    , m_started(wholeSeconds(QDateTime::currentDateTimeUtc()))
{
    m_http.setMissingHandler(&m_http,
                             [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                 handle(request, responder);
                             });
    if (m_tcp.listen(QHostAddress::LocalHost, port)) {
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

void OParlServer::setVersion(const QString &version)
{
    m_version = version == QLatin1String("1.0") ? version : QStringLiteral("1.1");
    if (m_version == QLatin1String("1.0")) {
        m_embed = true; // 1.0 has no other way to serve the children
    }
}

void OParlServer::setBodyName(const QString &name, const QString &shortName)
{
    m_bodyName = name;
    m_bodyShortName = shortName;
}

QString OParlServer::typeUri(const QString &kind) const
{
    return QLatin1String("https://schema.oparl.org/") + m_version + QLatin1Char('/') + kind;
}

bool OParlServer::hasExternalList(const QString &kind) const
{
    const Kind *k = kindByName(kind);
    return k && (m_version != QLatin1String("1.0") || !embeddedOnlyIn10(k->name));
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
    Entry e{id, kind, fields, {}, wholeSeconds(modified.isValid() ? modified : now()), false, false};
    e.created = created.isValid() ? wholeSeconds(created) : e.modified;
    e.nonPublic = isNonPublic(fields);
    if (Entry *old = find(id)) {
        *old = e;
    } else {
        m_index.insert(id, m_entries.size());
        m_byKind[kind].push_back(m_entries.size());
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
        if (it.value().isNull()) {
            e->fields.remove(it.key());
        } else {
            e->fields.insert(it.key(), it.value());
        }
    }
    e->nonPublic = isNonPublic(e->fields);
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
    reindex();
}

void OParlServer::reindex()
{
    m_index.clear();
    m_byKind.clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries[i].id, i);
        m_byKind[m_entries[i].kind].push_back(i);
    }
    m_blobPaths.clear();
    for (auto it = m_blobs.cbegin(); it != m_blobs.cend(); ++it) {
        m_blobPaths.insert(it->accessPath, it.key());
        m_blobPaths.insert(it->downloadPath, it.key());
    }
}

OParlServer::Blob &OParlServer::blobFor(const QString &fileId, const QString &mimeType)
{
    Blob &b = m_blobs[fileId];
    if (b.number == 0) {
        b.number = int(m_blobs.size());
        const Entry *e = find(fileId);
        const QString name =
            e->fields.value(QLatin1String("fileName")).toString(QStringLiteral("datei-%1.pdf").arg(b.number));
        b.accessPath = QStringLiteral("/files/%1/%2").arg(b.number).arg(name);
        b.downloadPath = QStringLiteral("/files/%1/download/%2").arg(b.number).arg(name);
        m_blobPaths.insert(b.accessPath, fileId);
        m_blobPaths.insert(b.downloadPath, fileId);
    }
    b.mimeType = mimeType.toUtf8();
    b.lastModified = now();
    // The ETag changes with every call, even for equal bytes: a re-upload is a new version.
    b.etag = '"' + QByteArray::number(b.number) + '-' + QByteArray::number(++m_etagCounter) + '"';
    return b;
}

void OParlServer::publishBlob(const QString &fileId,
                              const Blob &b,
                              const QByteArray &sha512,
                              bool bumpModified)
{
    QJsonObject fields{
        {QStringLiteral("accessUrl"), QUrl(url(b.accessPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("downloadUrl"), QUrl(url(b.downloadPath)).toString(QUrl::FullyEncoded)},
        {QStringLiteral("mimeType"), QString::fromUtf8(b.mimeType)},
        {QStringLiteral("size"), b.size}};
    if (m_checksums && !sha512.isEmpty()) {
        fields.insert(QLatin1String("sha512Checksum"), QString::fromLatin1(sha512.toHex()));
    }
    change(fileId, fields, bumpModified);
}

void OParlServer::setFileBytes(const QString &fileId, const QByteArray &bytes, const QString &mimeType)
{
    const Entry *e = find(fileId);
    Q_ASSERT_X(e && e->kind == QLatin1String("File"), "OParlServer::setFileBytes", qPrintable(fileId));
    if (!e) {
        return;
    }
    Blob &b = blobFor(fileId, mimeType);
    b.bytes = bytes;
    b.path.clear();
    b.size = bytes.size();
    publishBlob(
        fileId, b, m_checksums ? QCryptographicHash::hash(bytes, QCryptographicHash::Sha512) : QByteArray());
}

void OParlServer::setFilePath(const QString &fileId,
                              const QString &path,
                              const QString &mimeType,
                              bool bumpModified)
{
    const Entry *e = find(fileId);
    Q_ASSERT_X(e && e->kind == QLatin1String("File"), "OParlServer::setFilePath", qPrintable(fileId));
    if (!e) {
        return;
    }
    Blob &b = blobFor(fileId, mimeType);
    b.bytes.clear();
    b.path = path;
    b.size = QFileInfo(path).size();
    // Many File records share one document on disk: each is hashed once.
    QByteArray sha512 = m_checksums ? m_pathChecksums.value(path) : QByteArray();
    if (m_checksums && sha512.isEmpty()) {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha512);
        if (f.open(QIODevice::ReadOnly) && hash.addData(&f)) {
            sha512 = hash.result();
            m_pathChecksums.insert(path, sha512);
        }
    }
    publishBlob(fileId, b, sha512, bumpModified);
}

QJsonObject OParlServer::object(const QString &id) const
{
    const Entry *e = find(id);
    return e ? render(*e, false, true) : QJsonObject();
}

QJsonObject OParlServer::stateDump() const
{
    QJsonObject all;
    for (const Entry &e : m_entries) {
        if (!e.deleted) {
            all.insert(e.id, render(e, false, true, -1));
        }
    }
    return all;
}

QStringList OParlServer::deletedIds() const
{
    QStringList result;
    for (const Entry &e : m_entries) {
        if (e.deleted) {
            result.append(e.id);
        }
    }
    return result;
}

int OParlServer::objectCount(const QString &kind) const
{
    return kind.isEmpty() ? int(m_entries.size()) : int(m_byKind.value(kind).size());
}

QStringList OParlServer::ids(const QString &kind) const
{
    QStringList result;
    for (size_t i : m_byKind.value(kind)) {
        result.append(m_entries[i].id);
    }
    return result;
}

void OParlServer::addToken(const QString &token)
{
    m_accounts.insert(token, Account{token, false, false, {}});
}

void OParlServer::addUser(const QString &name, const QString &password)
{
    m_accounts.insert(name, Account{password, true, false, {}});
}

bool OParlServer::revoke(const QString &tokenOrUser, const QString &reason)
{
    auto it = m_accounts.find(tokenOrUser);
    if (it == m_accounts.end()) {
        return false;
    }
    it->revoked = true;
    it->reason = reason;
    return true;
}

OParlServer::Access OParlServer::access(const QHttpServerRequest &request, QString *reason) const
{
    const QByteArray header =
        request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray().trimmed();
    if (header.isEmpty()) {
        return Access::Anonymous;
    }
    QString key;
    QString secret;
    bool basic = false;
    if (header.startsWith("Bearer ")) {
        key = secret = QString::fromUtf8(header.mid(7).trimmed());
    } else if (header.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon < 0) {
            return Access::Invalid;
        }
        key = QString::fromUtf8(pair.left(colon));
        secret = QString::fromUtf8(pair.mid(colon + 1));
        basic = true;
    } else {
        return Access::Invalid;
    }
    const auto it = m_accounts.constFind(key);
    if (it == m_accounts.cend() || it->basic != basic || it->secret != secret) {
        return Access::Invalid;
    }
    if (it->revoked) {
        *reason = it->reason;
        return Access::Revoked;
    }
    return Access::Member;
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
    } else if (d == Defect::TruncatedBodies) {
        m_truncatedServed.clear();
    }
}

OParlServer::Entry *OParlServer::find(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

const OParlServer::Entry *OParlServer::find(const QString &id) const
{
    return const_cast<OParlServer *>(this)->find(id);
}

// depth < 0: children stay ids (the stored form); else embedding goes two levels deep
// (Meeting → AgendaItem → File), as far as OParl's schema nests.
QJsonObject OParlServer::render(const Entry &e, bool inList, bool member, int depth) const
{
    QJsonObject o = e.fields;
    if (e.deleted) {
        o.insert(QLatin1String("id"), e.id);
        o.insert(QLatin1String("deleted"), true);
        if (!inList || !hasDefect(Defect::DeletedWithoutType)) {
            o.insert(QLatin1String("type"), typeUri(e.kind));
        }
    } else if (m_embed && depth >= 0 && depth < 2) {
        for (auto it = o.begin(); it != o.end();) {
            if (!isEmbedField(e.kind, it.key())) {
                ++it;
                continue;
            }
            const QJsonValue value = embedded(it.value(), member, depth + 1);
            if (value.isUndefined()) {
                it = o.erase(it);
            } else {
                it.value() = value;
                ++it;
            }
        }
    }
    o.insert(QLatin1String("created"), iso(e.created));
    o.insert(QLatin1String("modified"), iso(e.modified));
    return o;
}

// Ids of known children become their objects; deleted children and, for anonymous requests,
// non-public ones are left out (undefined for a single child that is left out).
QJsonValue OParlServer::embedded(const QJsonValue &value, bool member, int depth) const
{
    const auto one = [&](const QJsonValue &v) -> QJsonValue {
        const Entry *child = v.isString() ? find(v.toString()) : nullptr;
        if (!child) {
            return v;
        }
        if (child->deleted || (child->nonPublic && !member)) {
            return QJsonValue(QJsonValue::Undefined);
        }
        return render(*child, false, member, depth);
    };
    if (!value.isArray()) {
        return one(value);
    }
    QJsonArray result;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonValue r = one(v);
        if (!r.isUndefined()) {
            result.append(r);
        }
    }
    return result;
}

QJsonObject OParlServer::systemObject() const
{
    return {{QStringLiteral("id"), systemUrl().toString()},
            {QStringLiteral("type"), typeUri(QStringLiteral("System"))},
            {QStringLiteral("oparlVersion"),
             QString(QLatin1String("https://schema.oparl.org/") + m_version + u'/')},
            {QStringLiteral("body"), url(QStringLiteral("oparl/bodies"))},
            {QStringLiteral("name"), QStringLiteral("Ratsmappe Demo-RIS")},
            {QStringLiteral("vendor"), QStringLiteral("https://invent.kde.org/ratsmappe")},
            {QStringLiteral("product"), QStringLiteral("ratsmappe-demo-server")},
            {QStringLiteral("created"), iso(m_started)},
            {QStringLiteral("modified"), iso(m_started)}};
}

QJsonObject OParlServer::bodyObject(bool member) const
{
    QJsonObject body{{QStringLiteral("id"), bodyId()},
                     {QStringLiteral("type"), typeUri(QStringLiteral("Body"))},
                     {QStringLiteral("system"), systemUrl().toString()},
                     {QStringLiteral("name"), m_bodyName},
                     {QStringLiteral("shortName"), m_bodyShortName},
                     {QStringLiteral("created"), iso(m_started)},
                     {QStringLiteral("modified"), iso(m_started)}};
    for (const Kind &k : kinds) {
        if (hasExternalList(k.name)) {
            body.insert(k.list, listUrl(k.name));
        }
    }
    // Both versions embed the legislative terms in the Body.
    QJsonArray terms;
    for (size_t i : m_byKind.value(QStringLiteral("LegislativeTerm"))) {
        if (!m_entries[i].deleted) {
            terms.append(render(m_entries[i], false, member));
        }
    }
    body.insert(QLatin1String("legislativeTerm"), terms);
    return body;
}

void OParlServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QUrl requestUrl = request.url();
    if (m_admin && requestUrl.path().startsWith(QLatin1String("/admin/"))) {
        handleAdmin(request, responder);
        return;
    }
    m_log.append(
        requestUrl.path(QUrl::FullyEncoded) +
        (requestUrl.hasQuery() ? QLatin1Char('?') + requestUrl.query(QUrl::FullyEncoded) : QString()));

    if (hasDefect(Defect::Latency)) {
        QThread::msleep(ulong(m_latencyMs));
    }
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
    QString reason;
    const Access who = access(request, &reason);
    if (who == Access::Invalid) {
        QHttpHeaders headers = baseHeaders("application/json");
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate,
                       "Bearer realm=\"oparl\", Basic realm=\"oparl\"");
        const QJsonObject error{{QStringLiteral("code"), QStringLiteral("ratsmappe:unauthorized")},
                                {QStringLiteral("message"), QStringLiteral("Anmeldung fehlgeschlagen")}};
        responder.write(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact),
            headers,
            Status::Unauthorized);
        return;
    }
    if (who == Access::Revoked) {
        const QJsonObject error{{QStringLiteral("code"), QStringLiteral("ratsmappe:revoked")},
                                {QStringLiteral("message"),
                                 reason.isEmpty() ? QStringLiteral("Der Zugang wurde widerrufen.") : reason}};
        writeJson(responder, QJsonObject{{QStringLiteral("error"), error}}, Status::Forbidden);
        return;
    }
    const bool member = who == Access::Member;

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
        serveList(QString(), requestUrl, member, responder);
        return;
    }
    if (path == QLatin1String("/oparl/body/1")) {
        writeJson(responder, bodyObject(member));
        return;
    }
    for (const Kind &k : kinds) {
        if (path == QLatin1String("/oparl/body/1/") + k.list && hasExternalList(k.name)) {
            serveList(k.name, requestUrl, member, responder);
            return;
        }
    }
    if (const auto blob = m_blobPaths.constFind(path); blob != m_blobPaths.cend()) {
        const Entry *e = find(*blob);
        if (e && e->nonPublic && !member) {
            writeError(responder, Status::NotFound, 404, QStringLiteral("Nicht gefunden"));
            return;
        }
        serveFile(request, responder, *blob, path == m_blobs.value(*blob).downloadPath);
        return;
    }
    if (const Entry *e = find(url(path)); e && (member || !e->nonPublic)) {
        writeJson(responder, render(*e, false, member));
        return;
    }
    writeError(responder, Status::NotFound, 404, QStringLiteral("Nicht gefunden"));
}

void OParlServer::handleAdmin(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const QString id = queryValue(request.url(), QStringLiteral("id"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto done = [&](const QJsonObject &answer = {}) {
        writeJson(responder, answer.isEmpty() ? QJsonObject{{QStringLiteral("ok"), true}} : answer);
    };
    const auto fail = [&](Status status, const QString &message) {
        writeError(responder, status, int(status), message);
    };

    if (path == QLatin1String("/admin/state") && request.method() == Method::Get) {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            accounts.insert(it->basic ? it.key()
                                      : QStringLiteral("token:") + it.key().left(4) + QStringLiteral("…"),
                            QJsonObject{{QStringLiteral("revoked"), it->revoked}});
        }
        done({{QStringLiteral("objects"), stateDump()},
              {QStringLiteral("accounts"), accounts},
              {QStringLiteral("deleted"), QJsonArray::fromStringList(deletedIds())},
              {QStringLiteral("requests"), requestCount()}});
        return;
    }
    if (path == QLatin1String("/admin/requests")) {
        if (request.method() == Method::Delete) {
            resetLog();
            done();
        } else {
            done({{QStringLiteral("count"), requestCount()},
                  {QStringLiteral("log"), QJsonArray::fromStringList(m_log)}});
        }
        return;
    }
    if (path == QLatin1String("/admin/objects")) {
        if (request.method() == Method::Post) {
            const QString kind = body.value(QLatin1String("kind")).toString();
            if (!kindByName(kind)) {
                fail(Status::BadRequest, QStringLiteral("unknown kind “%1”").arg(kind));
                return;
            }
            const QString newId = add(kind, body.value(QLatin1String("fields")).toObject());
            writeJson(responder, QJsonObject{{QStringLiteral("id"), newId}}, Status::Created);
            return;
        }
        const Entry *e = find(id);
        if (!e || e->deleted) {
            fail(Status::NotFound, QStringLiteral("no live object “%1”").arg(id));
            return;
        }
        if (request.method() == Method::Patch) {
            change(id, body);
            done(object(id));
        } else if (request.method() == Method::Delete) {
            remove(id);
            done();
        } else {
            fail(Status::MethodNotAllowed, QStringLiteral("POST, PATCH or DELETE"));
        }
        return;
    }
    if (path == QLatin1String("/admin/files") && request.method() == Method::Put) {
        const Entry *e = find(id);
        if (!e || e->deleted || e->kind != QLatin1String("File")) {
            fail(Status::NotFound, QStringLiteral("no live File “%1”").arg(id));
            return;
        }
        const QByteArray type =
            request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray();
        setFileBytes(id,
                     request.body(),
                     type.isEmpty() ? QStringLiteral("application/pdf") : QString::fromLatin1(type));
        done(object(id));
        return;
    }
    if (path == QLatin1String("/admin/revoke") && request.method() == Method::Post) {
        const QString who = body.value(QLatin1String("account")).toString();
        if (!revoke(who, body.value(QLatin1String("reason")).toString())) {
            fail(Status::NotFound, QStringLiteral("no such account"));
            return;
        }
        done();
        return;
    }
    fail(Status::NotFound, QStringLiteral("unknown admin endpoint"));
}

void OParlServer::serveList(const QString &kind,
                            const QUrl &requestUrl,
                            bool member,
                            QHttpServerResponder &responder)
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
            bounds[filter - std::begin(names)] = t;
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

    // The bytes from memory or from disk, [first, first + length).
    const auto read = [&b](qint64 first, qint64 length) {
        if (b.path.isEmpty()) {
            return b.bytes.mid(first, length);
        }
        QFile f(b.path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(first)) {
            return QByteArray();
        }
        return f.read(length);
    };

    // A Range is honoured unless If-Range names another version; then the whole file comes.
    static const QRegularExpression rangeRe(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const QRegularExpressionMatch range =
        rangeRe.match(QString::fromLatin1(in.value(QHttpHeaders::WellKnownHeader::Range).trimmed()));
    const QByteArrayView ifRange = in.value(QHttpHeaders::WellKnownHeader::IfRange).trimmed();
    const bool sameVersion = ifRange.isEmpty() || ifRange == b.etag || ifRange == lastModified.toLatin1();
    const qint64 size = b.size;
    if (!range.hasMatch() || !sameVersion) {
        responder.write(read(0, size), h, Status::Ok);
        return;
    }
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
    responder.write(read(first, last - first + 1), h, Status::PartialContent);
}

} // namespace Ratsmappe::Demo
