// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe ics` (issue 18, docs/cli.md) through the real binary on a member's cache of the
// demo town: the file (a calendar, readable by the member alone), --json, the committee and
// date filters, non-public meetings left out unless --include-nonpublic, usage errors, a
// locked cache, a file that cannot be written.

#include "calendarlisting.h"
#include "clicontract.h"
#include "objectstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace Ratsmappe;

class CliIcsTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Test::TownCache m_town;
    QString m_dir;
    int m_public = 0; // meetings a file without non-public ones holds
    int m_nonPublic = 0;
    MeetingCommittee m_committee;
    int m_committeePublic = 0;

    Test::Run ics(const QStringList &more, bool withPassphrase = true)
    {
        return ratsmappe(QStringList{QStringLiteral("ics"), QStringLiteral("--cache"), m_dir} + more,
                         withPassphrase);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("cache"));
        auto cache = Test::createCache(m_dir);
        QVERIFY(m_town.populate(*cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        // The small town has no committee that meets behind closed doors: one such meeting.
        ObjectStore(cache->database(), m_town.server->systemUrl().toString())
            .upsert(ObjectKind::Meeting,
                    {},
                    {{QStringLiteral("id"), QStringLiteral("https://ris.example/meeting/closed")},
                     {QStringLiteral("name"), QStringLiteral("Rechnungsprüfungsausschuss")},
                     {QStringLiteral("start"), QStringLiteral("2025-03-12T17:00:00+01:00")},
                     {QStringLiteral("ratsmappe:nonPublic"), true}},
                    QDateTime::currentDateTimeUtc());
        CalendarListing listing(cache->database());
        const CalendarSelection selection = listing.select({}, false);
        m_public = static_cast<int>(selection.meetings.size());
        m_nonPublic = selection.leftOutMeetings;
        QVERIFY(m_public > 100);
        QCOMPARE(m_nonPublic, 1);
        const QList<MeetingCommittee> committees = MeetingCommitteeListing(cache->database()).committees();
        QVERIFY(committees.size() > 2);
        m_committee = committees.at(1);
        MeetingFilter filter;
        filter.committeeIds = {m_committee.id};
        m_committeePublic = static_cast<int>(listing.select(filter, false).meetings.size());
        QVERIFY(m_committeePublic > 0 && m_committeePublic < m_public);
    }

    void writesTheCalendar()
    {
        const QString out = m_tmp.filePath(QStringLiteral("all.ics"));
        const Test::Run r = ics({QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QLatin1String("file")).toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(json.value(QLatin1String("meetings")).toInt(), m_public);
        QCOMPARE(json.value(QLatin1String("leftOut")).toInt(), m_nonPublic);
        QVERIFY(json.value(QLatin1String("leftOutItems")).toInt() > 0);
        QCOMPARE(Test::fileMode(out), 0600);
        const QByteArray calendar = readAll(out);
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(calendar.count("BEGIN:VEVENT"), m_public);

        // Plain: the file and the count on stdout, what was left out on stderr.
        const Test::Run plain = ics({QStringLiteral("--out"), out});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(QFile::encodeName(out)));
        QVERIFY(plain.out.contains(QByteArray::number(m_public)));
        QVERIFY(plain.err.contains("--include-nonpublic"));
    }

    void includesNonPublicWhenAsked()
    {
        const QString out = m_tmp.filePath(QStringLiteral("member.ics"));
        const Test::Run r = ics(
            {QStringLiteral("--out"), out, QStringLiteral("--include-nonpublic"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("meetings")).toInt(), m_public + m_nonPublic);
        QCOMPARE(r.json().value(QLatin1String("leftOut")).toInt(), 0);
        QCOMPARE(readAll(out).count("BEGIN:VEVENT"), m_public + m_nonPublic);
        QCOMPARE(Test::fileMode(out), 0600);
    }

    void filters()
    {
        const QString out = m_tmp.filePath(QStringLiteral("committee.ics"));
        Test::Run r = ics({QStringLiteral("--out"),
                           out,
                           QStringLiteral("--committee"),
                           m_committee.id,
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("meetings")).toInt(), m_committeePublic);

        // The town's "today" alone, then a range that holds nothing.
        const QString day = Test::TownCache::today().toString(Qt::ISODate);
        r = ics({QStringLiteral("--out"),
                 out,
                 QStringLiteral("--from"),
                 QStringLiteral("1990-01-01"),
                 QStringLiteral("--until"),
                 QStringLiteral("1990-12-31"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("meetings")).toInt(), 0);
        QCOMPARE(readAll(out).count("BEGIN:VEVENT"), 0);
        r = ics({QStringLiteral("--out"), out, QStringLiteral("--from"), day, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const int fromToday = r.json().value(QLatin1String("meetings")).toInt();
        QVERIFY(fromToday > 0 && fromToday < m_public);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = m_tmp.filePath(QStringLiteral("usage.ics"));
        QTest::newRow("no --out") << QStringList{};
        QTest::newRow("bad --from") << QStringList{
            QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("02.12.2026")};
        QTest::newRow("bad --until") << QStringList{
            QStringLiteral("--out"), out, QStringLiteral("--until"), QStringLiteral("tomorrow")};
        QTest::newRow("from after until") << QStringList{QStringLiteral("--out"),
                                                         out,
                                                         QStringLiteral("--from"),
                                                         QStringLiteral("2026-12-02"),
                                                         QStringLiteral("--until"),
                                                         QStringLiteral("2026-12-01")};
        QTest::newRow("an argument") << QStringList{
            QStringLiteral("--out"), out, QStringLiteral("meeting-1")};
        QTest::newRow("a folder") << QStringList{QStringLiteral("--out"), m_tmp.path()};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--out"), out, QStringLiteral("--public")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Test::Run r = ics(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("usage.ics"))));
    }

    void locked()
    {
        const QString out = m_tmp.filePath(QStringLiteral("locked.ics"));
        const Test::Run r = ics({QStringLiteral("--out"), out}, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
    }

    void cannotWrite()
    {
        const QString out = m_tmp.filePath(QStringLiteral("no-such-folder/x.ics"));
        const Test::Run r = ics({QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("x.ics"));
        QVERIFY(!QFile::exists(out));
    }
};

RATSMAPPE_TEST_MAIN(CliIcsTest)
#include "tst_cli_ics.moc"
