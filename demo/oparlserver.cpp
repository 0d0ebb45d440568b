// SPDX-License-Identifier: GPL-2.0-or-later
// The server's construction and configuration, and the routing of OParl requests: log, latency,
// transient errors, authentication answers, then System, Body, lists, file bytes or one object.
#include "oparlserver.h"

#include "demolog.h"
#include "oparlwire.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace Ratsmappe::Demo {

using namespace Wire;

namespace {

// Kinds that OParl 1.0 only serves embedded in their parents.
bool embeddedOnlyIn10(QLatin1String kind)
{
    return kind != QLatin1String("Organization") && kind != QLatin1String("Person") &&
        kind != QLatin1String("Meeting") && kind != QLatin1String("Paper");
}

} // namespace

OParlServer::OParlServer(int pageSize, quint16 port)
    : m_pageSize(std::max(1, pageSize))
    , m_started(wholeSeconds(QDateTime::currentDateTimeUtc()))
{
    m_http.setMissingHandler(&m_http,
                             [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                 Responder answer(responder, [this] { return dateHeader(); });
                                 handle(request, answer);
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

QByteArray OParlServer::dateHeader() const
{
    return hasDefect(Defect::NoDateHeader) ? QByteArray() : httpDate(servedNow()).toLatin1();
}

std::optional<qint64> OParlServer::parseClockOffset(const QString &text)
{
    static const QRegularExpression form(
        QRegularExpression::anchoredPattern(QStringLiteral("([+-])(\\d{1,9})([smhd])")));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 unit = m.captured(3) == QLatin1String("s") ? 1
        : m.captured(3) == QLatin1String("m")               ? 60
        : m.captured(3) == QLatin1String("h")               ? 3600
                                                            : 86400;
    const qint64 seconds = m.captured(2).toLongLong() * unit;
    if (seconds > MaxClockOffset) {
        return std::nullopt;
    }
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

void OParlServer::handle(const QHttpServerRequest &request, Wire::Responder &responder)
{
    QUrl requestUrl = request.url();
    if (m_admin && requestUrl.path().startsWith(QLatin1String("/admin/"))) {
        handleAdmin(request, responder);
        return;
    }
    m_log.append(
        requestUrl.path(QUrl::FullyEncoded) +
        (requestUrl.hasQuery() ? QLatin1Char('?') + requestUrl.query(QUrl::FullyEncoded) : QString()));

    if (request.headers().contains(QHttpHeaders::WellKnownHeader::Authorization)) {
        ++m_credentialedRequests;
    }

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
    // The path and who asked, never the credentials.
    qCDebug(lcDemo) << request.method() << requestUrl.path(QUrl::FullyEncoded)
                    << (who == Access::Member          ? "member"
                            : who == Access::Anonymous ? "anonymous"
                            : who == Access::Revoked   ? "revoked"
                                                       : "invalid credentials");
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

} // namespace Ratsmappe::Demo
