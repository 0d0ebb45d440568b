// SPDX-License-Identifier: GPL-2.0-or-later
// Which server is which (issue 12, items 2 and 8), through the real `ratsmappe` against real
// OParl servers on loopback: credentials belong to the entry URL the member gave, never to an
// origin only a server's JSON names; two servers' objects that share an id are both kept, a
// revocation wipes only its own server's non-public part, and commands that take an id ask for
// `--server` when the id alone does not name one object.

#include "clicontract.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

constexpr const char *OtherToken = "tok-other-55e1b2";

// The entries of `ls files --json` with the id \a id.
QJsonArray filesWithId(const Run &r, const QString &id)
{
    QJsonArray found;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id) {
            found.append(v);
        }
    }
    return found;
}

} // namespace

class ServerIdentityTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

private:
    QString m_token;
    QString m_otherToken;

    QStringList sync(const QString &dir, const QStringList &more = {})
    {
        return QStringList{QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--cache"), dir} +
            more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token = writeFile(QStringLiteral("token"), QByteArray(Council::Token) + '\n');
        m_otherToken = writeFile(QStringLiteral("other-token"), QByteArray(OtherToken) + '\n');
    }

    // A System whose id names another origin: the stored account stays with the URL the member
    // gave, and a later plain `sync` sends the token there and nowhere else.
    void tokenStaysWithTheEntryOrigin()
    {
        Council council;
        Demo::OParlServer elsewhere;
        elsewhere.addToken(QLatin1String(Council::Token)); // it would even accept it
        council.server.setSystemId(elsewhere.systemUrl().toString());
        const QString dir = newCache();

        const Run first = ratsmappe(
            sync(dir, {QStringLiteral("--server"), council.url(), QStringLiteral("--token-file"), m_token}));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.json().value(QLatin1String("server")).toString(), council.url());
        QCOMPARE(elsewhere.credentialedRequests(), 0);

        const int before = council.server.credentialedRequests();
        const Run later = ratsmappe(sync(dir));
        QVERIFY2(later.exitCode == 0, later.err.constData());
        QCOMPARE(elsewhere.credentialedRequests(), 0);
        QCOMPARE(elsewhere.requestCount(), 0);
        QVERIFY(council.server.credentialedRequests() > before);
        const QJsonArray servers = later.json().value(QLatin1String("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QLatin1String("server")).toString(), council.url());
    }

    // A System id that differs from the entry URL by a trailing slash: `sync --server URL`
    // finds the stored account, so the server's revocation is noticed and acted on.
    void revocationNoticedDespiteATrailingSlash()
    {
        Council council;
        council.server.setSystemId(council.url() + QLatin1Char('/'));
        const QString dir = newCache();
        const Run member = ratsmappe(
            sync(dir, {QStringLiteral("--server"), council.url(), QStringLiteral("--token-file"), m_token}));
        QVERIFY2(member.exitCode == 0, member.err.constData());

        QVERIFY(council.server.revoke(QLatin1String(Council::Token), QStringLiteral("Mandat beendet")));
        const Run again = ratsmappe(sync(dir, {QStringLiteral("--server"), council.url()}));
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.json().value(QLatin1String("revoked")).toBool());
        QVERIFY(again.err.contains("Mandat beendet"));
    }

    // Two servers serve an object with the same id: both kept, each under its server; `cat`
    // asks which one; revoking the member on one wipes only that server's non-public part.
    void sharedIdsStayApart()
    {
        Council council;
        Demo::OParlServer other;
        other.addToken(QLatin1String(OtherToken));
        const QString shared = council.bauInvitation; // the council's public invitation's id
        const QByteArray secretBytes = Council::pdf(QStringLiteral("Vertraulich: Grundstücksankauf"));
        other.add(QStringLiteral("File"),
                  {{QStringLiteral("id"), shared},
                   {QStringLiteral("name"), QStringLiteral("Vertraulich")},
                   {QStringLiteral("fileName"), QStringLiteral("vertraulich.pdf")},
                   {Demo::OParlServer::nonPublicProperty(), true}});
        other.setFileBytes(shared, secretBytes);
        other.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Nichtöffentliche Sitzung")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)},
             {QStringLiteral("invitation"), shared}});

        const QString dir = newCache();
        const Run a = ratsmappe(sync(dir, {QStringLiteral("--server"), council.url()}));
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const QString otherUrl = other.systemUrl().toString();
        const Run b = ratsmappe(
            sync(dir, {QStringLiteral("--server"), otherUrl, QStringLiteral("--token-file"), m_otherToken}));
        QVERIFY2(b.exitCode == 0, b.err.constData());

        // Both kept, neither overwritten.
        const Run listed = ratsmappe({QStringLiteral("ls"),
                                      QStringLiteral("files"),
                                      QStringLiteral("--json"),
                                      QStringLiteral("--cache"),
                                      dir});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray both = filesWithId(listed, shared);
        QCOMPARE(both.size(), 2);
        QStringList names;
        QStringList servers;
        for (const QJsonValue &v : both) {
            names << v.toObject().value(QLatin1String("name")).toString();
            servers << v.toObject().value(QLatin1String("server")).toString();
        }
        names.sort();
        servers.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Einladung"), QStringLiteral("Vertraulich")}));
        QStringList expectedServers{council.url(), otherUrl};
        expectedServers.sort();
        QCOMPARE(servers, expectedServers);

        // The id alone is ambiguous: a usage error naming both servers.
        const Run ambiguous = ratsmappe({QStringLiteral("cat"), shared, QStringLiteral("--cache"), dir});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY(ambiguous.out.isEmpty());
        QVERIFY2(ambiguous.err.contains(council.url().toUtf8()) && ambiguous.err.contains(otherUrl.toUtf8()),
                 ambiguous.err.constData());
        const Run ambiguousText = ratsmappe({QStringLiteral("text"), shared, QStringLiteral("--cache"), dir});
        QCOMPARE(ambiguousText.exitCode, 2);

        // With --server, each server's own bytes.
        const Run fromA = ratsmappe({QStringLiteral("cat"),
                                     shared,
                                     QStringLiteral("--server"),
                                     council.url(),
                                     QStringLiteral("--cache"),
                                     dir});
        QVERIFY2(fromA.exitCode == 0, fromA.err.constData());
        QCOMPARE(fromA.out, council.bauPdf);
        const Run fromB = ratsmappe({QStringLiteral("cat"),
                                     shared,
                                     QStringLiteral("--server"),
                                     otherUrl,
                                     QStringLiteral("--cache"),
                                     dir});
        QVERIFY2(fromB.exitCode == 0, fromB.err.constData());
        QCOMPARE(fromB.out, secretBytes);

        // The other server revokes: its non-public file goes, the council's public one stays.
        QVERIFY(other.revoke(QLatin1String(OtherToken), QStringLiteral("Mandat beendet")));
        const Run revoked = ratsmappe(sync(dir, {QStringLiteral("--server"), otherUrl}));
        QCOMPARE(revoked.exitCode, 4);
        QCOMPARE(
            revoked.json().value(QLatin1String("wiped")).toObject().value(QLatin1String("files")).toInt(), 1);
        const Run after = ratsmappe({QStringLiteral("ls"),
                                     QStringLiteral("files"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("--cache"),
                                     dir});
        const QJsonArray left = filesWithId(after, shared);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QLatin1String("server")).toString(), council.url());
        QVERIFY(left.first().toObject().value(QLatin1String("downloaded")).toBool());
        // Now the id names one object again.
        const Run single = ratsmappe({QStringLiteral("cat"), shared, QStringLiteral("--cache"), dir});
        QVERIFY2(single.exitCode == 0, single.err.constData());
        QCOMPARE(single.out, council.bauPdf);
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(ServerIdentityTest)
#include "tst_server_identity.moc"
