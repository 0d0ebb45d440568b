// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlclient.h"

#include "credentials.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <utility>

namespace Ratsmappe {

namespace {

// Set on a reply that send() aborted for its size.
constexpr const char *TooLarge = "ratsmappeTooLarge";

} // namespace

OParlClient::OParlClient(QNetworkAccessManager &network, const QUrl &origin)
    : m_network(network)
    , m_origin(origin)
{ }

bool OParlClient::isOwnHost(const QUrl &url) const
{
    return sameOrigin(url, m_origin);
}

OParlClient::Reply OParlClient::get(const QUrl &url)
{
    if (!isOwnHost(url)) {
        Reply r;
        r.error = tr("not followed: the link points to another host (%1)").arg(url.host());
        return r;
    }
    int delay = m_policy.firstDelayMs;
    for (int attempt = 1;; ++attempt) {
        bool transient = false;
        Reply r = getOnce(url, &transient);
        if (r.ok() || !transient || attempt >= m_policy.attempts) {
            return r;
        }
        QThread::msleep(static_cast<unsigned long>(delay));
        delay *= 2;
    }
}

QNetworkRequest OParlClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty()) {
        request.setRawHeader("Authorization", m_authorization); // only the own host is asked
    }
    // Redirects are followed here, not by Qt: some drop the query string on the way.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void OParlClient::prefetch(const QUrl &url)
{
    if (m_prefetch || !isOwnHost(url)) {
        return;
    }
    m_prefetchUrl = url;
    m_prefetch = send(request(url));
}

QNetworkReply *OParlClient::send(const QNetworkRequest &request)
{
    QNetworkReply *reply = m_network.get(request);
    // Qt's network thread stops taking bytes off the socket once this much waits to be read: a
    // huge answer cannot pile up beyond it while this thread is slow to see readyRead, and the
    // check below sees it pass the limit.
    reply->setReadBufferSize(MaxJsonBytes + 1024 * 1024);
    // Nothing is read before the reply finishes, so what is available is everything received.
    const auto check = [reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (reply->isRunning() &&
            (reply->bytesAvailable() > MaxJsonBytes ||
             (length.isValid() && length.toLongLong() > MaxJsonBytes))) {
            reply->setProperty(TooLarge, true);
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, check);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, check);
    return reply;
}

OParlClient::~OParlClient()
{
    if (m_prefetch) {
        m_prefetch->abort();
        m_prefetch->deleteLater();
    }
}

OParlClient::Reply OParlClient::getOnce(const QUrl &url, bool *transient)
{
    ++m_requests;
    QNetworkRequest request = this->request(url);
    // A page asked for ahead of time (prefetch) is this request's first hop.
    QNetworkReply *reply = nullptr;
    if (m_prefetch && m_prefetchUrl == url) {
        reply = std::exchange(m_prefetch, nullptr);
    }
    Reply r;
    for (int hop = 0;; ++hop) {
        if (!reply) {
            reply = send(request);
        }
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        reply->deleteLater();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property(TooLarge).toBool()) {
            r.error = tr("not read: the answer is larger than %1 MiB").arg(MaxJsonBytes / (1024 * 1024));
            return r; // the same answer again would be as large: no retry
        }
        if (r.status < 300 || r.status >= 400 || r.status == 304) {
            break;
        }
        QUrl target =
            request.url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.hasQuery() && request.url().hasQuery()) {
            target.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
        if (hop >= 5 || !isOwnHost(target)) {
            r.error = hop >= 5 ? tr("too many redirects")
                               : tr("not followed: redirected to another host (%1)").arg(target.host());
            return r;
        }
        ++m_requests;
        request.setUrl(target);
        reply = nullptr;
    }
    const QByteArray body = reply->readAll();
    r.date = parseHttpDate(reply->rawHeader("Date"));
    if (reply->error() != QNetworkReply::NoError && r.status == 0) {
        *transient = true;
        r.network = reply->error();
        r.error = tr("no answer: %1").arg(reply->errorString());
        return r;
    }
    if (r.status == 401 || r.status == 403) {
        // The authentication extension: 403 with code ratsmappe:revoked ends the membership.
        const QJsonObject error =
            QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        if (r.status == 403 &&
            error.value(QLatin1String("code")).toString() == QLatin1String("ratsmappe:revoked")) {
            m_revoked = true;
            m_revocationMessage = error.value(QLatin1String("message")).toString();
            r.error = tr("access revoked by the server");
        } else {
            m_rejected = r.status == 401;
            r.error = r.status == 401 ? tr("the server did not accept the credentials (HTTP 401)")
                                      : tr("HTTP status %1").arg(r.status);
        }
        return r;
    }
    if (r.status != 200) {
        *transient = r.status == 429 || r.status >= 500;
        r.error = tr("HTTP status %1").arg(r.status);
        return r;
    }
    QJsonParseError parseError;
    r.json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.json = QJsonDocument::fromJson(repairJson(body), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError || r.json.isNull()) {
        // An HTML error page with status 200, or a body cut short: retrying may help.
        *transient = true;
        r.error = tr("not JSON: %1").arg(parseError.errorString());
    }
    return r;
}

QByteArray OParlClient::repairJson(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
                continue;
            }
        } else if (c == '"') {
            inString = true;
        }
        out += c;
    }
    return out;
}

QDateTime OParlClient::parseHttpDate(const QByteArray &value)
{
    // RFC 9110 5.6.7: recipients accept all three forms; all are in GMT.
    const QString text = QString::fromLatin1(value.simplified());
    static const QString formats[] = {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
                                      QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
                                      QStringLiteral("ddd MMM d HH:mm:ss yyyy")};
    for (const QString &format : formats) {
        QDateTime date = QLocale::c().toDateTime(text, format);
        if (date.isValid()) {
            if (date.date().year() < 1970) { // RFC 850's two-digit year
                date = date.addYears(100);
            }
            date.setTimeZone(QTimeZone::UTC);
            return date;
        }
    }
    return {};
}

} // namespace Ratsmappe
