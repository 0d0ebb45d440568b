// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the demo town sync tests (tst_demo_sync, tst_demo_members) share: the small town on a
// real OParl server on loopback, its admin endpoints, new caches, and comparing a cache with
// what the server shows.

#include "cache.h"
#include "objectstore.h"
#include "oparlserver.h"
#include "servercompare.h"
#include "testutil.h"
#include "town.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Ratsmappe::Test {

struct Http
{
    int status = 0;
    QJsonObject json;
};

/// The admin endpoints, as a script would call them.
inline Http adminCall(const QByteArray &verb,
                      const QString &url,
                      const QByteArray &body = {},
                      const QByteArray &type = "application/json")
{
    static QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

inline QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline qint64 countRows(Cache &cache, const char *sql)
{
    return cache.database().queryInt(sql).value_or(-1);
}

// Everything non-public the cache holds, row by row and inside embedded JSON.
inline qint64 nonPublicRows(Cache &cache)
{
    return countRows(
        cache,
        "SELECT (SELECT count(*) FROM meetings WHERE non_public = 1) + "
        "(SELECT count(*) FROM agenda_items WHERE public = 0) + "
        "(SELECT count(*) FROM papers WHERE non_public = 1) + (SELECT count(*) FROM consultations "
        "WHERE data LIKE '%ratsmappe:nonPublic%') + "
        "(SELECT count(*) FROM files WHERE non_public = 1) + "
        "(SELECT count(*) FROM meetings WHERE data LIKE '%\"public\":false%') + "
        "(SELECT count(*) FROM papers WHERE data LIKE '%ratsmappe:nonPublic%')");
}

/// The demo's small town (seed 7), children embedded, 50 objects a page, no accounts.
inline std::unique_ptr<Demo::OParlServer> smallTown()
{
    auto server = std::make_unique<Demo::OParlServer>(50);
    server->setEmbedChildren(true);
    Demo::TownOptions options;
    options.seed = 7;
    options.size = Demo::TownSize::Small;
    Demo::populateTown(*server, options);
    return server;
}

/// The demo's small town (seed 7) served with a member's token, and caches of the test's own.
class DemoSyncFixture
{
public:
    static constexpr const char *Token = "tok-7f3a9c2e51d84b06";

protected:
    QTemporaryDir m_dir;
    int m_cacheCounter = 0;

    std::unique_ptr<Demo::OParlServer> makeTown()
    {
        auto server = smallTown();
        server->addToken(QLatin1String(Token));
        return server;
    }

    std::unique_ptr<Cache> newCache(QString *dir = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("cache-%1").arg(++m_cacheCounter));
        if (dir) {
            *dir = path;
        }
        return Test::createCache(path);
    }

    QProcessEnvironment env(const QString &cacheDir) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(Test::passphrase().bytes()));
        e.insert(QStringLiteral("RATSMAPPE_CACHE"), cacheDir);
        return e;
    }
};

} // namespace Ratsmappe::Test
