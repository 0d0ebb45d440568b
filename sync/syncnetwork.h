// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>

namespace Ratsmappe {

class Database;

/// The network access of a sync (and of a sign-in check): the member's proxy and the
/// certificates trusted besides the system's (Settings::ProxyUrl, Settings::ExtraCaCertificates,
/// for towns with a CA of their own) apply to every request it makes, list pages and document
/// downloads alike, without each request having to ask for them.
class SyncNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    /// Takes the proxy and certificates from the cache's settings; none set: the system's.
    void configure(Database &db);
    /// The same from the settings' values, read elsewhere (a proxy URL, PEM certificates).
    void configure(const QString &proxyUrl, const QString &caCertificates);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    QList<QSslCertificate> m_extraCaCertificates;
};

} // namespace Ratsmappe
