// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncnetwork.h"

#include "settingsstore.h"
#include "synclog.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace Ratsmappe {

void SyncNetwork::configure(Database &db)
{
    const SettingsStore settings(db);
    configure(settings.text(Settings::ProxyUrl), settings.text(Settings::ExtraCaCertificates));
}

void SyncNetwork::configure(const QString &proxyUrl, const QString &caCertificates)
{
    const QUrl proxy(proxyUrl.trimmed());
    if (proxy.isValid() && !proxy.host().isEmpty() && proxy.port() > 0) {
        const auto type =
            proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
        setProxy(
            QNetworkProxy(type, proxy.host(), quint16(proxy.port()), proxy.userName(), proxy.password()));
    } else {
        setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    }
    m_extraCaCertificates = QSslCertificate::fromData(caCertificates.toUtf8(), QSsl::Pem);
    qCDebug(lcSync) << "network: proxy" << (proxy.isValid() ? "set" : "system's") << ","
                    << m_extraCaCertificates.size() << "extra certificates";
}

QNetworkReply *SyncNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    if (m_extraCaCertificates.isEmpty() || request.url().scheme() != QLatin1String("https")) {
        return QNetworkAccessManager::createRequest(op, request, data);
    }
    QNetworkRequest trusting(request);
    QSslConfiguration ssl = trusting.sslConfiguration();
    ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCaCertificates);
    trusting.setSslConfiguration(ssl);
    return QNetworkAccessManager::createRequest(op, trusting, data);
}

} // namespace Ratsmappe
