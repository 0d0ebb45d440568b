// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the demo town sync tests (tst_demo_sync, tst_demo_members) share: the small town on a
// real OParl server on loopback, its admin endpoints, new caches, and comparing a cache with
// what the server shows.

#include "cache.h"
#include "objectstore.h"
#include "oparlserver.h"
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

// The server's live objects a client of this kind may see: by id, their modified.
inline QHash<QString, QString> visible(const QJsonObject &dump, bool member)
{
    QHash<QString, QString> result;
    for (auto it = dump.begin(); it != dump.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const bool nonPublic = o.value(QLatin1String("public")) == QJsonValue(false) ||
            o.value(Demo::OParlServer::nonPublicProperty()).toBool();
        if (member || !nonPublic) {
            result.insert(it.key(), o.value(QLatin1String("modified")).toString());
        }
    }
    return result;
}

// The cache equals what the server shows this client: same live ids, same modified.
inline void compareWithServer(Cache &cache, const QJsonObject &dump, bool member)
{
    const QHash<QString, QString> server = visible(dump, member);
    ObjectStore objects(cache.database());
    qint64 cacheLive = 0;
    for (const ObjectKind kind : AllObjectKinds) {
        if (kind != ObjectKind::Body) {
            cacheLive += objects.count(kind);
        }
    }
    for (auto it = server.begin(); it != server.end(); ++it) {
        const QJsonObject o = dump.value(it.key()).toObject();
        const auto stored =
            objects.get(Test::objectKindOfType(o.value(QLatin1String("type")).toString()), it.key());
        QVERIFY2(stored && !stored->deleted, qPrintable(QLatin1String("missing in the cache: ") + it.key()));
        QCOMPARE(QDateTime::fromString(stored->data.value(QLatin1String("modified")).toString(), Qt::ISODate),
                 QDateTime::fromString(it.value(), Qt::ISODate));
    }
    QCOMPARE(cacheLive, qint64(server.size()));
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
        auto server = std::make_unique<Demo::OParlServer>(50);
        server->setEmbedChildren(true);
        server->addToken(QLatin1String(Token));
        Demo::TownOptions options;
        options.seed = 7;
        options.size = Demo::TownSize::Small;
        Demo::populateTown(*server, options);
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
