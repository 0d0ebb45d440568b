// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"
#include "credentials.h"
#include "oparlserver.h"
#include "syncengine.h"
#include "syncscope.h"
#include "town.h"

#include <QTest>

#include <memory>

namespace Ratsmappe::Test {

/// The demo's small town as a member sees it (non-public part included), served over real HTTP
/// on loopback port 0 and synced into a real cache: realistic objects for the model tests.
/// The town is generated for a fixed "today", so its meetings and their order do not move.
struct TownCache
{
    static constexpr const char *Token = "tok-model-tests";
    static QDate today() { return QDate(2025, 3, 5); }

    std::unique_ptr<Demo::OParlServer> server;

    /// Fills the server (its PDFs generated into \a pdfDir) and syncs it into \a cache without
    /// documents. Returns false (with a QtTest failure) when the sync is incomplete.
    bool populate(Cache &cache, const QString &pdfDir)
    {
        server = std::make_unique<Demo::OParlServer>(50);
        server->setEmbedChildren(true);
        server->addToken(QLatin1String(Token));
        Demo::TownOptions options;
        options.seed = 7;
        options.size = Demo::TownSize::Small;
        options.today = today();
        options.pdfCacheDir = pdfDir;
        Demo::populateTown(*server, options);
        return sync(cache, false);
    }

    /// Syncs again, downloading the documents of the meetings on \a day only.
    bool downloadDay(Cache &cache, const QDate &day)
    {
        SyncScope scope = SyncScope::load(cache.database());
        scope.from = day;
        scope.until = day;
        scope.save(cache.database());
        return sync(cache, true);
    }

    /// A server URL's changing part (the port) in a stable form, for reference dumps.
    QList<QPair<QString, QString>> stableUrls() const
    {
        return {{server->url(QString()), QStringLiteral("http://demo.invalid/")}};
    }

private:
    bool sync(Cache &cache, bool documents)
    {
        SyncEngine engine(cache);
        engine.setDownloadDocuments(documents);
        ServerCredentials credentials;
        credentials.kind = ServerCredentials::Kind::Token;
        credentials.secret = Token;
        engine.setCredentials(credentials);
        const SyncSummary summary = engine.run(server->systemUrl());
        [&] {
            QVERIFY(summary.complete);
            QVERIFY(summary.skipped.isEmpty());
        }();
        return summary.complete && summary.skipped.isEmpty();
    }
};

} // namespace Ratsmappe::Test
