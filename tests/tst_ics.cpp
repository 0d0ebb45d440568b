// SPDX-License-Identifier: GPL-2.0-or-later
// iCalendar for meetings (calendar/icswriter, store/calendarlisting): the writer's escaping and
// line folding (RFC 5545: 75 octets, never inside a UTF-8 sequence, CRLF), and a file of the
// demo town read back by an independent parser, Python's `icalendar`: the meetings asked for,
// with a committee filter, non-public meetings and items left out unless included.

#include "cache.h"
#include "calendarlisting.h"
#include "icswriter.h"
#include "meetingevents.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;

namespace {

// Prints the events of the file argv[1] as JSON, as a calendar program would read them.
constexpr const char *ParseScript = R"py(
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for ev in cal.walk('VEVENT'):
    cats = ev.get('categories')
    names = []
    for c in (cats if isinstance(cats, list) else [cats] if cats is not None else []):
        names += [str(x) for x in c.cats]
    events.append({
        'uid': str(ev.get('uid')),
        'summary': str(ev.get('summary', '')),
        'start': ev.decoded('dtstart').isoformat(),
        'status': str(ev.get('status', '')),
        'categories': names,
        'description': str(ev.get('description', '')),
        'location': str(ev.get('location', '')),
        'url': str(ev.get('url', '')),
    })
print(json.dumps(events))
)py";

// The categories as read, joined with commas: Python's icalendar splits a value at escaped
// commas too (see calendarShape), and committees have commas in their names.
QString categoriesOf(const QJsonObject &event)
{
    QStringList names;
    for (const QJsonValue &c : event.value(QLatin1String("categories")).toArray()) {
        names << c.toString();
    }
    return names.join(QLatin1Char(','));
}

// The small town has non-public agenda items but no committee that meets behind closed doors:
// two such meetings of the town's server, as a member's sync stores them.
void addNonPublicMeetings(Cache &cache, const QString &serverId)
{
    ObjectStore objects(cache.database(), serverId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 2; ++i) {
        objects.upsert(
            ObjectKind::Meeting,
            {},
            {{QStringLiteral("id"), QStringLiteral("https://ris.example/meeting/closed-%1").arg(i)},
             {QStringLiteral("name"), QStringLiteral("Rechnungsprüfungsausschuss %1").arg(i)},
             {QStringLiteral("start"), QStringLiteral("2025-03-1%1T17:00:00+01:00").arg(i)},
             {QStringLiteral("ratsmappe:nonPublic"), true}},
            now);
    }
}

} // namespace

class IcsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // The events of \a ics as Python's icalendar reads them.
    QJsonArray parsed(const QByteArray &ics, const QString &name)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        [&] {
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ics) == ics.size());
        }();
        file.close();
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(ParseScript), path});
        [&] {
            QVERIFY(python.waitForFinished(60000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        }();
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void escaping()
    {
        QCOMPARE(Ics::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        // Control characters are not allowed in TEXT.
        QCOMPARE(Ics::escapeText(QStringLiteral("a\tb\x01")), QStringLiteral("a b "));
    }

    void folding()
    {
        const QByteArray shortLine = "SUMMARY:Rat";
        QCOMPARE(Ics::foldLine(shortLine), QByteArray("SUMMARY:Rat\r\n"));
        // Two-octet characters around every possible cut.
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QByteArray line =
                "DESCRIPTION:" + QByteArray(prefix, 'x') + QString(100, QChar(0xE4)).toUtf8() + "€𝄞";
            const QByteArray folded = Ics::foldLine(line);
            QVERIFY(folded.endsWith("\r\n"));
            QList<QByteArray> physical = folded.chopped(2).split('\n');
            for (qsizetype i = 0; i < physical.size(); ++i) {
                QByteArray &l = physical[i];
                if (i + 1 < physical.size()) {
                    QVERIFY(l.endsWith('\r'));
                    l.chop(1);
                }
                QVERIFY2(l.size() <= 75, l.constData());
                if (i > 0) {
                    QVERIFY(l.startsWith(' '));
                }
                // No line starts or ends inside a character.
                const QString text = QString::fromUtf8(l);
                QVERIFY(!text.contains(QChar::ReplacementCharacter));
                QCOMPARE(text.toUtf8(), l);
            }
            QByteArray unfolded = folded.chopped(2);
            unfolded.replace("\r\n ", "");
            QCOMPARE(unfolded, line);
        }
    }

    void calendarShape()
    {
        Ics::Event e;
        e.serverId = QStringLiteral("https://ris.example/system");
        e.meetingId = QStringLiteral("https://ris.example/meeting/1");
        e.summary = QStringLiteral("Bau-, Planungs; und Umweltausschuss");
        e.start = QDateTime::fromString(QStringLiteral("2026-12-02T18:00:00+01:00"), Qt::ISODate);
        e.end = e.start.addSecs(3600);
        e.cancelled = true;
        e.categories = {QStringLiteral("Bau, Planung"), QStringLiteral("Rat")};
        e.agenda = {{QStringLiteral("1"), QStringLiteral("Eröffnung")},
                    {QStringLiteral("Ö 2"), QStringLiteral("Bebauungsplan\nHofgarten")}};
        Ics::Event noStart = e;
        noStart.start = {};
        const QByteArray ics =
            Ics::write({e, noStart}, QDateTime(QDate(2026, 11, 30), QTime(6, 0), QTimeZone::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QVERIFY(ics.contains("DTSTART:20261202T170000Z\r\n"));
        QVERIFY(ics.contains("DTEND:20261202T180000Z\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20261130T060000Z\r\n"));
        QVERIFY(ics.contains("SUMMARY:Bau-\\, Planungs\\; und Umweltausschuss\r\n"));
        QVERIFY(ics.contains("STATUS:CANCELLED\r\n"));
        QVERIFY(ics.contains("CATEGORIES:Bau\\, Planung,Rat\r\n"));
        QVERIFY(ics.contains("URL:") == false);
        // Stable: the same meeting, the same UID; another server, another.
        QCOMPARE(Ics::uidFor(e.serverId, e.meetingId), Ics::uidFor(e.serverId, e.meetingId));
        QVERIFY(Ics::uidFor(e.serverId, e.meetingId) !=
                Ics::uidFor(QStringLiteral("https://other.example/"), e.meetingId));

        const QJsonArray events = parsed(ics, QStringLiteral("shape.ics"));
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();
        QCOMPARE(event.value(QLatin1String("summary")).toString(), e.summary);
        QCOMPARE(event.value(QLatin1String("description")).toString(),
                 QStringLiteral("1 Eröffnung\nÖ 2 Bebauungsplan Hofgarten"));
        // Python's icalendar splits CATEGORIES at escaped commas too (RFC 5545 keeps "\\," inside
        // a value): the raw line is checked above; here the values arrive, the last one whole.
        QCOMPARE(event.value(QLatin1String("categories")).toArray().last().toString(), QStringLiteral("Rat"));
        QCOMPARE(event.value(QLatin1String("start")).toString(), QStringLiteral("2026-12-02T17:00:00+00:00"));
    }

    // The demo town (with its non-public committee and items) written and read back.
    void demoTown()
    {
        auto cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
        Test::TownCache town;
        QVERIFY(town.populate(*cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        addNonPublicMeetings(*cache, town.server->systemUrl().toString());
        CalendarListing listing(cache->database());

        const CalendarSelection shared = listing.select({}, false);
        QVERIFY(shared.meetings.size() > 100);
        QVERIFY(shared.leftOutMeetings > 0);
        QVERIFY(shared.leftOutItems > 0);
        const QJsonArray events =
            parsed(Ics::write(Ics::eventsOf(shared.meetings)), QStringLiteral("town.ics"));
        QCOMPARE(events.size(), shared.meetings.size());
        QSet<QString> uids;
        int cancelled = 0;
        for (const QJsonValue &v : events) {
            uids.insert(v.toObject().value(QLatin1String("uid")).toString());
            cancelled +=
                v.toObject().value(QLatin1String("status")).toString() == QLatin1String("CANCELLED") ? 1 : 0;
        }
        QSet<QString> expectedUids;
        int expectedCancelled = 0;
        for (const CalendarMeeting &m : shared.meetings) {
            QVERIFY(!m.meeting.nonPublic);
            expectedUids.insert(Ics::uidFor(m.meeting.serverId, m.meeting.id));
            expectedCancelled += m.meeting.cancelled ? 1 : 0;
        }
        QCOMPARE(uids, expectedUids);
        QCOMPARE(cancelled, expectedCancelled);
        QVERIFY(cancelled > 0);
        // The first event as written: name, place, the agenda summary, the link, the committee.
        const CalendarMeeting &first = shared.meetings.first();
        const QJsonObject firstEvent = events.first().toObject();
        QCOMPARE(firstEvent.value(QLatin1String("summary")).toString(), first.meeting.name);
        QVERIFY(!first.meeting.location.isEmpty());
        QCOMPARE(firstEvent.value(QLatin1String("location")).toString(), first.meeting.location);
        QCOMPARE(firstEvent.value(QLatin1String("url")).toString(),
                 first.meeting.web.isEmpty() ? first.meeting.id : first.meeting.web);
        QCOMPARE(categoriesOf(firstEvent), first.meeting.committees.join(QLatin1Char(',')));
        QVERIFY(!first.agenda.isEmpty());
        QVERIFY(firstEvent.value(QLatin1String("description"))
                    .toString()
                    .contains(first.agenda.first().name.simplified()));

        // With the member's confirmation: every meeting and item.
        const CalendarSelection all = listing.select({}, true);
        QCOMPARE(all.leftOutMeetings, 0);
        QCOMPARE(all.leftOutItems, 0);
        QCOMPARE(shared.leftOutMeetings, 2);
        QCOMPARE(all.meetings.size(), shared.meetings.size() + shared.leftOutMeetings);
        const QJsonArray allEvents =
            parsed(Ics::write(Ics::eventsOf(all.meetings)), QStringLiteral("all.ics"));
        QCOMPARE(allEvents.size(), all.meetings.size());
        QStringList closed;
        for (const QJsonValue &v : allEvents) {
            const QString summary = v.toObject().value(QLatin1String("summary")).toString();
            if (summary.startsWith(QStringLiteral("Rechnungsprüfungsausschuss"))) {
                closed << summary;
            }
        }
        QCOMPARE(closed.size(), 2);
        for (const QJsonValue &v : events) {
            QVERIFY(!v.toObject()
                         .value(QLatin1String("summary"))
                         .toString()
                         .startsWith(QStringLiteral("Rechnungsprüfungsausschuss")));
        }
        qsizetype descriptions = 0;
        qsizetype sharedDescriptions = 0;
        for (const QJsonValue &v : allEvents) {
            descriptions +=
                v.toObject().value(QLatin1String("description")).toString().count(QLatin1Char('\n'));
        }
        for (const QJsonValue &v : events) {
            sharedDescriptions +=
                v.toObject().value(QLatin1String("description")).toString().count(QLatin1Char('\n'));
        }
        QVERIFY(descriptions > sharedDescriptions);

        // One committee: its meetings only, each with it as category.
        const QList<MeetingCommittee> committees = MeetingCommitteeListing(cache->database()).committees();
        const MeetingCommittee &committee = committees.at(committees.size() / 2);
        MeetingFilter filter;
        filter.committeeIds = {committee.id};
        const CalendarSelection one = listing.select(filter, true);
        QCOMPARE(one.meetings.size() + one.withoutStart, committee.meetings);
        const QJsonArray committeeEvents =
            parsed(Ics::write(Ics::eventsOf(one.meetings)), QStringLiteral("committee.ics"));
        QCOMPARE(committeeEvents.size(), one.meetings.size());
        for (const QJsonValue &v : committeeEvents) {
            QVERIFY(categoriesOf(v.toObject()).contains(committee.name));
        }
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(IcsTest)
#include "tst_ics.moc"
