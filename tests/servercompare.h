// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The cache against the demo server's state dump: the sync's tests end with it.

#include "cache.h"
#include "objectstore.h"
#include "oparlserver.h"
#include "testutil.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTest>

namespace Ratsmappe::Test {

/// The server's live objects a client of this kind may see: by id, their modified.
inline QHash<QString, QString> visibleObjects(const QJsonObject &dump, bool member)
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

/// The cache equals what the server shows this client: the same live ids (every kind but
/// Body), the same modified.
inline void compareWithServer(Cache &cache, const QJsonObject &dump, bool member)
{
    const QHash<QString, QString> server = visibleObjects(dump, member);
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
            objects.get(objectKindOfType(o.value(QLatin1String("type")).toString()), it.key());
        QVERIFY2(stored && !stored->deleted, qPrintable(QLatin1String("missing in the cache: ") + it.key()));
        QCOMPARE(QDateTime::fromString(stored->data.value(QLatin1String("modified")).toString(), Qt::ISODate),
                 QDateTime::fromString(it.value(), Qt::ISODate));
    }
    QCOMPARE(cacheLive, qint64(server.size()));
}

} // namespace Ratsmappe::Test
