// SPDX-License-Identifier: GPL-2.0-or-later
#include "town.h"

#include "demopdf.h"
#include "demorandom.h"
#include "oparlserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimeZone>

#include <deque>

namespace Ratsmappe::Demo {

namespace {

// Bumped whenever the PDF writer's output changes, so cached documents are made anew.
constexpr int PdfGeneration = 2;

struct SizeParams
{
    int committees;
    int districts; // Bezirksvertretungen
    int villages; // Ortschaftsräte
    int intervalMin, intervalMax; // weeks between meetings of one organization
    int itemsMin, itemsMax; // paper items per meeting, besides the standing ones
    int poolVorlage, poolAnlage, poolProtocol, poolInvitation;
    int scanMin, scanMax; // scanned pages of an Anlage
    int councilSize;
};

SizeParams paramsFor(TownSize size)
{
    switch (size) {
    case TownSize::Small:
        return {5, 0, 2, 5, 7, 3, 5, 16, 10, 6, 6, 1, 2, 24};
    case TownSize::Town:
        return {7, 0, 4, 3, 5, 4, 8, 70, 50, 25, 25, 1, 3, 36};
    case TownSize::Large:
        return {9, 12, 40, 1, 3, 5, 9, 260, 260, 50, 50, 3, 9, 60};
    }
    return paramsFor(TownSize::Town);
}

const QList<QString> townNames = {
    QStringLiteral("Wiesenfeld"),
    QStringLiteral("Lindenbrück"),
    QStringLiteral("Hohenau"),
    QStringLiteral("Talheim am See"),
    QStringLiteral("Kirchberg an der Aue"),
    QStringLiteral("Mühlhausen-Süd"),
    QStringLiteral("Bad Steinfurt"),
    QStringLiteral("Eichenrode"),
};

const QList<QString> committeeNames = {
    QStringLiteral("Haupt- und Finanzausschuss"),
    QStringLiteral("Ausschuss für Stadtentwicklung und Umwelt"),
    QStringLiteral("Bau- und Verkehrsausschuss"),
    QStringLiteral("Ausschuss für Bildung, Kultur und Sport"),
    QStringLiteral("Sozial- und Gesundheitsausschuss"),
    QStringLiteral("Rechnungsprüfungsausschuss"),
    QStringLiteral("Jugendhilfeausschuss"),
    QStringLiteral("Werksausschuss Stadtwerke"),
    QStringLiteral("Ausschuss für Wirtschaft, Digitalisierung und Tourismus"),
};

const QList<QString> placeNames = {
    QStringLiteral("Oberdorf"),
    QStringLiteral("Unterau"),
    QStringLiteral("Kleinhausen"),
    QStringLiteral("Buchenhain"),
    QStringLiteral("Altenweiler"),
    QStringLiteral("Rotbach"),
    QStringLiteral("Grünsfeld"),
    QStringLiteral("Hasselroth"),
    QStringLiteral("Mittelstetten"),
    QStringLiteral("Weißenstein"),
    QStringLiteral("Lerchenberg"),
    QStringLiteral("Sonnenhof"),
};

const QList<QString> factions = {
    QStringLiteral("CDU-Fraktion"),
    QStringLiteral("SPD-Fraktion"),
    QStringLiteral("Fraktion Bündnis 90/Die Grünen"),
    QStringLiteral("FDP-Fraktion"),
    QStringLiteral("Fraktion Freie Wähler"),
    QStringLiteral("Fraktion Die Linke"),
};

const QList<QString> firstNames = {
    QStringLiteral("Anna"),     QStringLiteral("Bernd"),       QStringLiteral("Claudia"),
    QStringLiteral("Dieter"),   QStringLiteral("Elke"),        QStringLiteral("Frank"),
    QStringLiteral("Gabriele"), QStringLiteral("Hans-Jürgen"), QStringLiteral("Ingrid"),
    QStringLiteral("Jörg"),     QStringLiteral("Karin"),       QStringLiteral("Lukas"),
    QStringLiteral("Monika"),   QStringLiteral("Norbert"),     QStringLiteral("Özlem"),
    QStringLiteral("Petra"),    QStringLiteral("Rüdiger"),     QStringLiteral("Sabine"),
    QStringLiteral("Thomas"),   QStringLiteral("Ulrike"),      QStringLiteral("Volker"),
    QStringLiteral("Werner"),   QStringLiteral("Yasemin"),     QStringLiteral("Zoë"),
};

const QList<QString> lastNames = {
    QStringLiteral("Müller"),   QStringLiteral("Schmidt"),    QStringLiteral("Schneider"),
    QStringLiteral("Fischer"),  QStringLiteral("Weber"),      QStringLiteral("Meyer"),
    QStringLiteral("Wagner"),   QStringLiteral("Becker"),     QStringLiteral("Schulz"),
    QStringLiteral("Hoffmann"), QStringLiteral("Schäfer"),    QStringLiteral("Koch"),
    QStringLiteral("Bauer"),    QStringLiteral("Richter"),    QStringLiteral("Klein"),
    QStringLiteral("Wolf"),     QStringLiteral("Schröder"),   QStringLiteral("Neumann"),
    QStringLiteral("Schwarz"),  QStringLiteral("Zimmermann"), QStringLiteral("Krüger"),
    QStringLiteral("Hartmann"), QStringLiteral("Lange"),      QStringLiteral("Yılmaz"),
};

const QList<QString> topics = {
    QStringLiteral("Sanierung der Grundschule Am Markt"),
    QStringLiteral("Bebauungsplan Nr. %1 „Am Mühlenbach“"),
    QStringLiteral("Neubau der Feuerwache Nord"),
    QStringLiteral("Radverkehrskonzept 2030"),
    QStringLiteral("Elternbeiträge für Kindertagesstätten"),
    QStringLiteral("Jahresabschluss der Stadtwerke"),
    QStringLiteral("Beschaffung eines Hilfeleistungslöschfahrzeugs HLF 20"),
    QStringLiteral("Umgestaltung des Marktplatzes"),
    QStringLiteral("Kommunale Wärmeplanung"),
    QStringLiteral("Änderung der Hundesteuersatzung"),
    QStringLiteral("Zuschuss an den TuS %2 e. V."),
    QStringLiteral("Umrüstung der Straßenbeleuchtung auf LED"),
    QStringLiteral("Breitbandausbau in %2"),
    QStringLiteral("Friedhofsgebührensatzung"),
    QStringLiteral("Spielplatzkonzept für %2"),
    QStringLiteral("Schulentwicklungsplan 2026–2031"),
    QStringLiteral("Stellenplan"),
    QStringLiteral("Ausbau der Ganztagsbetreuung an Grundschulen"),
    QStringLiteral("Lärmaktionsplan Stufe 4"),
    QStringLiteral("Sanierung der Brücke an der Mühlenstraße"),
    QStringLiteral("Photovoltaik auf städtischen Dächern"),
    QStringLiteral("Parkraumbewirtschaftung in der Innenstadt"),
    QStringLiteral("Wirtschaftsplan des Eigenbetriebs Abwasser"),
    QStringLiteral("Hochwasserschutz am Mühlbach"),
    QStringLiteral("Einrichtung einer Fahrradstraße in der Goethestraße"),
    QStringLiteral("Ortsumgehung %2"),
    QStringLiteral("Verkehrsberuhigung der Schulstraße in %2"),
    QStringLiteral("Neufassung der Straßenreinigungssatzung"),
    QStringLiteral("Förderprogramm für Dach- und Fassadenbegrünung"),
    QStringLiteral("Barrierefreier Umbau der Bushaltestellen"),
};

const QList<QString> nonPublicTopics = {
    QStringLiteral("Grundstücksangelegenheit Gemarkung %2, Flur %1"),
    QStringLiteral("Personalangelegenheit"),
    QStringLiteral("Vergabe von Bauleistungen: Los %1"),
    QStringLiteral("Stundung einer Gewerbesteuerforderung"),
    QStringLiteral("Vertragsangelegenheit Stadtwerke"),
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct Pool
{
    QList<int> vorlage, anlage, protocol, invitation; // indexes into the specs
    QList<PdfSpec> specs;
    QStringList paths;
};

class TownBuilder
{
public:
    TownBuilder(OParlServer &server, const TownOptions &options)
        : m_server(server)
        , m_options(options)
        , m_params(paramsFor(options.size))
        , m_random(options.seed * 0x2545f4914f6cdd1dULL + quint64(options.size))
    {
        // Stable within a week: the Monday 00:00 UTC of today's week.
        const QDate monday = options.today.addDays(1 - options.today.dayOfWeek());
        m_anchor = QDateTime(monday, QTime(0, 0), QTimeZone::UTC);
        // Nothing is newer than yesterday: clients' incremental runs (which look an hour back)
        // find an unchanged town unchanged.
        m_latest = QDateTime::currentDateTimeUtc().addDays(-1);
    }

    TownSummary build();

private:
    QDateTime past(const QDateTime &t) const { return std::min(t, m_latest); }
    QString add(const QString &kind, QJsonObject fields, const QDateTime &created, const QDateTime &modified)
    {
        fields.insert(QLatin1String("created"), iso(past(created)));
        return m_server.add(kind, fields, past(std::max(created, modified)));
    }
    void makePool();
    void writePool();
    QString addFile(const QString &name, int pdf, const QDateTime &created, bool nonPublic);
    QString topic(const QList<QString> &bank);

    OParlServer &m_server;
    TownOptions m_options;
    SizeParams m_params;
    Random m_random;
    QDateTime m_anchor;
    QDateTime m_latest;
    TownSummary m_summary;
    Pool m_pool;
    QList<std::pair<QString, int>> m_files; // file id → pool index, bytes attached at the end
    int m_fileCounter = 0;
};

QString TownBuilder::topic(const QList<QString> &bank)
{
    QString t = m_random.pick(bank);
    if (t.contains(QLatin1String("%1"))) {
        t = t.arg(m_random.range(3, 140));
    }
    if (t.contains(QLatin1String("%2"))) {
        t = t.arg(m_random.pick(placeNames));
    }
    return t;
}

void TownBuilder::makePool()
{
    const auto addSpec = [&](QList<int> &list, PdfSpec spec) {
        spec.seed = m_random.next();
        list.append(int(m_pool.specs.size()));
        m_pool.specs.append(spec);
    };
    const QString subtitle = QStringLiteral("Stadt %1").arg(m_summary.name);
    for (int i = 0; i < m_params.poolVorlage; ++i) {
        // Most Vorlagen are short; every twelfth is a long report (100+ pages).
        const int pages = i % 12 == 5 ? m_random.range(100, 160) : m_random.range(2, 24);
        addSpec(m_pool.vorlage,
                {PdfSpec::Style::Vorlage,
                 QStringLiteral("Vorlage: %1").arg(topic(topics)),
                 subtitle,
                 0,
                 pages,
                 0});
    }
    for (int i = 0; i < m_params.poolAnlage; ++i) {
        const int scans = m_random.range(m_params.scanMin, m_params.scanMax);
        addSpec(m_pool.anlage,
                {PdfSpec::Style::Vorlage,
                 QStringLiteral("Anlage: %1").arg(topic(topics)),
                 subtitle,
                 0,
                 scans + m_random.range(1, 6),
                 scans});
    }
    for (int i = 0; i < m_params.poolProtocol; ++i) {
        addSpec(m_pool.protocol,
                {PdfSpec::Style::Protocol,
                 QStringLiteral("Niederschrift"),
                 subtitle,
                 0,
                 m_random.range(3, 14),
                 0});
    }
    for (int i = 0; i < m_params.poolInvitation; ++i) {
        addSpec(
            m_pool.invitation,
            {PdfSpec::Style::Invitation, QStringLiteral("Einladung"), subtitle, 0, m_random.range(1, 3), 0});
    }
}

void TownBuilder::writePool()
{
    QDir dir(m_options.pdfCacheDir);
    dir.mkpath(QStringLiteral("."));
    for (const PdfSpec &spec : std::as_const(m_pool.specs)) {
        QCryptographicHash key(QCryptographicHash::Sha1);
        key.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                        .arg(PdfGeneration)
                        .arg(int(spec.style))
                        .arg(spec.title, spec.subtitle)
                        .arg(spec.seed)
                        .arg(spec.pages)
                        .arg(spec.scanPages)
                        .toUtf8());
        const QString path = dir.filePath(QString::fromLatin1(key.result().toHex()) + QStringLiteral(".pdf"));
        if (!QFile::exists(path)) {
            // Written beside and renamed: a killed generator never leaves half a PDF in the cache.
            QSaveFile out(path);
            if (out.open(QIODevice::WriteOnly)) {
                out.write(writePdf(spec));
                out.commit();
            }
            ++m_summary.generatedPdfs;
        }
        m_pool.paths.append(path);
        m_summary.pdfBytes += QFileInfo(path).size();
    }
    m_summary.pdfs = int(m_pool.specs.size());
}

QString TownBuilder::addFile(const QString &name, int pdf, const QDateTime &created, bool nonPublic)
{
    ++m_fileCounter;
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9ÄÖÜäöüß]+")), QStringLiteral("_"));
    QJsonObject fields{
        {QStringLiteral("name"), name},
        {QStringLiteral("fileName"), QStringLiteral("%1_%2.pdf").arg(fileName.left(40)).arg(m_fileCounter)},
        {QStringLiteral("date"), created.date().toString(Qt::ISODate)}};
    if (nonPublic) {
        fields.insert(OParlServer::nonPublicProperty(), true);
    }
    const QString id = add(QStringLiteral("File"), fields, created, created);
    m_files.append({id, pdf});
    ++m_summary.files;
    return id;
}

TownSummary TownBuilder::build()
{
    m_summary.name = m_random.pick(townNames);
    m_server.setBodyName(QStringLiteral("Stadt %1").arg(m_summary.name), m_summary.name);
    makePool();
    // The budget draft: one document of more than 1,000 pages, as every town has each autumn.
    const int budgetPdf = int(m_pool.specs.size());
    m_pool.specs.append({PdfSpec::Style::Budget,
                         QStringLiteral("Haushaltsplanentwurf %1").arg(m_anchor.date().year() + 1),
                         QStringLiteral("Stadt %1 · Entwurf zur Beratung").arg(m_summary.name),
                         m_options.seed,
                         1032,
                         0});
    writePool();

    const QDateTime termStart(QDate(m_anchor.date().year() - 2, 11, 1), QTime(0, 0), QTimeZone::UTC);
    const QString term = add(
        QStringLiteral("LegislativeTerm"),
        {{QStringLiteral("name"),
          QStringLiteral("Wahlperiode %1–%2").arg(termStart.date().year()).arg(termStart.date().year() + 5)},
         {QStringLiteral("startDate"), termStart.date().toString(Qt::ISODate)},
         {QStringLiteral("endDate"), termStart.date().addYears(5).addDays(-1).toString(Qt::ISODate)}},
        termStart,
        termStart);
    Q_UNUSED(term)
    const QDateTime setup = termStart.addDays(-30);
    const QString townHall = add(QStringLiteral("Location"),
                                 {{QStringLiteral("description"), QStringLiteral("Rathaus, Ratssaal")},
                                  {QStringLiteral("streetAddress"), QStringLiteral("Marktplatz 1")},
                                  {QStringLiteral("locality"), m_summary.name}},
                                 setup,
                                 setup);
    const QString meetingRoom =
        add(QStringLiteral("Location"),
            {{QStringLiteral("description"), QStringLiteral("Rathaus, Sitzungssaal 2")},
             {QStringLiteral("streetAddress"), QStringLiteral("Marktplatz 1")},
             {QStringLiteral("locality"), m_summary.name}},
            setup,
            setup);

    struct Org
    {
        QString id;
        QString name;
        QString shortName;
        int interval;
        QString location;
        bool nonPublic;
        bool council;
    };
    QList<Org> orgs;
    const auto addOrg = [&](const QString &name,
                            const QString &shortName,
                            const QString &classification,
                            const QString &type,
                            const QString &location) {
        QJsonObject fields{{QStringLiteral("name"), name},
                           {QStringLiteral("shortName"), shortName},
                           {QStringLiteral("organizationType"), type},
                           {QStringLiteral("classification"), classification},
                           {QStringLiteral("startDate"), termStart.date().toString(Qt::ISODate)}};
        if (!location.isEmpty()) {
            fields.insert(QLatin1String("location"), location);
        }
        ++m_summary.organizations;
        return add(QStringLiteral("Organization"), fields, setup, setup);
    };
    const QString councilName = QStringLiteral("Rat der Stadt %1").arg(m_summary.name);
    orgs.append(
        {addOrg(
             councilName, QStringLiteral("Rat"), QStringLiteral("Rat"), QStringLiteral("Gremium"), townHall),
         councilName,
         QStringLiteral("Rat"),
         m_params.intervalMax + 1,
         townHall,
         false,
         true});
    for (int i = 0; i < m_params.committees; ++i) {
        const QString name = committeeNames.at(i % committeeNames.size());
        const QString shortName = name.section(QLatin1Char(' '), 0, 0);
        orgs.append(
            {addOrg(name, shortName, QStringLiteral("Ausschuss"), QStringLiteral("Gremium"), meetingRoom),
             name,
             shortName,
             m_random.range(m_params.intervalMin, m_params.intervalMax),
             meetingRoom,
             name.startsWith(QLatin1String("Rechnungsprüfung")),
             false});
    }
    const auto localBody = [&](const QString &kind, int index) {
        const QString place = placeNames.at(index % placeNames.size()) +
            (index >= placeNames.size() ? QStringLiteral(" %1").arg(index / placeNames.size() + 1)
                                        : QString());
        const QString location =
            add(QStringLiteral("Location"),
                {{QStringLiteral("description"), QStringLiteral("Dorfgemeinschaftshaus %1").arg(place)},
                 {QStringLiteral("locality"), place}},
                setup,
                setup);
        const QString name = kind + QLatin1Char(' ') + place;
        orgs.append({addOrg(name, place, kind, QStringLiteral("Gremium"), location),
                     name,
                     place,
                     m_random.range(m_params.intervalMin, m_params.intervalMax + 1),
                     location,
                     false,
                     false});
    };
    for (int i = 0; i < m_params.districts; ++i) {
        localBody(QStringLiteral("Bezirksvertretung"), i + 3);
    }
    for (int i = 0; i < m_params.villages; ++i) {
        localBody(QStringLiteral("Ortschaftsrat"), i);
    }
    QStringList factionIds;
    for (const QString &f : factions) {
        factionIds.append(addOrg(f,
                                 f.section(QLatin1Char(' '), 0, 0),
                                 QStringLiteral("Fraktion"),
                                 QStringLiteral("Fraktion"),
                                 {}));
    }

    // Persons: the council's members sit in a faction and one or two committees; every local
    // body has its own members.
    const auto addPerson = [&](const QList<std::pair<QString, QString>> &roles) {
        const QString given = m_random.pick(firstNames);
        const QString family = m_random.pick(lastNames);
        const QString person = add(QStringLiteral("Person"),
                                   {{QStringLiteral("name"), QString(given + QLatin1Char(' ') + family)},
                                    {QStringLiteral("givenName"), given},
                                    {QStringLiteral("familyName"), family}},
                                   setup,
                                   setup);
        QJsonArray memberships;
        for (const auto &[org, role] : roles) {
            memberships.append(add(QStringLiteral("Membership"),
                                   {{QStringLiteral("person"), person},
                                    {QStringLiteral("organization"), org},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("startDate"), termStart.date().toString(Qt::ISODate)}},
                                   setup,
                                   setup));
        }
        m_server.change(person, {{QStringLiteral("membership"), memberships}}, false);
        ++m_summary.persons;
    };
    for (int i = 0; i < m_params.councilSize; ++i) {
        QList<std::pair<QString, QString>> roles{
            {orgs.first().id, i == 0 ? QStringLiteral("Bürgermeister/in") : QStringLiteral("Mitglied")},
            {factionIds.at(i % factionIds.size()), QStringLiteral("Mitglied")}};
        roles.append({orgs.at(1 + i % m_params.committees).id, QStringLiteral("Mitglied")});
        if (i % 3 == 0) {
            roles.append({orgs.at(1 + (i + 2) % m_params.committees).id, QStringLiteral("stellv. Mitglied")});
        }
        addPerson(roles);
    }
    for (int o = 1 + m_params.committees; o < orgs.size(); ++o) {
        for (int i = 0; i < 7; ++i) {
            addPerson({{orgs.at(o).id, i == 0 ? QStringLiteral("Vorsitz") : QStringLiteral("Mitglied")}});
        }
    }

    // Meetings, in date order across all organizations, so that papers advised in a committee
    // go on to the council.
    struct Slot
    {
        QDateTime start;
        int org;
    };
    std::vector<Slot> schedule;
    const QDateTime first = m_anchor.addDays(-7 * 100);
    const QDateTime last = m_anchor.addDays(7 * 8);
    for (int o = 0; o < orgs.size(); ++o) {
        QDateTime t = first.addDays(m_random.range(0, orgs[o].interval * 7 - 1));
        while (t < last) {
            const int weekday = t.date().dayOfWeek();
            const QDateTime start =
                t.addDays(weekday > 4 ? 8 - weekday : 0).addSecs(3600 * (16 + m_random.range(0, 2)));
            schedule.push_back({start, o});
            t = t.addDays(7 * orgs[o].interval);
        }
    }
    std::stable_sort(
        schedule.begin(), schedule.end(), [](const Slot &a, const Slot &b) { return a.start < b.start; });

    std::deque<std::pair<QString, QString>> forCouncil; // papers (id, name) advised in a committee
    QHash<QString, QJsonArray> consultations; // by paper, set when all meetings are made
    QHash<int, int> sessionNumbers;
    QHash<int, int> paperNumbers; // per year
    bool budgetPlaced = false;
    const QDateTime budgetAfter = m_anchor.addDays(-45);
    const auto addPaper =
        [&](const QString &name, const QString &type, const QDateTime &date, bool nonPublic, int org) {
            const int year = date.date().year();
            const QString reference =
                QStringLiteral("%1/%2").arg(year).arg(++paperNumbers[year], 4, 10, QLatin1Char('0'));
            const QDateTime created = date.addDays(-m_random.range(10, 30));
            const int mainPdf = name.startsWith(QLatin1String("Haushaltsplanentwurf"))
                ? budgetPdf
                : m_random.pick(m_pool.vorlage);
            QJsonObject fields{{QStringLiteral("name"), name},
                               {QStringLiteral("reference"), reference},
                               {QStringLiteral("date"), created.date().toString(Qt::ISODate)},
                               {QStringLiteral("paperType"), type},
                               {QStringLiteral("mainFile"),
                                addFile(type + QStringLiteral(" ") + reference, mainPdf, created, nonPublic)},
                               {QStringLiteral("underDirectionOf"), QJsonArray{orgs.at(org).id}}};
            QJsonArray aux;
            for (int a = m_random.range(0, 4); a > 0; --a) {
                aux.append(addFile(QStringLiteral("Anlage %1 zu %2").arg(aux.size() + 1).arg(reference),
                                   m_random.pick(m_pool.anlage),
                                   created,
                                   nonPublic));
            }
            if (!aux.isEmpty()) {
                fields.insert(QLatin1String("auxiliaryFile"), aux);
            }
            if (nonPublic) {
                fields.insert(OParlServer::nonPublicProperty(), true);
            }
            ++m_summary.papers;
            return add(QStringLiteral("Paper"), fields, created, created);
        };

    for (const Slot &slot : schedule) {
        const Org &org = orgs.at(slot.org);
        const bool held = slot.start < m_anchor;
        const bool cancelled = m_random.chance(3);
        const QDateTime invited = slot.start.addDays(-14);
        const int number = ++sessionNumbers[slot.org];
        QJsonObject meeting{
            {QStringLiteral("name"), QStringLiteral("%1. Sitzung: %2").arg(number).arg(org.name)},
            {QStringLiteral("start"), slot.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), slot.start.addSecs(3600 * 3).toString(Qt::ISODate)},
            {QStringLiteral("organization"), QJsonArray{org.id}},
            {QStringLiteral("location"), org.location},
            {QStringLiteral("meetingState"),
             cancelled ? QStringLiteral("abgesagt")
                       : (held ? QStringLiteral("durchgeführt") : QStringLiteral("eingeladen"))}};
        if (cancelled) {
            meeting.insert(QLatin1String("cancelled"), true);
        }
        if (org.nonPublic) {
            meeting.insert(OParlServer::nonPublicProperty(), true);
        }
        const QString meetingId =
            add(QStringLiteral("Meeting"), meeting, invited.addDays(-7), invited.addDays(-7));
        ++m_summary.meetings;

        // The agenda: standing items, papers, then the non-public part.
        QJsonArray items;
        QSet<QString> nonPublicItems;
        int order = 0;
        const auto addItem =
            [&](const QString &name, const QString &paper, bool isPublic, const QDateTime &created) {
                QJsonObject item{{QStringLiteral("meeting"), meetingId},
                                 {QStringLiteral("number"), QString::number(order + 1)},
                                 {QStringLiteral("order"), order + 1},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("public"), isPublic}};
                if (!paper.isEmpty()) {
                    item.insert(QLatin1String("consultation"), paper);
                }
                if (held && !cancelled && !paper.isEmpty()) {
                    item.insert(QLatin1String("result"),
                                m_random.chance(85) ? QStringLiteral("einstimmig beschlossen")
                                                    : QStringLiteral("mehrheitlich beschlossen"));
                }
                ++order;
                ++m_summary.agendaItems;
                const QString id = add(QStringLiteral("AgendaItem"), item, created, created);
                items.append(id);
                if (!isPublic) {
                    nonPublicItems.insert(id);
                }
                return id;
            };
        const auto consult = [&](const QString &paper, const QString &item, bool authoritative) {
            QJsonObject fields{
                {QStringLiteral("paper"), paper},
                {QStringLiteral("agendaItem"), item},
                {QStringLiteral("meeting"), meetingId},
                {QStringLiteral("organization"), QJsonArray{org.id}},
                {QStringLiteral("authoritative"), authoritative},
                {QStringLiteral("role"),
                 authoritative ? QStringLiteral("Entscheidung") : QStringLiteral("Vorberatung")}};
            // Advice on a non-public agenda item is non-public too: members only.
            if (nonPublicItems.contains(item)) {
                fields.insert(OParlServer::nonPublicProperty(), true);
            }
            const QString c = add(QStringLiteral("Consultation"), fields, invited, invited);
            consultations[paper].append(c);
        };
        const bool allNonPublic = org.nonPublic;
        addItem(QStringLiteral("Eröffnung, Begrüßung und Feststellung der Beschlussfähigkeit"),
                {},
                !allNonPublic,
                invited);
        addItem(
            QStringLiteral("Genehmigung der Niederschrift der letzten Sitzung"), {}, !allNonPublic, invited);
        if (org.council && !budgetPlaced && slot.start > budgetAfter) {
            budgetPlaced = true;
            const QString paper =
                addPaper(QStringLiteral("Haushaltsplanentwurf %1").arg(m_anchor.date().year() + 1),
                         QStringLiteral("Beschlussvorlage"),
                         invited,
                         false,
                         slot.org);
            consult(
                paper,
                addItem(
                    QStringLiteral("Haushaltsplanentwurf %1: Einbringung").arg(m_anchor.date().year() + 1),
                    paper,
                    true,
                    invited),
                false);
        }
        const int papers = m_random.range(m_params.itemsMin, m_params.itemsMax);
        for (int p = 0; p < papers; ++p) {
            QString paper;
            QString name;
            bool authoritative = org.council;
            if (org.council && !forCouncil.empty() && m_random.chance(60)) {
                std::tie(paper, name) = forCouncil.front();
                forCouncil.pop_front();
                authoritative = true;
            } else {
                const int kind = m_random.range(0, 99);
                const QString topicName = topic(topics);
                const QString faction = m_random.pick(factions);
                const QString type = kind < 50 ? QStringLiteral("Beschlussvorlage")
                    : kind < 70                ? QStringLiteral("Informationsvorlage")
                    : kind < 85                ? QStringLiteral("Antrag")
                                               : QStringLiteral("Anfrage");
                name = type == QLatin1String("Antrag")
                    ? QStringLiteral("Antrag der %1: %2").arg(faction, topicName)
                    : type == QLatin1String("Anfrage")
                    ? QStringLiteral("Anfrage der %1 zu: %2").arg(faction, topicName)
                    : topicName;
                paper = addPaper(name, type, invited, allNonPublic, slot.org);
                if (!org.council && type == QLatin1String("Beschlussvorlage") && m_random.chance(50)) {
                    forCouncil.emplace_back(paper, name);
                }
            }
            const QString item = addItem(name, paper, !allNonPublic, invited);
            consult(paper, item, authoritative);
            // A Tischvorlage: handed out the day before, after the invitation.
            if (m_random.chance(8)) {
                const QDateTime late = slot.start.addDays(-1);
                m_server.change(item,
                                {{QStringLiteral("auxiliaryFile"),
                                  QJsonArray{addFile(QStringLiteral("Tischvorlage zu TOP %1").arg(order),
                                                     m_random.pick(m_pool.anlage),
                                                     late,
                                                     allNonPublic)}}},
                                false);
            }
        }
        addItem(QStringLiteral("Mitteilungen der Verwaltung"), {}, !allNonPublic, invited);
        // The non-public part: members only (docs/server-protocol.md).
        for (int n = m_random.range(0, 2); n > 0; --n) {
            const QString name = topic(nonPublicTopics);
            const QString paper = addPaper(name, QStringLiteral("Beschlussvorlage"), invited, true, slot.org);
            consult(paper, addItem(name, paper, false, invited), true);
        }

        QJsonObject files{
            {QStringLiteral("agendaItem"), items},
            {QStringLiteral("invitation"),
             addFile(QStringLiteral("Einladung %1").arg(meeting.value(QLatin1String("name")).toString()),
                     m_random.pick(m_pool.invitation),
                     invited,
                     allNonPublic)}};
        if (held && !cancelled) {
            files.insert(
                QLatin1String("resultsProtocol"),
                addFile(
                    QStringLiteral("Niederschrift %1").arg(meeting.value(QLatin1String("name")).toString()),
                    m_random.pick(m_pool.protocol),
                    slot.start.addDays(10),
                    allNonPublic));
        }
        m_server.change(meetingId, files, false);
    }

    for (auto it = consultations.cbegin(); it != consultations.cend(); ++it) {
        m_server.change(it.key(), {{QStringLiteral("consultation"), it.value()}}, false);
    }
    // The town as it was made, not as changed this second: modified stays.
    for (const auto &[id, pdf] : std::as_const(m_files)) {
        m_server.setFilePath(id, m_pool.paths.at(pdf), QStringLiteral("application/pdf"), false);
    }
    return m_summary;
}

} // namespace

TownSummary populateTown(OParlServer &server, const TownOptions &options)
{
    TownOptions o = options;
    if (o.pdfCacheDir.isEmpty()) {
        o.pdfCacheDir = defaultPdfCacheDir();
    }
    return TownBuilder(server, o).build();
}

TownSize townSizeFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("small")) {
        return TownSize::Small;
    }
    if (name == QLatin1String("large")) {
        return TownSize::Large;
    }
    *ok = name == QLatin1String("town");
    return TownSize::Town;
}

QString defaultPdfCacheDir()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_DEMO_CACHE");
    if (!env.isEmpty()) {
        return env;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
        QStringLiteral("/ratsmappe/demo-pdfs");
}

} // namespace Ratsmappe::Demo
