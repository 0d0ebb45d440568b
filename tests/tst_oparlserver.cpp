// SPDX-License-Identifier: GPL-2.0-or-later
// The fake OParl server the sync tests drive: its lists, filters, files and defects behave as
// documented, so a failing sync test points at the client, not at the fake.

#include "oparlserver.h"
#include "testmain.h"
#include "testutil.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;
using Defect = Demo::OParlServer::Defect;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    const QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// Date-times in filters must have their '+' percent-encoded.
QString encoded(const QDateTime &t)
{
    return QString::fromLatin1(
        QUrl::toPercentEncoding(t.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600)).toString(Qt::ISODate)));
}

QStringList ids(const QJsonObject &page)
{
    QStringList result;
    for (const QJsonValue &v : page.value(QLatin1String("data")).toArray()) {
        result.append(v.toObject().value(QLatin1String("id")).toString());
    }
    return result;
}

} // namespace

class OParlServerTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    const QDateTime m_t0 = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC);

    Response get(const QString &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request{QUrl(url)};
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            r.headers.insert(name.toLower(), value);
        }
        return r;
    }

    // Follows links.next from url and returns every id, failing after 20 pages.
    QStringList walk(const QString &url, int *pages = nullptr)
    {
        QStringList all;
        QString next = url;
        int n = 0;
        while (!next.isEmpty() && n < 20) {
            const Response r = get(next);
            if (r.status != 200) {
                qWarning() << "walk:" << next << r.status << r.body;
                return {};
            }
            all += ids(r.json());
            next = r.json().value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
            ++n;
        }
        if (pages) {
            *pages = n;
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    void systemAndBody()
    {
        Demo::OParlServer server;
        QVERIFY(server.isListening());
        const Response system = get(server.systemUrl().toString());
        QCOMPARE(system.status, 200);
        QCOMPARE(system.header("content-type"), QByteArray("application/json"));
        QCOMPARE(system.header("access-control-allow-origin"), QByteArray("*"));
        QCOMPARE(system.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("https://schema.oparl.org/1.1/System"));
        QCOMPARE(system.json().value(QLatin1String("oparlVersion")).toString(),
                 QStringLiteral("https://schema.oparl.org/1.1/"));

        const Response bodies = get(system.json().value(QLatin1String("body")).toString());
        QCOMPARE(ids(bodies.json()), QStringList{server.bodyId()});
        const QJsonObject body = get(server.bodyId()).json();
        QCOMPARE(body.value(QLatin1String("paper")).toString(),
                 server.url(QStringLiteral("/oparl/body/1/paper")));
        QCOMPARE(body.value(QLatin1String("locationList")).toString(),
                 server.listUrl(QStringLiteral("Location")));
        QCOMPARE(body.value(QLatin1String("legislativeTermList")).toString(),
                 server.listUrl(QStringLiteral("LegislativeTerm")));

        const QString paper =
            server.add(QStringLiteral("Paper"), {{QStringLiteral("name"), QStringLiteral("Antrag")}});
        QCOMPARE(paper, server.url(QStringLiteral("oparl/body/1/paper/1")));
        const QJsonObject served = get(paper).json();
        QCOMPARE(served.value(QLatin1String("name")).toString(), QStringLiteral("Antrag"));
        QCOMPARE(served.value(QLatin1String("body")).toString(), server.bodyId());
        QVERIFY(served.value(QLatin1String("modified")).toString().endsWith(QLatin1String("+01:00")));
        QCOMPARE(served, server.stateDump().value(paper).toObject());

        const Response missing = get(server.url(QStringLiteral("oparl/body/1/paper/99")));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().contains(QLatin1String("error")));
    }

    void pagination()
    {
        Demo::OParlServer server(3);
        QStringList papers;
        for (int i = 0; i < 7; ++i) {
            papers << server.add(QStringLiteral("Paper"), {{QStringLiteral("name"), QString::number(i)}});
        }
        server.add(QStringLiteral("Meeting"), {}); // other kinds stay out of the paper list

        const QJsonObject first = get(server.listUrl(QStringLiteral("Paper"))).json();
        const QJsonObject pagination = first.value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String("totalElements")).toInt(), 7);
        QCOMPARE(pagination.value(QLatin1String("elementsPerPage")).toInt(), 3);
        QCOMPARE(pagination.value(QLatin1String("totalPages")).toInt(), 3);
        QCOMPARE(pagination.value(QLatin1String("currentPage")).toInt(), 1);
        QCOMPARE(ids(first), papers.mid(0, 3));
        const QJsonObject links = first.value(QLatin1String("links")).toObject();
        QCOMPARE(links.value(QLatin1String("next")).toString(),
                 server.listUrl(QStringLiteral("Paper")) + QLatin1String("?page=2"));
        QCOMPARE(links.value(QLatin1String("last")).toString(),
                 server.listUrl(QStringLiteral("Paper")) + QLatin1String("?page=3"));

        int pages = 0;
        QCOMPARE(walk(server.listUrl(QStringLiteral("Paper")), &pages), papers);
        QCOMPARE(pages, 3);
        const QJsonObject last =
            get(server.listUrl(QStringLiteral("Paper")) + QLatin1String("?page=3")).json();
        QVERIFY(!last.value(QLatin1String("links")).toObject().contains(QLatin1String("next")));
        QCOMPARE(ids(last), papers.mid(6));

        // limit shrinks pages but never grows them past the server's page size.
        QCOMPARE(walk(server.listUrl(QStringLiteral("Paper")) + QLatin1String("?limit=2"), &pages), papers);
        QCOMPARE(pages, 4);
        QCOMPARE(walk(server.listUrl(QStringLiteral("Paper")) + QLatin1String("?limit=100"), &pages), papers);
        QCOMPARE(pages, 3);
    }

    void modifiedSince()
    {
        Demo::OParlServer server(2);
        server.setNow(m_t0.addDays(10));
        const QString a = server.add(QStringLiteral("Person"), {}, m_t0);
        const QString b = server.add(QStringLiteral("Person"), {}, m_t0.addDays(1));
        const QString c = server.add(QStringLiteral("Person"), {}, m_t0.addDays(2));
        const QString d = server.add(QStringLiteral("Person"), {}, m_t0.addDays(3));
        const QString e = server.add(QStringLiteral("Person"), {}, m_t0.addDays(4));
        server.remove(c);
        server.change(a, {{QStringLiteral("name"), QStringLiteral("still old")}}, false);
        const QString list = server.listUrl(QStringLiteral("Person"));

        // Without modified_since the deleted person is absent, and counted nowhere.
        QCOMPARE(walk(list), (QStringList{a, b, d, e}));
        QCOMPARE(get(list).json()[QLatin1String("pagination")][QLatin1String("totalElements")].toInt(), 4);

        // With it: the changes since, the deletion marker among them; filters carried into next.
        const QString since = list + QLatin1String("?modified_since=") + encoded(m_t0.addDays(1));
        const QJsonObject page1 = get(since).json();
        QCOMPARE(page1[QLatin1String("links")][QLatin1String("next")].toString(),
                 list + QLatin1String("?modified_since=") + encoded(m_t0.addDays(1)) +
                     QLatin1String("&page=2"));
        QCOMPARE(walk(since), (QStringList{b, c, d, e}));
        const QJsonObject marker = page1[QLatin1String("data")][1].toObject();
        QCOMPARE(marker.value(QLatin1String("id")).toString(), c);
        QCOMPARE(marker.value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(marker.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://schema.oparl.org/1.1/Person"));
        QVERIFY(!server.stateDump().contains(c));
        QCOMPARE(server.deletedIds(), QStringList{c});
        QCOMPARE(get(c).json().value(QLatin1String("deleted")).toBool(), true);

        // A second before b, given in UTC with fractional seconds: same answer.
        QCOMPARE(walk(list + QLatin1String("?modified_since=2024-03-02T08:59:59.500Z")),
                 (QStringList{b, c, d, e}));
        QCOMPARE(walk(list + QLatin1String("?modified_since=") + encoded(m_t0.addDays(1)) +
                      QLatin1String("&modified_until=") + encoded(m_t0.addDays(3))),
                 (QStringList{b, d}));
        QCOMPARE(walk(list + QLatin1String("?created_until=") + encoded(m_t0.addDays(1))),
                 (QStringList{a, b}));

        // An unencoded '+' reads as a space, as on PHP and Java servers.
        QCOMPARE(get(list + QLatin1String("?modified_since=2024-03-02T10:00:00+01:00")).status, 400);
        server.setDefect(Defect::RejectFractionalSeconds);
        QCOMPARE(get(list + QLatin1String("?modified_since=2024-03-02T08:59:59.500Z")).status, 400);
        QCOMPARE(get(list + QLatin1String("?modified_since=2024-03-02T08:59:59Z")).status, 200);
    }

    void files()
    {
        Demo::OParlServer server;
        const QString file = server.add(QStringLiteral("File"),
                                        {{QStringLiteral("fileName"), QStringLiteral("vorlage 1.pdf")}});
        const QByteArray pdf = "%PDF-1.4 fake content";
        server.setFileBytes(file, pdf);
        const QJsonObject object = get(file).json();
        QVERIFY(!object.contains(QLatin1String("sha512Checksum")));
        QCOMPARE(object.value(QLatin1String("size")).toInt(), int(pdf.size()));
        const QString accessUrl = object.value(QLatin1String("accessUrl")).toString();
        QCOMPARE(accessUrl, server.url(QStringLiteral("files/1/vorlage%201.pdf")));

        const Response full = get(accessUrl);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body, pdf);
        QCOMPARE(full.header("content-type"), QByteArray("application/pdf"));
        QCOMPARE(full.header("content-length"), QByteArray::number(pdf.size()));
        QCOMPARE(full.header("accept-ranges"), QByteArray("bytes"));
        QVERIFY(full.header("last-modified").endsWith(" GMT"));
        QVERIFY(!full.headers.contains("content-disposition"));
        const QByteArray etag = full.header("etag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

        QCOMPARE(get(accessUrl, {{"If-None-Match", etag}}).status, 304);
        const Response part = get(accessUrl, {{"Range", "bytes=5-"}, {"If-Range", etag}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, pdf.mid(5));
        QCOMPARE(part.header("content-range"),
                 QStringLiteral("bytes 5-%1/%2").arg(pdf.size() - 1).arg(pdf.size()).toLatin1());
        const Response stale = get(accessUrl, {{"Range", "bytes=5-"}, {"If-Range", "\"other\""}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.body, pdf);

        const Response download = get(object.value(QLatin1String("downloadUrl")).toString());
        QCOMPARE(download.body, pdf);
        QVERIFY(download.header("content-disposition").startsWith("attachment"));

        // New bytes: new ETag, the old one no longer matches; checksums when switched on.
        server.setFileChecksums(true);
        server.setDefect(Defect::WrongPdfContentType);
        server.setFileBytes(file, pdf + "v2");
        const Response changed = get(accessUrl, {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, pdf + "v2");
        QVERIFY(changed.header("etag") != etag);
        QCOMPARE(changed.header("content-type"), QByteArray("application/octetstream; charset=UTF-8"));
        QCOMPARE(get(file).json().value(QLatin1String("sha512Checksum")).toString().size(), 128);

        server.remove(file);
        QCOMPARE(get(accessUrl).status, 410);
        QCOMPARE(get(file).json().value(QLatin1String("deleted")).toBool(), true);
    }

    void emptyModifiedSince()
    {
        Demo::OParlServer server;
        server.add(QStringLiteral("Meeting"), {}, m_t0);
        const QString empty = server.listUrl(QStringLiteral("Meeting")) + QLatin1String("?modified_since=") +
            encoded(m_t0.addDays(1));
        const Response plain = get(empty);
        QCOMPARE(plain.status, 200);
        QCOMPARE(ids(plain.json()), QStringList());

        server.setDefect(Defect::EmptyModifiedSince404);
        const Response sdnet = get(empty);
        QCOMPARE(sdnet.status, 404);
        QCOMPARE(sdnet.json()[QLatin1String("error")][QLatin1String("code")].toInt(), 802);
        QCOMPARE(get(server.listUrl(QStringLiteral("Meeting"))).status, 200); // only the empty window

        server.setDefect(Defect::EmptyModifiedSince404, false);
        server.setDefect(Defect::EmptyModifiedSinceBareArray);
        const Response bare = get(empty);
        QCOMPARE(bare.status, 200);
        QCOMPARE(bare.body, QByteArray("[]"));
    }

    void transientErrors()
    {
        Demo::OParlServer server;
        get(server.systemUrl().toString());
        server.setDefect(Defect::TransientErrors);
        QList<int> statuses;
        for (int i = 0; i < 7; ++i) {
            statuses << get(server.systemUrl().toString()).status;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 503, 200, 200, 503, 200}));
        QCOMPARE(server.requestCount(), 8);
    }

    void otherDefects()
    {
        Demo::OParlServer server(2);
        for (int i = 0; i < 5; ++i) {
            server.add(
                QStringLiteral("Organization"), {{QStringLiteral("name"), QStringLiteral("Rat")}}, m_t0);
        }
        server.remove(server.url(QStringLiteral("oparl/body/1/organization/1")));
        const QString list = server.listUrl(QStringLiteral("Organization"));
        const QString since = list + QLatin1String("?modified_since=") + encoded(m_t0);

        server.setDefect(Defect::DeletedWithoutType);
        const QJsonObject marker = get(since).json()[QLatin1String("data")][0].toObject();
        QVERIFY(marker.value(QLatin1String("deleted")).toBool());
        QVERIFY(!marker.contains(QLatin1String("type")));
        QVERIFY(get(marker.value(QLatin1String("id")).toString()).json().contains(QLatin1String("type")));

        server.setDefect(Defect::SelfLoopNext);
        const QString page2 = list + QLatin1String("?page=2");
        QCOMPARE(get(page2).json()[QLatin1String("links")][QLatin1String("next")].toString(), page2);
        server.setDefect(Defect::SelfLoopNext, false);

        server.setDefect(Defect::EndlessPagination);
        const QJsonObject beyond = get(list + QLatin1String("?page=9")).json();
        QCOMPARE(ids(beyond), QStringList());
        QCOMPARE(beyond[QLatin1String("links")][QLatin1String("next")].toString(),
                 list + QLatin1String("?page=10"));
        server.setDefect(Defect::EndlessPagination, false);

        server.setDefect(Defect::NextDropsFilters);
        QCOMPARE(get(since).json()[QLatin1String("links")][QLatin1String("next")].toString(), page2);
        server.setDefect(Defect::NextDropsFilters, false);

        server.setDefect(Defect::RawControlChars);
        const Response raw = get(list);
        QVERIFY(raw.body.contains("\"name\":\"\x01Rat\""));
        // Strict parsers reject the page; Qt's tolerates it and hands the byte on in the name.
        QCOMPARE(raw.json()[QLatin1String("data")][0][QLatin1String("name")].toString(),
                 QChar(1) + QLatin1String("Rat"));
        server.setDefect(Defect::RawControlChars, false);

        server.setDefect(Defect::HtmlErrorWith200);
        const Response html = get(list);
        QCOMPARE(html.status, 200);
        QVERIFY(html.header("content-type").startsWith("text/html"));
        QCOMPARE(get(list).header("content-type"), QByteArray("application/json"));
    }

    void requestLogAndSilentRemoval()
    {
        Demo::OParlServer server;
        const QString keep = server.add(QStringLiteral("Consultation"), {});
        const QString gone = server.add(QStringLiteral("Consultation"), {});
        get(server.systemUrl().toString());
        server.resetLog();
        QCOMPARE(server.requestCount(), 0);

        server.removeSilently(gone);
        const QString list = server.listUrl(QStringLiteral("Consultation"));
        QCOMPARE(walk(list + QLatin1String("?modified_since=") + encoded(m_t0)), QStringList{keep});
        QCOMPARE(get(gone).status, 404);
        QVERIFY(!server.stateDump().contains(gone));
        QVERIFY(server.deletedIds().isEmpty());

        const QString prefix = QStringLiteral("/oparl/body/1/");
        QCOMPARE(server.requestLog(),
                 (QStringList{prefix + QLatin1String("consultation?modified_since=") + encoded(m_t0),
                              prefix + QLatin1String("consultation/2")}));
        QCOMPARE(server.requestCount(), 2);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(OParlServerTest)
#include "tst_oparlserver.moc"
