// SPDX-License-Identifier: GPL-2.0-or-later
// The OParl client's defenses, each against a defect real servers have.

#include "oparlclient.h"
#include "oparlserver.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Ratsmappe;

class OParlClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void repairsRawControlCharacters()
    {
        const QByteArray broken = "{\"name\":\"Zeile 1\nZeile 2\t\x01\",\"ok\":\"a\\\"b\"}\n";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(OParlClient::repairJson(broken), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Zeile 1\nZeile 2\t\x01"));
        QCOMPARE(doc.object().value(QLatin1String("ok")).toString(), QStringLiteral("a\"b"));
        // Whitespace between tokens stays as it is.
        QVERIFY(OParlClient::repairJson(broken).endsWith("}\n"));
    }

    void followsOwnHostOnly()
    {
        Demo::OParlServer server;
        QNetworkAccessManager network;
        OParlClient client(network, server.systemUrl());
        QVERIFY(client.isOwnHost(QUrl(server.url(QStringLiteral("oparl/body/1")))));
        QVERIFY(!client.isOwnHost(QUrl(QStringLiteral("http://example.org/oparl/body/1"))));
        QVERIFY(!client.isOwnHost(QUrl(QStringLiteral("https://127.0.0.1/oparl/body/1"))));
        const OParlClient::Reply r = client.get(QUrl(QStringLiteral("http://example.org/oparl/body/1")));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("example.org")));
        QCOMPARE(client.requestCount(), 0); // not even tried
        QCOMPARE(server.requestCount(), 0);
    }

    void retriesTransientFailures()
    {
        Demo::OParlServer server;
        server.setDefect(Demo::OParlServer::Defect::TransientErrors);
        QNetworkAccessManager network;
        OParlClient client(network, server.systemUrl());
        client.setRetryPolicy({4, 1, 10000});
        for (int i = 0; i < 6; ++i) {
            QVERIFY(client.get(server.systemUrl()).ok());
        }
        QCOMPARE(client.requestCount(), server.requestCount());
        QVERIFY(client.requestCount() > 6); // the 503s were retried
    }

    void reportsHtmlErrorPages()
    {
        Demo::OParlServer server;
        server.setDefect(Demo::OParlServer::Defect::HtmlErrorWith200);
        QNetworkAccessManager network;
        OParlClient client(network, server.systemUrl());
        client.setRetryPolicy({1, 1, 10000}); // no retry: the HTML answer itself is reported
        const OParlClient::Reply r = client.get(QUrl(server.listUrl(QStringLiteral("Paper"))));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("JSON")), qPrintable(r.error));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(OParlClientTest)
#include "tst_oparlclient.moc"
