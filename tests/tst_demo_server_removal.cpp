// SPDX-License-Identifier: GPL-2.0-or-later
// Objects — children too — that vanish from the demo server as real servers drop them: without
// a deletion marker and without their parents' modified moving (removeSilently,
// DELETE /admin/objects?silent=1), so only a full walk can notice.

#include "httpprobe.h"
#include "oparlserver.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;
using Test::idsOf;

namespace {

// Date-times in filters, with the '+' percent-encoded.
QString encoded(const QString &iso)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(iso));
}

} // namespace

class DemoServerRemovalTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    const QDateTime m_t0 = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC);

    Test::HttpAnswer send(const QByteArray &method, const QString &url)
    {
        return Test::http(m_nam, method, url);
    }
    Test::HttpAnswer get(const QString &url) { return Test::http(m_nam, "GET", url); }
    QStringList walk(const QString &url) { return Test::walkList(m_nam, url); }

private Q_SLOTS:
    void initTestCase() { Test::pinEnvironment(); }

    // Files, agenda items and consultations vanish as real servers drop them: from their lists,
    // from every array and field that embedded or named them, without a marker, and without
    // any parent's modified moving, so a client that asks what changed sees nothing.
    void silentRemovalOfChildren()
    {
        Demo::OParlServer server(10);
        server.setEmbedChildren(true);
        server.setNow(m_t0);
        const auto file = [&](const char *name) {
            const QString id =
                server.add(QStringLiteral("File"), {{QStringLiteral("name"), QLatin1String(name)}});
            server.setFileBytes(id, "%PDF-1.4\n%%EOF\n");
            return id;
        };
        const QString invitation = file("Einladung");
        const QString shared = file("Beschlussvorlage"); // in a meeting, an agenda item and a paper
        const QString annex = file("Anlage");
        const QString paper = server.add(QStringLiteral("Paper"),
                                         {{QStringLiteral("name"), QStringLiteral("Radweg")},
                                          {QStringLiteral("auxiliaryFile"), QJsonArray{shared}}});
        const QString item1 = server.add(QStringLiteral("AgendaItem"),
                                         {{QStringLiteral("name"), QStringLiteral("Radweg")},
                                          {QStringLiteral("resolutionFile"), shared},
                                          {QStringLiteral("auxiliaryFile"), QJsonArray{annex}}});
        const QString item2 = server.add(QStringLiteral("AgendaItem"),
                                         {{QStringLiteral("name"), QStringLiteral("Verschiedenes")}});
        const QString meeting = server.add(QStringLiteral("Meeting"),
                                           {{QStringLiteral("name"), QStringLiteral("Bauausschuss")},
                                            {QStringLiteral("agendaItem"), QJsonArray{item1, item2}},
                                            {QStringLiteral("invitation"), invitation},
                                            {QStringLiteral("auxiliaryFile"), QJsonArray{shared, annex}}});
        const QString advice = server.add(QStringLiteral("Consultation"),
                                          {{QStringLiteral("paper"), paper},
                                           {QStringLiteral("agendaItem"), item1},
                                           {QStringLiteral("meeting"), meeting}});
        const QString decision =
            server.add(QStringLiteral("Consultation"), {{QStringLiteral("paper"), paper}});
        server.change(paper, {{QStringLiteral("consultation"), QJsonArray{advice, decision}}});
        server.change(item1, {{QStringLiteral("consultation"), advice}});
        // Children stored embedded by value (as from a 1.0 import) vanish the same way.
        const QString inline1 = server.url(QStringLiteral("oparl/body/1/agendaitem/inline-1"));
        const QString other =
            server.add(QStringLiteral("Meeting"),
                       {{QStringLiteral("agendaItem"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), inline1},
                                                {QStringLiteral("name"), QStringLiteral("TOP 1")}}}}});

        // A day later: a parent whose modified moved would show it.
        server.setNow(m_t0.addDays(1));
        server.setClockOffset(-3600); // and the removal is in the shifted clock's terms too
        const QString accessUrl = server.object(shared).value(QLatin1String("accessUrl")).toString();
        QMap<QString, QString> modified;
        for (const QString &id : {paper, item1, meeting, other, invitation, annex, decision}) {
            modified.insert(id, get(id).json().value(QLatin1String("modified")).toString());
        }
        const QString sinceCreation = QDateTime(m_t0.addSecs(1 - 3600))
                                          .toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600))
                                          .toString(Qt::ISODate);
        const auto nothingChanged = [&] {
            for (const char *kind : {"Meeting", "Paper", "AgendaItem", "Consultation", "File"}) {
                const QStringList changed = walk(server.listUrl(QLatin1String(kind)) +
                                                 QLatin1String("?modified_since=") + encoded(sinceCreation));
                if (!changed.isEmpty()) {
                    qWarning() << kind << "changed:" << changed;
                    return false;
                }
            }
            return true;
        };
        const auto unchangedStamps = [&] {
            for (auto it = modified.cbegin(); it != modified.cend(); ++it) {
                if (get(it.key()).json().value(QLatin1String("modified")).toString() != it.value()) {
                    qWarning() << "modified moved:" << it.key();
                    return false;
                }
            }
            return true;
        };
        const auto nowhere = [&](const QString &id) {
            const QByteArray dump = QJsonDocument(server.stateDump()).toJson(QJsonDocument::Compact);
            return !dump.contains(QByteArray('"' + id.toUtf8() + '"')) && !server.deletedIds().contains(id) &&
                get(id).status == 404;
        };
        QVERIFY(nothingChanged());

        // A File: gone from the meeting, the agenda item, the paper, the file list and its URL.
        QVERIFY(server.removeSilently(shared));
        QJsonObject m = get(meeting).json();
        QCOMPARE(idsOf(m.value(QLatin1String("auxiliaryFile"))), QStringList{annex});
        QCOMPARE(m.value(QLatin1String("invitation")).toObject().value(QLatin1String("id")).toString(),
                 invitation);
        const QJsonObject embeddedItem = m.value(QLatin1String("agendaItem")).toArray().at(0).toObject();
        QVERIFY(!embeddedItem.contains(QLatin1String("resolutionFile")));
        QCOMPARE(idsOf(embeddedItem.value(QLatin1String("auxiliaryFile"))), QStringList{annex});
        QVERIFY(!get(item1).json().contains(QLatin1String("resolutionFile")));
        QCOMPARE(idsOf(get(paper).json().value(QLatin1String("auxiliaryFile"))), QStringList());
        QCOMPARE(walk(server.listUrl(QStringLiteral("File"))), (QStringList{invitation, annex}));
        QCOMPARE(get(accessUrl).status, 404);
        QVERIFY(nowhere(shared));

        // An AgendaItem: gone from its meeting's agendaItem and the agendaItem list.
        QVERIFY(server.removeSilently(item2));
        QCOMPARE(idsOf(get(meeting).json().value(QLatin1String("agendaItem"))), QStringList{item1});
        QCOMPARE(walk(server.listUrl(QStringLiteral("AgendaItem"))), QStringList{item1});
        QVERIFY(nowhere(item2));

        // A Consultation: gone from its paper's consultation (and the agenda item naming it).
        QVERIFY(server.removeSilently(advice));
        QCOMPARE(idsOf(get(paper).json().value(QLatin1String("consultation"))), QStringList{decision});
        QVERIFY(!get(item1).json().contains(QLatin1String("consultation")));
        QCOMPARE(walk(server.listUrl(QStringLiteral("Consultation"))), QStringList{decision});
        QVERIFY(nowhere(advice));

        // A child embedded by value.
        QVERIFY(server.removeSilently(inline1));
        QCOMPARE(get(other).json().value(QLatin1String("agendaItem")).toArray(), QJsonArray());

        QVERIFY(unchangedStamps());
        QVERIFY(nothingChanged());

        // A deletion marker goes too: the server forgot the object ever existed.
        server.remove(invitation);
        QCOMPARE(server.deletedIds(), QStringList{invitation});
        QVERIFY(server.removeSilently(invitation));
        QVERIFY(server.deletedIds().isEmpty());
        QVERIFY(!get(meeting).json().contains(QLatin1String("invitation")));
        QVERIFY(nowhere(invitation));
        QVERIFY(nothingChanged());

        QVERIFY(!server.removeSilently(server.url(QStringLiteral("oparl/body/1/file/99"))));
    }

    // The same over the admin API: DELETE /admin/objects?id=…&silent=1.
    void silentRemovalOverAdmin()
    {
        Demo::OParlServer server;
        server.setNow(m_t0);
        const QString a = server.add(QStringLiteral("File"), {});
        const QString b = server.add(QStringLiteral("File"), {});
        const QString meeting =
            server.add(QStringLiteral("Meeting"), {{QStringLiteral("auxiliaryFile"), QJsonArray{a, b}}});
        server.setNow(m_t0.addDays(1));
        const QString objects = server.url(QStringLiteral("admin/objects?silent=1&id=")) +
            QString::fromLatin1(QUrl::toPercentEncoding(a));
        QCOMPARE(send("DELETE", objects).status, 200);
        QJsonObject state = get(server.url(QStringLiteral("admin/state"))).json();
        QVERIFY(!state.value(QLatin1String("objects")).toObject().contains(a));
        QCOMPARE(state.value(QLatin1String("deleted")).toArray(), QJsonArray());
        const QJsonObject stored = state.value(QLatin1String("objects")).toObject().value(meeting).toObject();
        QCOMPARE(stored.value(QLatin1String("auxiliaryFile")).toArray(), QJsonArray{b});
        QCOMPARE(stored.value(QLatin1String("modified")).toString(),
                 QStringLiteral("2024-03-01T10:00:00+01:00"));
        QCOMPARE(send("DELETE", objects).status, 404);

        // Without silent: the OParl deletion with its marker; silent then takes the marker away.
        const QString plain =
            server.url(QStringLiteral("admin/objects?id=")) + QString::fromLatin1(QUrl::toPercentEncoding(b));
        QCOMPARE(send("DELETE", plain).status, 200);
        QCOMPARE(
            get(server.url(QStringLiteral("admin/state"))).json().value(QLatin1String("deleted")).toArray(),
            QJsonArray{b});
        QCOMPARE(send("DELETE", plain + QLatin1String("&silent=true")).status, 200);
        state = get(server.url(QStringLiteral("admin/state"))).json();
        QCOMPARE(state.value(QLatin1String("deleted")).toArray(), QJsonArray());
        QVERIFY(!state.value(QLatin1String("objects")).toObject().contains(b));
        QCOMPARE(server.requestCount(), 0); // admin requests are not logged
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(DemoServerRemovalTest)
#include "tst_demo_server_removal.moc"
