// SPDX-License-Identifier: GPL-2.0-or-later
// The demo server's clock, as real servers have it: a Date header on every answer (or none, as a
// defect), and a clock that runs ahead or behind (--clock-offset, setClockOffset,
// PUT /admin/clock) and shifts every served stamp and the filters alike.

#include "httpprobe.h"
#include "oparlserver.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Ratsmappe;
using Defect = Demo::OParlServer::Defect;

namespace {

using Response = Test::HttpAnswer;

constexpr qint64 Day = 86400;

// Date-times in filters, with the '+' percent-encoded.
QString encoded(const QString &iso)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(iso));
}

// An HTTP date as RFC 7231 writes it ("Fri, 01 Mar 2024 09:00:00 GMT"), read back.
QDateTime fromHttpDate(const QByteArray &date)
{
    const QDateTime t =
        QLocale::c().toDateTime(QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    return QDateTime(t.date(), t.time(), QTimeZone::UTC);
}

} // namespace

class DemoServerClockTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    const QDateTime m_t0 = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC);

    Response send(const QByteArray &method, const QString &url, const QByteArray &body = {})
    {
        return Test::http(m_nam, method, url, body);
    }
    Response get(const QString &url, const Test::RawHeaders &headers = {})
    {
        return Test::http(m_nam, "GET", url, {}, headers);
    }
    QStringList walk(const QString &url) { return Test::walkList(m_nam, url); }

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    // One Date header on every answer, in the server's own clock: frozen, shifted, or real.
    void dateHeaderOnEveryAnswer()
    {
        Demo::OParlServer server;
        server.setNow(m_t0);
        const QString file = server.add(QStringLiteral("File"), {});
        server.setFileBytes(file, "%PDF-1.4\n%%EOF\n");
        const QString accessUrl = server.object(file).value(QLatin1String("accessUrl")).toString();
        const QByteArray etag = get(accessUrl).header("etag");
        const QString gone = server.add(QStringLiteral("File"), {});
        server.setFileBytes(gone, "%PDF-1.4\n%%EOF\n");
        const QString goneUrl = server.object(gone).value(QLatin1String("accessUrl")).toString();
        server.remove(gone);

        const QList<std::pair<QByteArray, Response>> answers = {
            {"system", get(server.systemUrl().toString())},
            {"list", get(server.listUrl(QStringLiteral("File")))},
            {"object", get(file)},
            {"404", get(server.url(QStringLiteral("oparl/body/1/paper/99")))},
            {"405", send("POST", server.systemUrl().toString(), "{}")},
            {"file", get(accessUrl)},
            {"304", get(accessUrl, {{"If-None-Match", etag}})},
            {"206", get(accessUrl, {{"Range", "bytes=2-"}})},
            {"410", get(goneUrl)},
            {"admin", get(server.url(QStringLiteral("admin/requests")))},
        };
        for (const auto &[what, r] : answers) {
            QVERIFY2(r.status != 0, what.constData());
            QCOMPARE(r.all("date"), QByteArrayList{"Fri, 01 Mar 2024 09:00:00 GMT"});
        }

        server.setClockOffset(-30 * Day);
        QCOMPARE(get(file).header("date"), QByteArray("Wed, 31 Jan 2024 09:00:00 GMT"));
        server.setClockOffset(2 * 3600 + 90);
        QCOMPARE(get(file).header("date"), QByteArray("Fri, 01 Mar 2024 11:01:30 GMT"));

        // The real clock, when not frozen.
        server.setNow({});
        server.setClockOffset(0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QDateTime date = fromHttpDate(get(server.systemUrl().toString()).header("date"));
        QVERIFY2(date >= before && date <= QDateTime::currentDateTimeUtc().addSecs(1),
                 qPrintable(date.toString(Qt::ISODate)));

        // A server without a Date header, as some are.
        server.setDefect(Defect::NoDateHeader);
        QCOMPARE(Demo::OParlServer::defectName(Defect::NoDateHeader), QStringLiteral("no-date-header"));
        for (const QString &url :
             {server.systemUrl().toString(), accessUrl, server.url(QStringLiteral("x"))}) {
            const Response r = get(url);
            QVERIFY(r.status != 0);
            QVERIFY2(r.all("date").isEmpty(), qPrintable(url));
        }
        server.setDefect(Defect::NoDateHeader, false);
        QCOMPARE(get(file).all("date").size(), 1);
    }

    // created, modified, deletion markers, the System's and Body's stamps, File.date and
    // Last-Modified all run with the shifted clock; the stored state does not change.
    void servedStampsAreShifted()
    {
        Demo::OParlServer server(10);
        server.setEmbedChildren(true);
        server.setNow(m_t0);
        const QString file = server.add(QStringLiteral("File"),
                                        {{QStringLiteral("name"), QStringLiteral("Vorlage")},
                                         {QStringLiteral("date"), QStringLiteral("2024-03-01")}});
        server.setFileBytes(file, "%PDF-1.4\n% Vorlage\n%%EOF\n");
        const QString paper =
            server.add(QStringLiteral("Paper"),
                       {{QStringLiteral("name"), QStringLiteral("Antrag")},
                        {QStringLiteral("mainFile"), file},
                        {QStringLiteral("created"), QStringLiteral("2024-02-20T08:00:00Z")}});
        const QString old = server.add(QStringLiteral("Paper"), {});
        server.setNow(m_t0.addSecs(3600));
        server.remove(old);
        const QString accessUrl = server.object(file).value(QLatin1String("accessUrl")).toString();
        const QJsonObject body0 = get(server.bodyId()).json();
        const QJsonObject system0 = get(server.systemUrl().toString()).json();
        const QString since0 = server.listUrl(QStringLiteral("Paper")) + QLatin1String("?modified_since=") +
            encoded(QStringLiteral("2024-03-01T10:00:00+01:00"));
        QCOMPARE(walk(since0), (QStringList{paper, old}));

        server.setClockOffset(-30 * Day);
        QCOMPARE(server.clockOffset(), -30 * Day);
        QCOMPARE(server.servedNow(), m_t0.addSecs(3600 - 30 * Day));
        const QJsonObject served = get(paper).json();
        QCOMPARE(served.value(QLatin1String("created")).toString(),
                 QStringLiteral("2024-01-21T09:00:00+01:00"));
        QCOMPARE(served.value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-01-31T10:00:00+01:00"));
        // The embedded File runs with the same clock, its date too (the day it was stamped).
        const QJsonObject embedded = served.value(QLatin1String("mainFile")).toObject();
        QCOMPARE(embedded.value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-01-31T10:00:00+01:00"));
        QCOMPARE(embedded.value(QLatin1String("date")).toString(), QStringLiteral("2024-01-31"));
        QCOMPARE(get(file).json(), embedded);
        // What tests compare with is what is served.
        QCOMPARE(server.stateDump().value(paper).toObject().value(QLatin1String("modified")),
                 served.value(QLatin1String("modified")));
        QCOMPARE(server.object(file), embedded);

        // The deletion marker, in a window given in the shifted time base.
        const QJsonArray markers =
            get(server.listUrl(QStringLiteral("Paper")) + QLatin1String("?modified_since=") +
                encoded(QStringLiteral("2024-01-31T10:30:00+01:00")))
                .json()
                .value(QLatin1String("data"))
                .toArray();
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers.at(0).toObject().value(QLatin1String("id")).toString(), old);
        QCOMPARE(markers.at(0).toObject().value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-01-31T11:00:00+01:00"));
        // The window the unshifted clock would give finds nothing: it lies in the server's future.
        QCOMPARE(walk(since0), QStringList());

        // System and Body: shifted by exactly the offset.
        for (const auto &[before, now] : {std::pair{system0, get(server.systemUrl().toString()).json()},
                                          std::pair{body0, get(server.bodyId()).json()}}) {
            for (const char *key : {"created", "modified"}) {
                const QDateTime a =
                    QDateTime::fromString(before.value(QLatin1String(key)).toString(), Qt::ISODate);
                const QDateTime b =
                    QDateTime::fromString(now.value(QLatin1String(key)).toString(), Qt::ISODate);
                QCOMPARE(a.secsTo(b), -30 * Day);
            }
        }

        // The file's bytes: Last-Modified in the shifted clock, and If-Range takes it back.
        const Response bytes = get(accessUrl);
        QCOMPARE(bytes.header("last-modified"), QByteArray("Wed, 31 Jan 2024 09:00:00 GMT"));
        const Response part =
            get(accessUrl, {{"Range", "bytes=4-"}, {"If-Range", bytes.header("last-modified")}});
        QCOMPARE(part.status, 206);
        QCOMPARE(
            get(accessUrl, {{"Range", "bytes=4-"}, {"If-Range", "Fri, 01 Mar 2024 09:00:00 GMT"}}).status,
            200);

        // Hours do not move a date; stamps move by exactly the offset.
        server.setClockOffset(2 * 3600);
        QCOMPARE(get(file).json().value(QLatin1String("date")).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(get(file).json().value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-03-01T12:00:00+01:00"));
        server.setClockOffset(0);
        QCOMPARE(get(paper).json().value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-03-01T10:00:00+01:00"));
    }

    // The filters read their values in the shifted time base: what a client sends back of the
    // served stamps gives consistent answers; a window from the client's own clock does not.
    void filtersUseTheShiftedTimeBase_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("-30d") << -30 * Day;
        QTest::newRow("+2h") << qint64(2 * 3600);
        QTest::newRow("-45s") << qint64(-45);
    }

    void filtersUseTheShiftedTimeBase()
    {
        QFETCH(qint64, offset);
        Demo::OParlServer server(2);
        server.setNow(m_t0.addDays(10));
        QStringList p;
        for (int i = 0; i < 5; ++i) {
            p << server.add(QStringLiteral("Person"), {}, m_t0.addDays(i));
        }
        server.remove(p.at(2)); // modified: m_t0 + 10 days
        server.setClockOffset(offset);
        const QString list = server.listUrl(QStringLiteral("Person"));
        const auto stamp = [&](const QString &id, const char *key) {
            return get(id).json().value(QLatin1String(key)).toString();
        };
        const QString bModified = stamp(p.at(1), "modified");
        const QString dModified = stamp(p.at(3), "modified");
        QCOMPARE(QDateTime::fromString(bModified, Qt::ISODate), m_t0.addDays(1).addSecs(offset));

        QCOMPARE(walk(list + QLatin1String("?modified_since=") + encoded(bModified)),
                 (QStringList{p.at(1), p.at(2), p.at(3), p.at(4)}));
        QCOMPARE(walk(list + QLatin1String("?modified_since=") + encoded(bModified) +
                      QLatin1String("&modified_until=") + encoded(dModified)),
                 (QStringList{p.at(1), p.at(3)}));
        QCOMPARE(walk(list + QLatin1String("?created_since=") + encoded(stamp(p.at(3), "created"))),
                 (QStringList{p.at(3), p.at(4)}));
        QCOMPARE(walk(list + QLatin1String("?created_until=") + encoded(stamp(p.at(1), "created"))),
                 (QStringList{p.at(0), p.at(1)}));
        // The newest served stamp as cursor: exactly the newest change (the deletion marker).
        const QString newest = QDateTime(m_t0.addDays(10).addSecs(offset))
                                   .toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600))
                                   .toString(Qt::ISODate);
        QCOMPARE(walk(list + QLatin1String("?modified_since=") + encoded(newest)), QStringList{p.at(2)});
        // Given in UTC with fractional seconds, the same instant answers the same.
        const QString utc = m_t0.addDays(1).addSecs(offset).toString(Qt::ISODateWithMs);
        QCOMPARE(walk(list + QLatin1String("?modified_since=") + utc),
                 (QStringList{p.at(1), p.at(2), p.at(3), p.at(4)}));
        // A client that takes its cursor from its own (true) clock misses the change at that
        // instant when the server's clock runs behind.
        const QStringList ownClock = walk(
            list + QLatin1String("?modified_since=") +
            encoded(
                m_t0.addDays(1).toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600)).toString(Qt::ISODate)));
        QCOMPARE(ownClock.contains(p.at(1)), offset >= 0);
    }

    // PUT /admin/clock sets the offset in the --clock-offset syntax or in seconds.
    void clockOverAdmin()
    {
        Demo::OParlServer server;
        server.setNow(m_t0);
        const QString clock = server.url(QStringLiteral("admin/clock"));
        Response r = send("PUT", clock, R"({"offset": "-30d"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("offset")).toInteger(), -30 * Day);
        QCOMPARE(r.json().value(QLatin1String("now")).toString(),
                 QStringLiteral("2024-01-31T10:00:00+01:00"));
        QCOMPARE(server.clockOffset(), -30 * Day);
        QCOMPARE(get(server.systemUrl().toString()).header("date"),
                 QByteArray("Wed, 31 Jan 2024 09:00:00 GMT"));
        r = send("PUT", clock, R"({"offset": 7200})");
        QCOMPARE(r.status, 200);
        QCOMPARE(get(clock).json().value(QLatin1String("offset")).toInteger(), 7200);
        for (const QByteArray bad :
             {R"({"offset": "30d"})", R"({"offset": "-2w"})", R"({})", R"({"offset": 1e300})"}) {
            QCOMPARE(send("PUT", clock, bad).status, 400);
        }
        QCOMPARE(server.clockOffset(), 7200);
        QCOMPARE(server.requestCount(), 1); // only the OParl request; admin is not logged
    }

    void clockOffsetSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("-30d") << QStringLiteral("-30d") << -30 * Day;
        QTest::newRow("+2h") << QStringLiteral("+2h") << qint64(7200);
        QTest::newRow("+90m") << QStringLiteral("+90m") << qint64(5400);
        QTest::newRow("-45s") << QStringLiteral("-45s") << qint64(-45);
        QTest::newRow("+0s") << QStringLiteral("+0s") << qint64(0);
        QTest::newRow("+36525d") << QStringLiteral("+36525d") << 36525 * Day;
        int n = 0;
        for (const char *bad : {"30d",
                                "-30",
                                "d",
                                "-30D",
                                "- 30d",
                                "-30d ",
                                " -30d",
                                "-30d\n",
                                "+1.5h",
                                "-3w",
                                "--30d",
                                "+-30d",
                                "-36526d",
                                "+9999999999s",
                                "-1h30m",
                                "",
                                "-٣d"}) {
            QTest::addRow("refused %d", ++n) << QString::fromUtf8(bad) << qint64(-1);
        }
    }

    void clockOffsetSyntax()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const std::optional<qint64> parsed = Demo::OParlServer::parseClockOffset(text);
        if (seconds == -1) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        } else {
            QCOMPARE(parsed, std::optional<qint64>(seconds));
        }
    }

    // The program: a bad offset is a usage error (2) naming the option; a good one shifts the
    // Date header of the running server.
    void clockOffsetOnTheCommandLine()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &bad :
             {QStringLiteral("30d"), QStringLiteral("-30x"), QStringLiteral("yesterday")}) {
            const Test::Run r = Test::runProgram(
                QStringLiteral("ratsmappe-demo-server"), {QStringLiteral("--clock-offset"), bad}, env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--clock-offset") && r.err.contains(bad.toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const Test::Run missing = Test::runProgram(
            QStringLiteral("ratsmappe-demo-server"), {QStringLiteral("--clock-offset")}, env);
        QCOMPARE(missing.exitCode, 2);

        QProcess server;
        server.setProcessEnvironment(env);
        server.setStandardInputFile(QProcess::nullDevice());
        server.start(Test::binDir() + QLatin1String("/ratsmappe-demo-server"),
                     {QStringLiteral("--size"),
                      QStringLiteral("small"),
                      QStringLiteral("--clock-offset"),
                      QStringLiteral("-30d"),
                      QStringLiteral("--pdf-cache"),
                      QDir::temp().filePath(QStringLiteral("demo-pdfs"))});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() == QProcess::NotRunning, 120000);
        const QString systemUrl = QString::fromUtf8(server.readLine().trimmed());
        QVERIFY2(systemUrl.endsWith(QLatin1String("/oparl/system")),
                 server.readAllStandardError().constData());
        const Response system = get(systemUrl);
        QCOMPARE(system.status, 200);
        const QDateTime date = fromHttpDate(system.header("date"));
        const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(-30 * Day);
        QVERIFY2(qAbs(date.secsTo(expected)) <= 5, system.header("date").constData());
        // Its stamps run with the same clock: nothing is dated after the server's now.
        const QJsonObject page = get(systemUrl.section(QLatin1String("/oparl/"), 0, 0) +
                                     QLatin1String("/oparl/body/1/meeting?limit=50"))
                                     .json();
        for (const QJsonValue &m : page.value(QLatin1String("data")).toArray()) {
            QVERIFY(QDateTime::fromString(m.toObject().value(QLatin1String("modified")).toString(),
                                          Qt::ISODate) <= date);
        }
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoServerClockTest)
#include "tst_demo_server_clock.moc"
