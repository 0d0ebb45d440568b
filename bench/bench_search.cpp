// SPDX-License-Identifier: GPL-2.0-or-later
//
// Search benchmark (issue 14): full-text search over --pages indexed pages (100,000 by default).
//   ours      Search::search(db, request): every kind, 50 per kind, with the words inside compounds
//             (SearchWords::containing), ranking (ratsmappe_rank), grouping by document, snippets and
//             details
//   raw       SELECT rowid FROM search_index WHERE search_index MATCH ?, every row stepped through,
//             with the same FTS5 expression (Search::Query::parse(text).ftsExpression(), without the
//             words inside compounds)
//   ranked    FTS5's own ranked search with snippets on the same expression: bm25() ORDER BY,
//             LIMIT 50, snippet() (not the goal's reference; what a plain FTS5 search costs)
// plus ours without the compounds (Request::compounds off) and the compound lookup alone, to say
// what finding "verkehr" in "Radverkehr" costs. The queries alternate, after one warm-up round;
// each query runs once untimed right before it is timed.
//
// The cache is made once per run in --dir: a town's objects (committees, persons, meetings,
// agenda items, papers, each paper's main file) and its documents' page texts, written from the
// demo town's word banks (demo/pdftext.h) and German compounds made of common council-language
// parts, stored through SearchIndexStore::savePages as the text indexer stores them. Indexing time
// and index size per 1,000 pages, the word list's size and cost and its full rebuild are printed.

#include "benchutil.h"
#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "filelinks.h"
#include "objectsearchindex.h"
#include "objectstore.h"
#include "pdftext.h"
#include "searcher.h"
#include "searchindexstore.h"
#include "searchquery.h"
#include "searchstore.h"
#include "searchwords.h"
#include "secret.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Ratsmappe;
using Demo::Random;

namespace {

constexpr double GoalP95Ms = 50;
constexpr double GoalRatio = 2;

// Parts of German council-language compounds: a first part (with its linking s where German puts
// one) and a last part. Together with the demo's word banks they give a vocabulary that keeps
// growing with the pages, as a real council's does.
constexpr const char *FirstParts[] = {
    "Verkehrs",      "Rad",          "Schul",
    "Haushalts",     "Bau",          "Straßen",
    "Kinder",        "Jugend",       "Wasser",
    "Abwasser",      "Gebühren",     "Grund",
    "Wohn",          "Stadt",        "Gemeinde",
    "Feuerwehr",     "Sport",        "Kultur",
    "Umwelt",        "Klima",        "Energie",
    "Sanierungs",    "Planungs",     "Förder",
    "Bürger",        "Rats",         "Ausschuss",
    "Verwaltungs",   "Personal",     "Gewerbe",
    "Markt",         "Friedhofs",    "Spiel",
    "Park",          "Brücken",      "Bus",
    "Bahn",          "Lärm",         "Boden",
    "Wald",          "Grün",         "Müll",
    "Abfall",        "Heiz",         "Strom",
    "Licht",         "Winter",       "Bildungs",
    "Betreuungs",    "Pflege",       "Senioren",
    "Familien",      "Integrations", "Sicherheits",
    "Ordnungs",      "Kosten",       "Investitions",
    "Miet",          "Pacht",        "Grundstücks",
    "Gebäude",       "Hallen",       "Schwimm",
    "Turn",          "Musik",        "Kunst",
    "Museums",       "Archiv",       "Denkmal",
    "Tourismus",     "Wirtschafts",  "Arbeits",
    "Digital",       "Daten",        "Breitband",
    "Mobilitäts",    "Fußgänger",    "Parkplatz",
    "Ampel",         "Kreuzungs",    "Hochwasser",
    "Regenwasser",   "Trinkwasser",  "Wärme",
    "Solar",         "Dach",         "Fassaden",
    "Fenster",       "Mensa",        "Hort",
    "Kita",          "Ganztags",     "Gesamtschul",
    "Grundschul",    "Haupt",        "Neben",
    "Ober",          "Nord",         "Süd",
    "Alt",           "Neu",          "Innen",
    "Außen",         "Rück",         "Mühlen",
    "Linden",        "Eichen",       "Spielplatz",
    "Freibad",       "Hallenbad",    "Kreis",
    "Landes",        "Bundes",       "Zweck",
    "Vergabe",       "Bebauungs",    "Flächennutzungs",
    "Lärmschutz",    "Brandschutz",  "Denkmalschutz",
    "Naturschutz",   "Steuer",       "Zins",
    "Kredit",        "Rechnungs",    "Prüf",
    "Jahres",        "Monats",       "Wochen",
    "Orts",          "Bezirks",      "Fraktions",
    "Bürgermeister",
};
constexpr const char *LastParts[] = {
    "verkehr",     "weg",          "plan",       "konzept",       "satzung",     "ordnung",
    "gebühr",      "kosten",       "mittel",     "haushalt",      "bericht",     "antrag",
    "vorlage",     "beschluss",    "maßnahme",   "anlage",        "gebäude",     "platz",
    "straße",      "fläche",       "gebiet",     "bereich",       "amt",         "stelle",
    "leitung",     "verwaltung",   "förderung",  "sanierung",     "erweiterung", "planung",
    "prüfung",     "vertrag",      "vergabe",    "ausschreibung", "zuschuss",    "bedarf",
    "entwicklung", "schutz",       "pflege",     "versorgung",    "entsorgung",  "beleuchtung",
    "reinigung",   "unterhaltung", "betrieb",    "dienst",        "netz",        "station",
    "halle",       "haus",         "hof",        "park",          "garten",      "zentrum",
    "wesen",       "recht",        "kommission", "beirat",        "verein",      "projekt",
    "programm",    "rahmen",       "richtlinie", "verordnung",    "ergebnis",    "kalkulation",
    "abrechnung",  "zuweisung",    "umlage",     "pauschale",     "steuer",      "gutachten",
    "konzeption",  "ausbau",       "neubau",     "umbau",         "abriss",      "fortschreibung",
    "änderung",    "erhöhung",     "senkung",    "bilanz",        "statistik",   "übersicht",
};
constexpr const char *Articles[] = {"Die", "Der", "Das", "Eine", "Ein"};
constexpr const char *Verbs[] = {"betrifft",
                                 "erfordert",
                                 "umfasst",
                                 "ersetzt",
                                 "ergänzt",
                                 "berührt",
                                 "sichert",
                                 "verbessert",
                                 "verringert",
                                 "erhöht",
                                 "begründet",
                                 "regelt",
                                 "beschreibt",
                                 "bündelt",
                                 "überführt"};
constexpr const char *Joiners[] = {"und",  "sowie", "mit",   "für",      "über", "nach",  "zur",
                                   "zum",  "im",    "bei",   "gemäß",    "auf",  "durch", "gegenüber",
                                   "ohne", "vor",   "wegen", "zwischen", "aus",  "unter"};

constexpr int FirstCount = int(std::size(FirstParts));
constexpr int LastCount = int(std::size(LastParts));

// A rank in [0, n) by Zipf's law (weight 1 / (rank + 1)): a few parts everywhere, most rare.
int zipf(Random &rng, int n)
{
    const double u = double(rng.next() >> 11) * (1.0 / 9007199254740992.0);
    return std::min(n - 1, int(std::exp(u * std::log(double(n) + 1)) - 1));
}

QString compound(Random &rng)
{
    // Ranked over all pairs, so some compounds are everywhere and most are rare.
    const int pair = zipf(rng, FirstCount * LastCount);
    QString word = QString::fromUtf8(FirstParts[(pair * 7919) % FirstCount]);
    if (rng.chance(8)) { // three parts
        word += QString::fromUtf8(FirstParts[zipf(rng, FirstCount)]).toLower();
    }
    return word + QString::fromUtf8(LastParts[(pair / FirstCount + pair * 31) % LastCount]);
}

QString sentence(Random &rng)
{
    using namespace Demo::Pdf;
    switch (rng.below(6)) {
    case 0:
        return QString::fromUtf8(rng.pick(kStandalone));
    case 1: {
        const Predicate &p = rng.pick(kPredicates);
        return QString::fromUtf8(rng.pick(kOpeners)) + QLatin1Char(' ') + QString::fromUtf8(p.verb) +
            QLatin1Char(' ') + QString::fromUtf8(rng.pick(kSubjects)) + QLatin1Char(' ') +
            QString::fromUtf8(p.rest) + QLatin1Char('.');
    }
    case 2:
        return QStringLiteral("Der %1 beschließt %2; %3 %4 berichtet im %5.")
            .arg(QString::fromUtf8(rng.pick(kBodies)),
                 QString::fromUtf8(rng.pick(kResolutions)),
                 QString::fromUtf8(rng.pick(kFirstNames)),
                 QString::fromUtf8(rng.pick(kSurnames)),
                 QString::fromUtf8(rng.pick(kOffices)));
    case 3:
        return QStringLiteral("Für %1 (%2) sind %3.%4 € veranschlagt, davon %5 im Bezirk %6.")
            .arg(QString::fromUtf8(rng.pick(kCostItems)),
                 QString::fromUtf8(rng.pick(kAreas).products[size_t(rng.below(6))]),
                 QString::number(rng.range(1, 980)),
                 QString::number(rng.range(100, 999)),
                 QString::fromUtf8(rng.pick(kExpenses)),
                 QString::fromUtf8(rng.pick(kDistricts)));
    default: {
        QString s = QString::fromUtf8(Articles[rng.below(int(std::size(Articles)))]) + QLatin1Char(' ') +
            compound(rng) + QLatin1Char(' ') + QString::fromUtf8(Verbs[rng.below(int(std::size(Verbs)))]);
        const int parts = rng.range(2, 5);
        for (int i = 0; i < parts; ++i) {
            s += QLatin1Char(' ') + QString::fromUtf8(Joiners[rng.below(int(std::size(Joiners)))]) +
                QLatin1Char(' ') + compound(rng);
            if (rng.chance(15)) {
                s += QStringLiteral(" %1/%2")
                         .arg(rng.range(2019, 2026))
                         .arg(rng.range(1, 2400), 4, 10, QLatin1Char('0'));
            }
        }
        return s + QLatin1Char('.');
    }
    }
}

// About 320 words, in lines as a PDF's text comes out.
QString pageText(Random &rng)
{
    QString text;
    int words = 0;
    while (words < 320) {
        const QString s = sentence(rng);
        words += int(s.count(QLatin1Char(' '))) + 1;
        text += s;
        text += rng.chance(20) ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return text;
}

// Pages of a document: most are short (Vorlagen), some long (minutes, budgets).
int documentPages(Random &rng)
{
    const int kind = rng.below(10);
    return kind < 6 ? rng.range(1, 6) : kind < 9 ? rng.range(7, 30) : rng.range(31, 120);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
        double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size())) - 1));
    return values[at];
}

qint64 bytesUnder(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += QFileInfo(it.next()).size();
    }
    return total;
}

QString ascii(QString word)
{
    word.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("Ä"), QStringLiteral("Ae"))
        .replace(QStringLiteral("Ö"), QStringLiteral("Oe"))
        .replace(QStringLiteral("Ü"), QStringLiteral("Ue"))
        .replace(QStringLiteral("ß"), QStringLiteral("ss"));
    return word;
}

bool umlauts(const QString &word)
{
    return word.contains(QRegularExpression(QStringLiteral("[äöüÄÖÜß]")));
}

// The words of a page as typed (letters only, at least 4).
QStringList wordsOf(const QString &text)
{
    QStringList out;
    QString word;
    const auto end = [&] {
        if (word.size() >= 4) {
            out.append(word);
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c;
        } else {
            end();
        }
    }
    end();
    return out;
}

struct Corpus
{
    QHash<QString, int> counts; // words of sampled pages
    QList<QStringList> sampledPages;
};

// 200 queries from the pages' own words: frequent and rare words, two words of one page, parts
// of compounds as a member would type them, umlauts typed as ae/oe/ue/ss.
QStringList makeQueries(const Corpus &corpus, int count)
{
    Random rng(14);
    QList<std::pair<int, QString>> byCount;
    for (auto it = corpus.counts.cbegin(); it != corpus.counts.cend(); ++it) {
        byCount.append({it.value(), it.key()});
    }
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const int n = int(byCount.size());
    QStringList umlautWords;
    for (const auto &[c, w] : std::as_const(byCount)) {
        if (umlauts(w)) {
            umlautWords.append(w);
        }
    }
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        QString q;
        switch (i % 10) {
        case 0:
        case 1:
        case 2: // frequent: the top 300
            q = byCount.at(rng.below(std::min(300, n))).second;
            break;
        case 3:
        case 4:
        case 5: // rare: the least frequent third
            q = byCount.at(n - 1 - rng.below(std::max(1, n / 3))).second;
            break;
        case 6: { // two words of one page
            const QStringList &page = corpus.sampledPages.at(rng.below(int(corpus.sampledPages.size())));
            const int at = rng.below(int(page.size()) - 8);
            q = page.at(at) + QLatin1Char(' ') + page.at(at + 1 + rng.below(6));
            break;
        }
        case 7:
        case 8: { // a part of compounds, as typed: "Verkehr", "Sanierung"
            QString part = QString::fromUtf8(LastParts[rng.below(LastCount)]);
            if (part.size() < 4) {
                part = QString::fromUtf8(LastParts[0]);
            }
            part[0] = part[0].toUpper();
            q = i % 20 == 7 ? ascii(part) : part;
            break;
        }
        default: // umlauts typed without them
            q = ascii(umlautWords.isEmpty()
                          ? QStringLiteral("Größe")
                          : umlautWords.at(rng.below(int(std::min<qsizetype>(umlautWords.size(), 2000)))));
            break;
        }
        queries.append(q);
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Full-text search: ours vs a raw FTS5 MATCH."));
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages to index (default 100000)."),
                                         QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Queries (default 200)."),
                                           QStringLiteral("N"),
                                           QStringLiteral("200"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Where the cache is made, anew (default: a temporary directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also print the results as JSON."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral(
            "Search the cache an earlier run with the same --pages left in --dir instead of making "
            "it anew (no indexing figures; for trying changes to the search)."));
    parser.addOptions({pagesOption, queriesOption, dirOption, jsonOption, reuseOption});
    parser.process(app);
    const int pageGoal = std::max(100, parser.value(pagesOption).toInt());
    const int queryCount = std::max(10, parser.value(queriesOption).toInt());

    QTemporaryDir tmp;
    QString cacheDir;
    const bool reuse = parser.isSet(dirOption) && parser.isSet(reuseOption);
    if (parser.isSet(dirOption)) {
        cacheDir = QDir(parser.value(dirOption)).absoluteFilePath(QStringLiteral("search-cache"));
        if (!reuse) {
            QDir(cacheDir).removeRecursively();
        }
        QDir().mkpath(parser.value(dirOption));
    } else {
        cacheDir = tmp.filePath(QStringLiteral("cache"));
    }
    const SecretBytes passphrase(QByteArrayLiteral("benchmark passphrase"));
    QString recoveryKey;
    auto cache = reuse ? Cache::open(cacheDir, Cache::envelope(cacheDir).unwrapWithPassphrase(passphrase))
                       : Cache::create(cacheDir, passphrase, &recoveryKey);
    Database &db = cache->database();

    // The town: committees, persons, a meeting per eight papers with an agenda item each, each
    // paper's main file with its pages.
    Random rng(2026);
    QElapsedTimer timer;
    timer.start();
    const QString base = QStringLiteral("https://bench.example.org/oparl/");
    const auto now = QDateTime::currentDateTimeUtc();
    const auto url = [&base](const char *kind, int n) {
        return QString(base + QLatin1String(kind) + QLatin1Char('/') + QString::number(n));
    };
    QList<int> pagesOfDocument;
    for (int total = 0; total < pageGoal;) {
        const int pages = std::min(documentPages(rng), pageGoal - total);
        pagesOfDocument.append(pages);
        total += pages;
    }
    if (!reuse) {
        using namespace Demo::Pdf;
        Transaction tx(db);
        ObjectStore objects(db);
        FileLinks links(db);
        for (int o = 0; o < int(kBodies.size()); ++o) {
            objects.upsert(ObjectKind::Organization,
                           {},
                           {{QStringLiteral("id"), url("org", o)},
                            {QStringLiteral("name"), QString::fromUtf8(kBodies[size_t(o)])}},
                           now);
        }
        for (int p = 0; p < 300; ++p) {
            const QString given = QString::fromUtf8(rng.pick(kFirstNames));
            const QString family = QString::fromUtf8(rng.pick(kSurnames));
            const QString id = url("person", p);
            objects.upsert(ObjectKind::Person,
                           {},
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("name"), QString(given + QLatin1Char(' ') + family)},
                            {QStringLiteral("givenName"), given},
                            {QStringLiteral("familyName"), family}},
                           now);
            objects.upsert(ObjectKind::Membership,
                           id,
                           {{QStringLiteral("id"), url("membership", p)},
                            {QStringLiteral("person"), id},
                            {QStringLiteral("organization"), url("org", p % int(kBodies.size()))}},
                           now);
        }
        const QDate first(2024, 1, 8);
        for (int d = 0; d < pagesOfDocument.size(); ++d) {
            const QString meeting = url("meeting", d / 8);
            const int org = (d / 8) % int(kBodies.size());
            if (d % 8 == 0) {
                objects.upsert(ObjectKind::Meeting,
                               {},
                               {{QStringLiteral("id"), meeting},
                                {QStringLiteral("name"),
                                 QStringLiteral("Sitzung: %1").arg(QString::fromUtf8(kBodies[size_t(org)]))},
                                {QStringLiteral("start"),
                                 QDateTime(first.addDays(d / 8), QTime(18, 0)).toString(Qt::ISODate)},
                                {QStringLiteral("organization"), QJsonArray{url("org", org)}}},
                               now);
            }
            const QString topic = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(rng.pick(kTopics)),
                                                                QString::fromUtf8(rng.pick(kDistricts)));
            const QString paper = url("paper", d);
            const QString reference =
                QStringLiteral("%1/%2").arg(2024 + d % 3).arg(d, 4, 10, QLatin1Char('0'));
            objects.upsert(ObjectKind::AgendaItem,
                           meeting,
                           {{QStringLiteral("id"), url("item", d)},
                            {QStringLiteral("meeting"), meeting},
                            {QStringLiteral("number"), QString::number(d % 8 + 1)},
                            {QStringLiteral("name"), topic}},
                           now);
            objects.upsert(
                ObjectKind::Paper,
                {},
                {{QStringLiteral("id"), paper},
                 {QStringLiteral("name"), topic},
                 {QStringLiteral("reference"), reference},
                 {QStringLiteral("paperType"),
                  d % 3 == 0 ? QStringLiteral("Beschlussvorlage") : QStringLiteral("Mitteilungsvorlage")},
                 {QStringLiteral("date"), first.addDays(d / 8 - 14).toString(Qt::ISODate)}},
                now);
            const QString file = url("file", d);
            objects.upsert(ObjectKind::File,
                           {},
                           {{QStringLiteral("id"), file},
                            {QStringLiteral("accessUrl"), file},
                            {QStringLiteral("name"), QStringLiteral("Vorlage %1: %2").arg(reference, topic)},
                            {QStringLiteral("fileName"), QStringLiteral("vorlage-%1.pdf").arg(d)}},
                           now);
            links.add(paper, file, QStringLiteral("mainFile"));
            DocumentWriter writer(db, file, QStringLiteral("application/pdf"));
            writer.write(QByteArrayLiteral("%PDF-1.4\n% bench: the text is stored directly\n%%EOF\n"));
            writer.finish(DocumentKind::Pdf);
        }
        tx.commit();
    }
    const double objectsMs = ms(timer);
    timer.restart();
    Search::prepareIndex(db);
    const double objectIndexMs = ms(timer);

    // The pages, document by document, through savePages as the text indexer stores them. Every
    // 20th document's word-list work (collect + flush) is also timed alone, rolled back before.
    QList<PendingText> pending = SearchIndexStore(db).pending();
    if (reuse) {
        // The page texts come out in the same order whichever document they go to: generated
        // again for the queries, not stored.
        Statement st(db,
                     "SELECT v.id, v.file_id FROM file_versions v JOIN files f ON f.current_version = v.id");
        while (st.next()) {
            pending.append({st.integer(0), st.text(1), QString()});
        }
    }
    if (pending.size() != pagesOfDocument.size()) {
        std::fprintf(stderr,
                     "%lld documents pending, %lld made\n",
                     static_cast<long long>(pending.size()),
                     static_cast<long long>(pagesOfDocument.size()));
        return 1;
    }
    QHash<QString, int> pagesByFile;
    for (int d = 0; d < pagesOfDocument.size(); ++d) {
        pagesByFile.insert(url("file", d), pagesOfDocument.at(d));
    }
    Corpus corpus;
    Random text(1414);
    double generateMs = 0, indexMs = 0, indexCpu = 0, wordsSampleMs = 0, saveMs = 0;
    int wordsSamplePages = 0, indexed = 0, savePagesCount = 0;
    std::vector<double> per1000; // indexing time of each 1,000 pages
    double sinceLast = 0;
    int lastMark = 0;
    for (qsizetype d = 0; d < pending.size(); ++d) {
        const PendingText &version = pending.at(d);
        QElapsedTimer step;
        step.start();
        QStringList pages;
        const int count = pagesByFile.value(version.fileId, 1);
        for (int p = 0; p < count; ++p) {
            pages.append(pageText(text));
            if ((indexed + p) % 50 == 0) {
                const QStringList words = wordsOf(pages.last());
                for (const QString &w : words) {
                    ++corpus.counts[w];
                }
                corpus.sampledPages.append(words);
            }
        }
        generateMs += ms(step);
        if (reuse) {
            indexed += count;
            continue;
        }
        if (d % 20 == 0) {
            step.restart();
            Transaction tx(db);
            SearchWords words(db);
            for (const QString &page : std::as_const(pages)) {
                words.collect(page);
            }
            words.collect(version.title);
            words.flush();
            wordsSampleMs += ms(step);
            wordsSamplePages += count;
        } // rolled back
        const double cpu = cpuMs();
        step.restart();
        SearchIndexStore(db).savePages(version, pages);
        if (d % 20 == 0) {
            saveMs += ms(step);
            savePagesCount += count;
        }
        const double took = ms(step);
        indexMs += took;
        indexCpu += cpuMs() - cpu;
        sinceLast += took;
        indexed += count;
        if (indexed - lastMark >= 1000) {
            per1000.push_back(sinceLast * 1000.0 / double(indexed - lastMark));
            sinceLast = 0;
            lastMark = indexed;
        }
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 cacheBytes = bytesUnder(cacheDir);
    QHash<QString, qint64> tableBytes; // when SQLite has dbstat
    try {
        Statement st(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name");
        while (st.next()) {
            tableBytes.insert(st.text(0), st.integer(1));
        }
    } catch (const StoreError &) { }
    const auto bytesOf = [&tableBytes](const QString &prefix) {
        qint64 sum = 0;
        for (auto it = tableBytes.cbegin(); it != tableBytes.cend(); ++it) {
            if (it.key().startsWith(prefix)) {
                sum += it.value();
            }
        }
        return sum;
    };
    const qint64 wordCount = db.queryInt("SELECT count(*) FROM search_words").value_or(0);
    const qint64 rowCount = db.queryInt("SELECT count(*) FROM search_index").value_or(0);

    // What the DELETE at the start of every savePages costs on the full index (version_id is not
    // indexed: it reads every row), and the word list made again in full.
    double deleteMs = 0, rebuildMs = 0;
    if (!reuse) {
        Transaction tx(db);
        timer.restart();
        Statement(db, "DELETE FROM search_index WHERE version_id = ?").bind(1, qint64(-1)).run();
        deleteMs = ms(timer);
    }
    if (!reuse) {
        timer.restart();
        Transaction tx(db);
        SearchWords::rebuild(db);
        tx.commit();
        rebuildMs = ms(timer);
    }
    const qint64 wordCountRebuilt = db.queryInt("SELECT count(*) FROM search_words").value_or(0);

    // The queries, interleaved, after one warm-up round.
    const QStringList queries = makeQueries(corpus, queryCount);
    Statement raw(db, "SELECT rowid FROM search_index WHERE search_index MATCH ?");
    // FTS5's own ranked search with snippets, as a plain FTS5 search would run it.
    Statement ranked(
        db,
        "SELECT rowid, snippet(search_index, -1, char(2), char(3), '…', 24) FROM search_index "
        "WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 0, 0, 10.0, 1.0) LIMIT 50");
    std::vector<double> oursMs, rawMs, rankedMs, plainMs, lookupMs, rawRows, docHits;
    std::vector<double> stepObjects, stepDocuments, stepSnippets, stepDetails;
    int infixQueries = 0;
    for (int round = 0; round < 2; ++round) {
        for (const QString &q : queries) {
            const Search::Query query = Search::Query::parse(q);
            Search::Request request;
            request.text = q;
            // Each query once untimed before it is timed, so that ours (timed first) and the
            // references (after it) find the same pages in SQLite's cache, as when a member types
            // the query letter by letter: timed first, ours read the query's pages into the cache
            // for the references after it.
            Search::search(db, request);
            timer.restart();
            const Search::Result ours = Search::search(db, request);
            const double oursTook = ms(timer);
            timer.restart();
            raw.bind(1, query.ftsExpression());
            qint64 rows = 0;
            while (raw.next()) {
                ++rows;
            }
            raw.reset();
            const double rawTook = ms(timer);
            timer.restart();
            ranked.bind(1, query.ftsExpression());
            while (ranked.next()) { }
            ranked.reset();
            const double rankedTook = ms(timer);
            request.compounds = false;
            timer.restart();
            Search::search(db, request);
            const double plainTook = ms(timer);
            timer.restart();
            bool looked = false;
            for (const Search::QueryTerm &term : query.terms()) {
                if (!term.exclude && term.tokens.size() == 1 &&
                    term.tokens.first().size() >= Search::Query::MinInfix) {
                    SearchWords::containing(db, term.tokens.first(), 20);
                    looked = true;
                }
            }
            const double lookupTook = ms(timer);
            if (round == 0) {
                continue; // warm-up
            }
            // Where ours spends its time: Search::search's steps one by one (SearchStore).
            {
                Search::Query expanded = query;
                for (Search::QueryTerm &term : expanded.terms()) {
                    if (!term.exclude && term.tokens.size() == 1 &&
                        term.tokens.first().size() >= Search::Query::MinInfix) {
                        term.infixes = SearchWords::containing(db, term.tokens.first(), 20);
                    }
                }
                const IndexQuery match{expanded.ftsExpression(), expanded.phraseWeights()};
                SearchStore store(db);
                store.setFilter({});
                timer.restart();
                QList<IndexHit> found = store.objects(match,
                                                      {QStringLiteral("meeting"),
                                                       QStringLiteral("agendaItem"),
                                                       QStringLiteral("paper"),
                                                       QStringLiteral("person"),
                                                       QStringLiteral("organization")},
                                                      50);
                stepObjects.push_back(ms(timer));
                timer.restart();
                found.append(store.documents(match, 50));
                stepDocuments.push_back(ms(timer));
                timer.restart();
                const auto texts = store.texts(found);
                stepSnippets.push_back(ms(timer));
                timer.restart();
                for (const IndexHit &hit : std::as_const(found)) {
                    store.details(hit.kind, hit.serverId, hit.id);
                }
                stepDetails.push_back(ms(timer));
            }
            oursMs.push_back(oursTook);
            rawMs.push_back(rawTook);
            rankedMs.push_back(rankedTook);
            plainMs.push_back(plainTook);
            if (looked) {
                lookupMs.push_back(lookupTook);
                ++infixQueries;
            }
            rawRows.push_back(double(rows));
            docHits.push_back(
                double(std::count_if(ours.hits.cbegin(), ours.hits.cend(), [](const Search::Hit &h) {
                    return h.kind == QLatin1String("document");
                })));
        }
    }

    const double k = 1000.0 / double(indexed);
    std::printf("Full-text search over %d pages in %lld documents (%lld rows in search_index; %s)\n",
                indexed,
                static_cast<long long>(pending.size()),
                static_cast<long long>(rowCount),
                qPrintable(Bench::filesystemOf(cacheDir)));
    std::printf("  town objects stored in %.1f s, object index %.1f s; page texts generated in %.1f s\n",
                objectsMs / 1e3,
                objectIndexMs / 1e3,
                generateMs / 1e3);
    std::printf("  indexing (savePages): %.1f s in all, %.0f ms per 1,000 pages (CPU %.0f ms); the first "
                "1,000 %.0f ms, the last 1,000 %.0f ms\n",
                indexMs / 1e3,
                indexMs * k,
                indexCpu * k,
                per1000.empty() ? 0.0 : per1000.front(),
                per1000.empty() ? 0.0 : per1000.back());
    std::printf("    every 20th document alone (the word list's sample beside it): %.0f ms per 1,000 pages\n",
                savePagesCount > 0 ? saveMs * 1000.0 / savePagesCount : 0.0);
    std::printf("    of which the word list (collect + flush, every 20th document timed alone): %.0f ms "
                "per 1,000 pages\n",
                wordsSamplePages > 0 ? wordsSampleMs * 1000.0 / wordsSamplePages : 0.0);
    std::printf("    DELETE FROM search_index WHERE version_id = ? on the full index: %.0f ms (savePages "
                "no longer runs it: it removes a re-indexed version's rows by their rowid range)\n",
                deleteMs);
    std::printf("  size: cache %.1f MB = %.2f MB per 1,000 pages",
                double(cacheBytes) / 1e6,
                double(cacheBytes) / 1e6 * k);
    if (!tableBytes.isEmpty()) {
        std::printf("; search_index %.2f MB, search_objects %.2f MB, word list (search_words + search_terms) "
                    "%.2f MB",
                    double(bytesOf(QStringLiteral("search_index"))) / 1e6,
                    double(bytesOf(QStringLiteral("search_objects"))) / 1e6,
                    double(bytesOf(QStringLiteral("search_words")) + bytesOf(QStringLiteral("search_terms")) +
                           bytesOf(QStringLiteral("sqlite_autoindex_search_words"))) /
                        1e6);
    }
    std::printf(
        "\n  word list: %lld words (%lld after the rebuild); full rebuild (SearchWords::rebuild) %.0f ms\n",
        static_cast<long long>(wordCount),
        static_cast<long long>(wordCountRebuilt),
        rebuildMs);
    const double oursMed = Bench::median(oursMs), oursP95 = percentile(oursMs, 0.95);
    const double rawMed = Bench::median(rawMs), rawP95 = percentile(rawMs, 0.95);
    const double plainMed = Bench::median(plainMs), plainP95 = percentile(plainMs, 0.95);
    const double ratio = rawP95 > 0 ? oursP95 / rawP95 : 0;
    const double ratioMed = rawMed > 0 ? oursMed / rawMed : 0;
    std::printf("  %d queries (median %.0f matching pages, %.0f document hits shown)   median      p95\n",
                int(oursMs.size()),
                Bench::median(rawRows),
                Bench::median(docHits));
    std::printf(
        "    ours (Search::search, compounds, ranking, snippets) %8.2f ms %8.2f ms\n", oursMed, oursP95);
    std::printf(
        "    ours without the compounds                          %8.2f ms %8.2f ms\n", plainMed, plainP95);
    std::printf(
        "    raw FTS5 MATCH, every row                           %8.2f ms %8.2f ms\n", rawMed, rawP95);
    std::printf("    FTS5 ranked: bm25 ORDER BY, LIMIT 50, snippets      %8.2f ms %8.2f ms\n",
                Bench::median(rankedMs),
                percentile(rankedMs, 0.95));
    std::printf("    compound lookup alone (%3d single-word queries)     %8.2f ms %8.2f ms\n",
                infixQueries,
                Bench::median(lookupMs),
                percentile(lookupMs, 0.95));
    std::printf("    ours step by step: objects() %.2f / %.2f ms, documents() %.2f / %.2f ms, the hits' "
                "texts for their snippets %.2f / %.2f ms, details %.2f / %.2f ms (median / p95)\n",
                Bench::median(stepObjects),
                percentile(stepObjects, 0.95),
                Bench::median(stepDocuments),
                percentile(stepDocuments, 0.95),
                Bench::median(stepSnippets),
                percentile(stepSnippets, 0.95),
                Bench::median(stepDetails),
                percentile(stepDetails, 0.95));
    std::printf("  ours p95 %.2f ms   goal < %.0f ms   %s\n",
                oursP95,
                GoalP95Ms,
                Bench::verdict(oursP95 < GoalP95Ms));
    std::printf("  ours / raw: median %.2fx, p95 %.2fx   goal <= %.0fx   %s\n",
                ratioMed,
                ratio,
                GoalRatio,
                Bench::verdict(ratio <= GoalRatio));
    std::printf("  ours / FTS5 ranked (not the goal's reference): median %.2fx, p95 %.2fx\n",
                Bench::median(rankedMs) > 0 ? oursMed / Bench::median(rankedMs) : 0.0,
                percentile(rankedMs, 0.95) > 0 ? oursP95 / percentile(rankedMs, 0.95) : 0.0);
    std::printf("  peak memory %.0f MB\n", Bench::peakMemoryMB());
    if (parser.isSet(jsonOption)) {
        const QJsonObject out{{QStringLiteral("pages"), indexed},
                              {QStringLiteral("documents"), int(pending.size())},
                              {QStringLiteral("indexMsPer1000Pages"), indexMs * k},
                              {QStringLiteral("indexMsPer1000PagesSeries"), Bench::toJson(per1000)},
                              {QStringLiteral("wordListMsPer1000Pages"),
                               wordsSamplePages > 0 ? wordsSampleMs * 1000.0 / wordsSamplePages : 0.0},
                              {QStringLiteral("deleteScanMs"), deleteMs},
                              {QStringLiteral("savePagesMsPer1000Pages"),
                               savePagesCount > 0 ? saveMs * 1000.0 / savePagesCount : 0.0},
                              {QStringLiteral("cacheBytes"), cacheBytes},
                              {QStringLiteral("words"), wordCount},
                              {QStringLiteral("rebuildMs"), rebuildMs},
                              {QStringLiteral("queries"), QJsonArray::fromStringList(queries)},
                              {QStringLiteral("oursMs"), Bench::toJson(oursMs)},
                              {QStringLiteral("oursWithoutCompoundsMs"), Bench::toJson(plainMs)},
                              {QStringLiteral("rawMs"), Bench::toJson(rawMs)},
                              {QStringLiteral("rankedMs"), Bench::toJson(rankedMs)},
                              {QStringLiteral("lookupMs"), Bench::toJson(lookupMs)},
                              {QStringLiteral("rawRows"), Bench::toJson(rawRows)},
                              {QStringLiteral("oursP95Ms"), oursP95},
                              {QStringLiteral("rawP95Ms"), rawP95},
                              {QStringLiteral("ratioP95"), ratio}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
