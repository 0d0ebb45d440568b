// SPDX-License-Identifier: GPL-2.0-or-later
// The council pages' models (issue 18): organizations by kind with a text filter, persons, an
// organization's members and meetings, a person's memberships. Over a member's sync of the demo
// town, with a few rows added by hand for what real servers send and the town has not: a person
// without memberships, a person without a name, memberships without dates, without a vote and on
// behalf of a faction, an organization of no known kind without members or meetings. Every model
// under QAbstractItemModelTester, and against reference dumps (tests/data/council_*.json; to
// regenerate them after an intended change run with RATSMAPPE_UPDATE_REFERENCES=1, see
// modeldump.h). Last, the window's way: the models read on the cache reader's thread.

#include "cache.h"
#include "cachecontroller.h"
#include "councillisting.h"
#include "counciltext.h"
#include "database.h"
#include "membersmodel.h"
#include "modeldump.h"
#include "objectstore.h"
#include "organizationmeetingsmodel.h"
#include "organizationsmodel.h"
#include "personmembershipsmodel.h"
#include "personsmodel.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ratsmappe;

namespace {

const QString Extra = QStringLiteral("https://extra.example/");
const QString Loner = Extra + QStringLiteral("person/loner");
const QString Unnamed = Extra + QStringLiteral("person/unnamed");
const QString Office = Extra + QStringLiteral("organization/office");

// The column of \a role in every row of \a model.
QVariantList column(const QAbstractItemModel &model, int role)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.data(model.index(row, 0), role));
    }
    return values;
}

QStringList strings(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &v : values) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

class CouncilModelsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::TownCache m_town;
    std::unique_ptr<Cache> m_cache;
    QString m_committee; ///< the first committee by name, with members and meetings
    QString m_faction; ///< the first faction by name

    // The town's "today" at noon: what is upcoming and what is current stays put.
    static QDateTime now() { return QDateTime(Test::TownCache::today(), QTime(12, 0), QTimeZone::UTC); }
    Database &db() { return m_cache->database(); }
    QString dir() const { return m_tmp.filePath(QStringLiteral("c")); }

private Q_SLOTS:
    // Any warning fails a case (a model index out of range shows only as one); but the last
    // case's sync fails on purpose, and says so.
    void init()
    {
        if (qstrcmp(QTest::currentTestFunction(), "backgroundRead") != 0) {
            QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        }
    }

    void initTestCase()
    {
        Test::pinEnvironment();
        m_cache = Test::createCache(dir());
        QVERIFY(m_town.populate(*m_cache, m_tmp.filePath(QStringLiteral("pdfs"))));

        const QString server = db().queryText("SELECT id FROM servers LIMIT 1");
        const QString body = db().queryText("SELECT id FROM bodies LIMIT 1");
        m_committee = db().queryText(
            "SELECT id FROM organizations WHERE classification = 'Ausschuss' ORDER BY name LIMIT 1");
        m_faction = db().queryText(
            "SELECT id FROM organizations WHERE organization_type = 'Fraktion' ORDER BY name LIMIT 1");
        QVERIFY(!server.isEmpty() && !body.isEmpty() && !m_committee.isEmpty() && !m_faction.isEmpty());

        ObjectStore objects(db(), server);
        const QDateTime at = QDateTime(Test::TownCache::today(), QTime(9, 0), QTimeZone::UTC);
        const auto add = [&](ObjectKind kind, const QString &parent, const QJsonObject &data) {
            objects.upsert(kind, parent, data, at);
        };
        add(ObjectKind::Person,
            body,
            {{QStringLiteral("id"), Loner},
             {QStringLiteral("name"), QStringLiteral("Zora Allein")},
             {QStringLiteral("familyName"), QStringLiteral("Allein")},
             {QStringLiteral("title"), QJsonArray{QStringLiteral("Dr.")}},
             {QStringLiteral("email"), QJsonArray{QStringLiteral("zora@example.org")}}});
        // No name, only its parts; memberships without dates, without a vote, for a faction.
        add(ObjectKind::Person,
            body,
            {{QStringLiteral("id"), Unnamed},
             {QStringLiteral("givenName"), QStringLiteral("Ute")},
             {QStringLiteral("familyName"), QStringLiteral("Ohnedatum")}});
        add(ObjectKind::Membership,
            Unnamed,
            {{QStringLiteral("id"), QString(Extra + QStringLiteral("membership/undated"))},
             {QStringLiteral("person"), Unnamed},
             {QStringLiteral("organization"), m_committee},
             {QStringLiteral("role"), QStringLiteral("Sachkundige Bürgerin")},
             {QStringLiteral("votingRight"), false},
             {QStringLiteral("onBehalfOf"), m_faction}});
        add(ObjectKind::Membership,
            Unnamed,
            {{QStringLiteral("id"), QString(Extra + QStringLiteral("membership/former"))},
             {QStringLiteral("person"), Unnamed},
             {QStringLiteral("organization"), m_committee},
             {QStringLiteral("role"), QStringLiteral("Mitglied")},
             {QStringLiteral("startDate"), QStringLiteral("2014-06-01")},
             {QStringLiteral("endDate"), QStringLiteral("2020-10-31")}});
        add(ObjectKind::Organization,
            body,
            {{QStringLiteral("id"), Office},
             {QStringLiteral("name"), QStringLiteral("Fachbereich Planen und Bauen")},
             {QStringLiteral("organizationType"), QStringLiteral("Dienststellen")}});
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<int>("kind");
        const int committee = int(OrganizationKind::Committee);
        const int faction = int(OrganizationKind::Faction);
        const int other = int(OrganizationKind::Other);
        // The demo town and Hürtgenwald (SD.NET) as they send it, and OParl's own words.
        QTest::newRow("demo committee") << "Gremium" << "Ausschuss" << committee;
        QTest::newRow("demo faction") << "Fraktion" << "Fraktion" << faction;
        QTest::newRow("sdnet committee") << "Gremium" << "Gremien" << committee;
        QTest::newRow("sdnet faction") << "Fraktion" << "" << faction;
        QTest::newRow("sdnet office") << "Dienststellen" << "" << other;
        QTest::newRow("sdnet ortsvorsteher") << "Gremium" << "Ortsvorsteher" << committee;
        QTest::newRow("classification only") << "" << "Ortschaftsrat" << committee;
        QTest::newRow("beirat") << "" << "Seniorenbeirat" << committee;
        QTest::newRow("bezirksvertretung") << "" << "Bezirksvertretung" << committee;
        QTest::newRow("group") << "" << "Gruppe" << faction;
        QTest::newRow("ratsgruppe") << "Ratsgruppe" << "" << faction;
        QTest::newRow("working group") << "" << "Arbeitsgruppe Radverkehr" << committee;
        QTest::newRow("party") << "Partei" << "" << faction;
        QTest::newRow("case") << "FRAKTION" << "" << faction;
        QTest::newRow("type wins") << "Fraktion" << "Ausschuss" << faction;
        QTest::newRow("administration") << "Verwaltungsbereich" << "" << other;
        QTest::newRow("beratung is no council") << "Beratungsstelle" << "" << other;
        QTest::newRow("nothing") << "" << "" << other;
    }

    void kinds()
    {
        QFETCH(QString, type);
        QFETCH(QString, classification);
        QFETCH(int, kind);
        QCOMPARE(int(organizationKind(type, classification)), kind);
    }

    // Periods as a German member reads them: no weekday, a four-digit year.
    void periods()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDate today(2025, 3, 5);
        QCOMPARE(CouncilText::period(QDate(2019, 5, 1), QDate(2024, 4, 30), today),
                 QStringLiteral("01.05.2019 – 30.04.2024"));
        QCOMPARE(CouncilText::period(QDate(2024, 5, 1), {}, today), QStringLiteral("since 01.05.2024"));
        QCOMPARE(CouncilText::period(QDate(2026, 5, 1), {}, today), QStringLiteral("from 01.05.2026"));
        QCOMPARE(CouncilText::period({}, QDate(2024, 4, 30), today), QStringLiteral("until 30.04.2024"));
        QCOMPARE(CouncilText::period({}, {}, today), QString());
        QLocale::setDefault(QLocale::c());
    }

    void organizations()
    {
        OrganizationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKind(OrganizationsModel::AllKinds);
        model.load(&db(), now());
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("council_organizations.json"), m_town.stableUrls()));
        const int all = model.rowCount();
        QCOMPARE(model.totalCount(), all);

        // Committees, then the office of no known kind at the end, in a section of its own.
        model.setKind(OrganizationsModel::Committees);
        const QStringList kinds = strings(column(model, OrganizationsModel::KindRole));
        QVERIFY(kinds.size() > 5);
        QCOMPARE(kinds.last(), QStringLiteral("other"));
        QCOMPARE(kinds.count(QStringLiteral("other")), 1);
        QVERIFY(!kinds.contains(QStringLiteral("faction")));
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), OrganizationsModel::IdRole).toString(),
                 Office);
        // The office: no members, no meetings, and nothing made up for them.
        const QModelIndex office = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.data(office, OrganizationsModel::MemberCountRole).toInt(), 0);
        QCOMPARE(model.data(office, OrganizationsModel::NextMeetingTextRole).toString(), QString());
        QCOMPARE(model.data(office, OrganizationsModel::TypeTextRole).toString(),
                 QStringLiteral("Dienststellen"));
        // A committee that meets: its next meeting is after "now", with members counted.
        const int committeeRow = int(strings(column(model, OrganizationsModel::IdRole)).indexOf(m_committee));
        QVERIFY(committeeRow >= 0);
        const QModelIndex committee = model.index(committeeRow, 0);
        QVERIFY(model.data(committee, OrganizationsModel::MemberCountRole).toInt() > 0);
        QVERIFY(model.data(committee, OrganizationsModel::NextMeetingRole).toDateTime() >= now());
        QVERIFY(!model.data(committee, OrganizationsModel::NextMeetingTextRole).toString().isEmpty());

        model.setKind(OrganizationsModel::Factions);
        QVERIFY(model.rowCount() >= 2);
        for (const QString &kind : strings(column(model, OrganizationsModel::KindRole))) {
            QCOMPARE(kind, QStringLiteral("faction"));
        }
        QCOMPARE(model.rowCount() + kinds.size(), all);

        // The filter folds as search does: "grunen" finds "Bündnis 90/Die Grünen", case ignored.
        model.setFilterText(QStringLiteral("GRUENEN"));
        QCOMPARE(strings(column(model, OrganizationsModel::NameRole)),
                 QStringList{QStringLiteral("Fraktion Bündnis 90/Die Grünen")});
        model.setFilterText(QStringLiteral("kein solcher Name"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), all);
        model.setKind(OrganizationsModel::Committees);
        model.setFilterText(QStringLiteral("bau"));
        const QStringList building = strings(column(model, OrganizationsModel::NameRole));
        QVERIFY(building.contains(QStringLiteral("Bau- und Verkehrsausschuss")));
        QVERIFY(building.contains(QStringLiteral("Fachbereich Planen und Bauen")));
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), kinds.size());

        model.load(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void persons()
    {
        PersonsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&db(), now().date());
        QVERIFY(model.rowCount() > 20);
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("council_persons.json"), m_town.stableUrls()));

        const QStringList ids = strings(column(model, PersonsModel::IdRole));
        const QModelIndex loner = model.index(int(ids.indexOf(Loner)), 0);
        QCOMPARE(model.data(loner, PersonsModel::MembershipCountRole).toInt(), 0);
        QCOMPARE(model.data(loner, PersonsModel::FactionRole).toString(), QString());
        QCOMPARE(model.data(loner, PersonsModel::SubtitleRole).toString(), QString());
        QCOMPARE(model.data(loner, PersonsModel::InitialRole).toString(), QStringLiteral("A"));
        const QModelIndex unnamed = model.index(int(ids.indexOf(Unnamed)), 0);
        QCOMPARE(model.data(unnamed, PersonsModel::NameRole).toString(), QStringLiteral("Ute Ohnedatum"));
        QCOMPARE(model.data(unnamed, PersonsModel::MembershipCountRole).toInt(), 1); // the former one ended
        // By family name.
        const QStringList initials = strings(column(model, PersonsModel::InitialRole));
        QStringList sorted = initials;
        QCollator collator;
        std::sort(sorted.begin(), sorted.end(), collator);
        QCOMPARE(initials, sorted);

        model.setFilterText(QStringLiteral("ohnedatum"));
        QCOMPARE(strings(column(model, PersonsModel::IdRole)), QStringList{Unnamed});
        // Members of a faction, by the faction's name.
        model.setFilterText(QStringLiteral("SPD"));
        QVERIFY(model.rowCount() > 0);
        for (const QString &faction : strings(column(model, PersonsModel::FactionRole))) {
            QVERIFY2(faction.contains(QLatin1String("SPD")), qPrintable(faction));
        }
    }

    void members()
    {
        MembersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isReady());
        model.setOrganizationId(m_committee);
        model.load(&db(), now().date());
        QVERIFY(model.isReady());
        QCOMPARE(model.organization().value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(model.organization().value(QStringLiteral("typeText")).toString(),
                 QStringLiteral("Ausschuss"));
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("council_members.json"), m_town.stableUrls()));

        // Current members first, the former one last, apart.
        const QStringList sections = strings(column(model, MembersModel::SectionRole));
        QCOMPARE(sections.last(), QStringLiteral("former"));
        QCOMPARE(sections.count(QStringLiteral("former")), 1);
        const int former = model.rowCount() - 1;
        QCOMPARE(model.data(model.index(former, 0), MembersModel::PersonIdRole).toString(), Unnamed);
        QCOMPARE(model.data(model.index(former, 0), MembersModel::PeriodRole).toString(),
                 QStringLiteral("1 Jun 2014 – 31 Oct 2020"));
        // The undated membership is current, without a period, advisory, for its faction.
        const QStringList persons = strings(column(model, MembersModel::PersonIdRole));
        const QModelIndex undated = model.index(int(persons.indexOf(Unnamed)), 0);
        QVERIFY(model.data(undated, MembersModel::CurrentRole).toBool());
        QCOMPARE(model.data(undated, MembersModel::PeriodRole).toString(), QString());
        QCOMPARE(model.data(undated, MembersModel::VotingRightRole).toInt(), 0);
        const QString faction = db().queryText(
            "SELECT name FROM organizations WHERE organization_type = 'Fraktion' ORDER BY name LIMIT 1");
        QCOMPARE(model.data(undated, MembersModel::FactionRole).toString(), faction);
        QCOMPARE(model.data(undated, MembersModel::SubtitleRole).toString(),
                 QStringLiteral("Sachkundige Bürgerin · %1 · advisory").arg(faction));

        // An organization without members, and one the cache does not hold.
        model.setOrganizationId(Office);
        model.load(&db(), now().date());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.organization().value(QStringLiteral("found")).toBool(), true);
        model.setOrganizationId(Extra + QStringLiteral("organization/nowhere"));
        model.load(&db(), now().date());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.organization().value(QStringLiteral("found")).toBool(), false);
        QVERIFY(model.isReady());
    }

    void organizationMeetings()
    {
        OrganizationMeetingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganizationId(m_committee);
        model.load(&db(), now());
        QVERIFY(model.rowCount() > 2);
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("council_meetings.json"), m_town.stableUrls()));
        // Upcoming first (soonest on top), then past (latest on top).
        const QVariantList starts = column(model, OrganizationMeetingsModel::StartRole);
        const QVariantList upcoming = column(model, OrganizationMeetingsModel::UpcomingRole);
        QVERIFY(upcoming.first().toBool());
        QVERIFY(!upcoming.last().toBool());
        for (int i = 1; i < starts.size(); ++i) {
            if (upcoming.at(i).toBool()) {
                QVERIFY(starts.at(i - 1).toDateTime() <= starts.at(i).toDateTime());
            } else if (!upcoming.at(i - 1).toBool()) {
                QVERIFY(starts.at(i - 1).toDateTime() >= starts.at(i).toDateTime());
            }
        }
        // Factions and the office have none.
        model.setOrganizationId(m_faction);
        model.load(&db(), now());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isReady());
        model.setOrganizationId(Office);
        model.load(&db(), now());
        QCOMPARE(model.rowCount(), 0);
    }

    void personMemberships()
    {
        PersonMembershipsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A council member of the town: the faction on top, the committees after it.
        const QString member = db().queryText(
            "SELECT person_id FROM memberships WHERE organization_id = (SELECT id FROM organizations "
            "WHERE classification = 'Rat') ORDER BY person_id LIMIT 1");
        model.setPersonId(member);
        model.load(&db(), now().date());
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.data(model.index(0, 0), PersonMembershipsModel::KindRole).toString(),
                 QStringLiteral("faction"));
        QCOMPARE(model.person().value(QStringLiteral("faction")).toString(),
                 model.data(model.index(0, 0), PersonMembershipsModel::OrganizationNameRole).toString());
        QVERIFY(Test::compareWithReference(
            Test::dumpModel(model), QStringLiteral("council_personmemberships.json"), m_town.stableUrls()));

        // Memberships without dates and ended ones, on behalf of a faction.
        model.setPersonId(Unnamed);
        model.load(&db(), now().date());
        QCOMPARE(strings(column(model, PersonMembershipsModel::SectionRole)),
                 QStringList({QStringLiteral("current"), QStringLiteral("former")}));
        QCOMPARE(model.data(model.index(0, 0), PersonMembershipsModel::PeriodRole).toString(), QString());
        QVERIFY(!model.data(model.index(0, 0), PersonMembershipsModel::OnBehalfOfRole).toString().isEmpty());
        QCOMPARE(model.person().value(QStringLiteral("name")).toString(), QStringLiteral("Ute Ohnedatum"));
        QCOMPARE(model.person().value(QStringLiteral("faction")).toString(), QString());

        // A person with no memberships: found, with what the server sent about them.
        model.setPersonId(Loner);
        model.load(&db(), now().date());
        QCOMPARE(model.rowCount(), 0);
        const QVariantMap loner = model.person();
        QCOMPARE(loner.value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(loner.value(QStringLiteral("title")).toString(), QStringLiteral("Dr."));
        QCOMPARE(loner.value(QStringLiteral("emails")).toStringList(),
                 QStringList{QStringLiteral("zora@example.org")});
        QCOMPARE(loner.value(QStringLiteral("phones")).toStringList(), QStringList());
        QCOMPARE(loner.value(QStringLiteral("nonPublic")).toBool(), false);

        model.setPersonId(Extra + QStringLiteral("person/nobody"));
        model.load(&db(), now().date());
        QCOMPARE(model.person().value(QStringLiteral("found")).toBool(), false);
        model.load(nullptr);
        QVERIFY(!model.isReady());
        QCOMPARE(model.rowCount(), 0);
    }

    // The window's way: each model reads on the cache reader's thread and gets the rows its
    // own load() gets. Last: it closes the shared cache and opens it in a controller.
    void backgroundRead()
    {
        m_cache.reset();
        // No server to sync with: the cache stays as the cases above saw it.
        m_town.server.reset();
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        CacheController controller;
        QSignalSpy synced(controller.sync(), &SyncController::finished);
        controller.start(dir());
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
        qunsetenv("RATSMAPPE_PASSWORD");
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        Database &db = controller.cache()->database();

        OrganizationsModel organizations, reference;
        organizations.setKind(OrganizationsModel::AllKinds);
        reference.setKind(OrganizationsModel::AllKinds);
        MembersModel members, membersReference;
        members.setOrganizationId(m_committee);
        membersReference.setOrganizationId(m_committee);
        PersonsModel persons, personsReference;
        QAbstractItemModelTester t1(&organizations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&persons, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy organizationsLoaded(&organizations, &CacheListModel::loaded);
        QSignalSpy membersLoaded(&members, &CacheListModel::loaded);
        QSignalSpy personsLoaded(&persons, &CacheListModel::loaded);
        organizations.setCacheController(&controller);
        members.setCacheController(&controller);
        persons.setCacheController(&controller);
        // Read in the background: nothing yet on the GUI thread.
        QVERIFY(organizations.isLoading());
        QCOMPARE(organizations.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            organizationsLoaded.count() > 0 && membersLoaded.count() > 0 && personsLoaded.count() > 0, 30000);
        QVERIFY(!organizations.isLoading());
        QVERIFY(members.isReady());

        reference.load(&db);
        membersReference.load(&db);
        personsReference.load(&db);
        QVERIFY(organizations.rowCount() > 0);
        QCOMPARE(Test::dumpModel(organizations), Test::dumpModel(reference));
        QCOMPARE(Test::dumpModel(members), Test::dumpModel(membersReference));
        QCOMPARE(Test::dumpModel(persons), Test::dumpModel(personsReference));

        // Another organization: read again, in the background.
        membersLoaded.clear();
        members.setOrganizationId(Office);
        QTRY_VERIFY_WITH_TIMEOUT(membersLoaded.count() > 0, 30000);
        QCOMPARE(members.rowCount(), 0);
        QCOMPARE(members.organization().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Fachbereich Planen und Bauen"));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(CouncilModelsTest)
#include "tst_councilmodels.moc"
