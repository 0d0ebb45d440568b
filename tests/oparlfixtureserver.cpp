// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlfixtureserver.h"

#include <QDir>
#include <QFile>
#include <QHttpServerResponder>

namespace Ratsmappe::Test {

OParlFixtureServer::OParlFixtureServer(const QString &folder, const QString &originalPrefix)
    : m_folder(folder)
    , m_originalPrefix(originalPrefix.toUtf8())
{
    m_http.setMissingHandler(&m_http,
                             [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                 ++m_requests;
                                 QString path = request.url().path().mid(1);
                                 if (request.url().hasQuery()) {
                                     path += QLatin1Char('?') + request.url().query(QUrl::FullyDecoded);
                                 }
                                 QFile file(m_folder + QLatin1Char('/') + path + QLatin1String(".json"));
                                 if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
                                     responder.write(QByteArray(R"({"error":"not found"})"),
                                                     "application/json",
                                                     QHttpServerResponder::StatusCode::NotFound);
                                     return;
                                 }
                                 QByteArray body = file.readAll();
                                 body.replace(m_originalPrefix, url().toString().toUtf8());
                                 responder.write(body, "application/json");
                             });
    if (m_tcp.listen(QHostAddress::LocalHost, 0)) {
        m_http.bind(&m_tcp);
    }
}

QUrl OParlFixtureServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_tcp.serverPort()).arg(path));
}

QString sharedFixture(const QString &name)
{
    const QString dir = QStringLiteral(RATSMAPPE_SOURCE_DIR "/../shared/fixtures/") + name;
    return QDir(dir).exists() ? QDir(dir).canonicalPath() : QString();
}

} // namespace Ratsmappe::Test
