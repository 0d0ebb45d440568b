// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Ratsmappe {

/// Fetches OParl JSON, one request at a time, the way real servers need it: a transfer
/// timeout, retries with backoff for transient failures (timeouts, 429, 5xx), repair of raw
/// control characters inside strings, no answer larger than MaxJsonBytes, and no request to
/// any host but the server's own.
/// Blocks the caller with a local event loop, so the engine reads like the protocol.
class OParlClient
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::OParlClient)
public:
    struct Reply
    {
        QJsonDocument json; ///< valid only when ok
        int status = 0; ///< HTTP status, 0 when there was no answer
        QString error; ///< translated, for the skip report
        QDateTime date; ///< the server's clock (its Date header) when it answered; invalid when it sent none
        /// Why there was no answer (status 0): refused, not found, timed out, TLS, …
        QNetworkReply::NetworkError network = QNetworkReply::NoError;
        bool ok() const { return error.isEmpty(); }
    };

    struct RetryPolicy
    {
        int attempts = 4;
        int firstDelayMs = 500; ///< doubled each time
        int timeoutMs = 180000; ///< real servers take a minute for some pages
    };

    /// The largest JSON answer read. A real list page is a few MB at most; a larger answer is
    /// aborted as soon as its Content-Length or the bytes received pass this (memory stays
    /// bounded), and reported as not read.
    static constexpr qint64 MaxJsonBytes = 32 * 1024 * 1024;

    OParlClient(QNetworkAccessManager &network, const QUrl &origin);
    ~OParlClient();
    OParlClient(const OParlClient &) = delete;
    OParlClient &operator=(const OParlClient &) = delete;

    Reply get(const QUrl &url);
    /// Starts fetching \a url now, so that a later get(url) finds it (partly) done: the server
    /// renders the next list page while the caller stores this one. One at a time.
    void prefetch(const QUrl &url);
    /// True when \a url is on the server's own scheme, host and port.
    bool isOwnHost(const QUrl &url) const;
    int requestCount() const { return m_requests; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /// Sent as the Authorization header with every request (all go to the own host only).
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    /// The server answered with the revocation answer of the authentication extension.
    bool isRevoked() const { return m_revoked; }
    QString revocationMessage() const { return m_revocationMessage; }
    /// The server answered 401: the credentials are wrong (nothing is wiped for that).
    bool credentialsRejected() const { return m_rejected; }

    /// Escapes raw control characters inside JSON strings (a defect of real servers).
    static QByteArray repairJson(const QByteArray &bytes);
    /// An HTTP Date header (IMF-fixdate, or the obsolete RFC 850 and asctime forms); invalid
    /// when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);

private:
    Reply getOnce(const QUrl &url, bool *transient);
    QNetworkRequest request(const QUrl &url) const;
    /// Starts a GET that aborts itself once its answer is known to pass MaxJsonBytes.
    QNetworkReply *send(const QNetworkRequest &request);

    QNetworkAccessManager &m_network;
    QUrl m_origin;
    RetryPolicy m_policy;
    int m_requests = 0;
    QByteArray m_authorization;
    QNetworkReply *m_prefetch = nullptr;
    QUrl m_prefetchUrl;
    bool m_revoked = false;
    bool m_rejected = false;
    QString m_revocationMessage;
};

} // namespace Ratsmappe
