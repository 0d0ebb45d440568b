// SPDX-License-Identifier: GPL-2.0-or-later
// Search over a real encrypted cache (issue 14): German folding in the index and the query,
// compounds, phrases and exclusions, hostile input, ranking, filters, a word on a given page of a
// real PDF (written with libqpdf, its text read by Poppler in the helper process), and nothing of
// a wiped non-public part left to find, neither through search nor in the decrypted file.

#include "cache.h"
#include "cachepages.h"
#include "database.h"
#include "filelinks.h"
#include "germanfold.h"
#include "nonpublic.h"
#include "notestore.h"
#include "objectsearchindex.h"
#include "objectstore.h"
#include "pdfsamples.h"
#include "schema.h"
#include "searcher.h"
#include "searchindexstore.h"
#include "searchquery.h"
#include "searchwords.h"
#include "testmain.h"
#include "testutil.h"
#include "textindexer.h"

#include <QDir>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <QTest>
#include <clocale>

using namespace Ratsmappe;

namespace {

QString ris(const char *path)
{
    return QLatin1String("https://ris.example/") + QLatin1String(path);
}

// A PDF with one line of text per page, Helvetica (ASCII: the spelled-out umlauts are the test).
QByteArray textPdf(const QStringList &pages)
{
    return Test::PdfSamples::writeQpdf([&pages](QPDF &pdf) {
        for (const QString &text : pages) {
            const QByteArray stream = "BT /F1 12 Tf 72 770 Td (" + text.toLatin1() + ") Tj ET\n";
            Test::PdfSamples::addPage(
                pdf,
                pdf.newStream(stream.toStdString()),
                QPDFObjectHandle::parse(
                    "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"));
        }
    });
}

QStringList ids(const Search::Result &result, const QString &kind)
{
    QStringList out;
    for (const Search::Hit &hit : result.hits) {
        if (hit.kind == kind) {
            out << hit.id;
        }
    }
    return out;
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    QString m_dir;
    int m_runs = 0;
    Database &db() { return m_cache->database(); }

    void upsert(ObjectKind kind, const QString &parentId, const QJsonObject &data)
    {
        ObjectStore(db()).upsert(kind, parentId, data, QDateTime::currentDateTimeUtc());
    }

    Search::Result find(const QString &text, const SearchFilter &filter = {}, const QStringList &kinds = {})
    {
        Search::Request request;
        request.text = text;
        request.filter = filter;
        request.kinds = kinds;
        return Search::search(db(), request);
    }

    // A small town: a committee, meetings, agenda items, a paper with its main file, a document of
    // three pages indexed by the real text indexer, a person, a note and an annotation.
    void fillTown()
    {
        upsert(ObjectKind::Organization,
               {},
               {{QStringLiteral("id"), ris("org/bau")},
                {QStringLiteral("name"), QStringLiteral("Ausschuss für Stadtentwicklung")},
                {QStringLiteral("shortName"), QStringLiteral("StEA")}});
        upsert(ObjectKind::Organization,
               {},
               {{QStringLiteral("id"), ris("org/schule")},
                {QStringLiteral("name"), QStringLiteral("Schulausschuss")}});
        upsert(ObjectKind::Person,
               {},
               {{QStringLiteral("id"), ris("person/1")},
                {QStringLiteral("name"), QStringLiteral("Dr. Jürgen Müller-Lüdenscheidt")},
                {QStringLiteral("givenName"), QStringLiteral("Jürgen")},
                {QStringLiteral("familyName"), QStringLiteral("Müller-Lüdenscheidt")}});
        upsert(ObjectKind::Membership,
               ris("person/1"),
               {{QStringLiteral("id"), ris("membership/1")},
                {QStringLiteral("person"), ris("person/1")},
                {QStringLiteral("organization"), ris("org/bau")}});
        const auto meeting =
            [this](const char *id, const QString &name, const QString &start, const char *org) {
                upsert(ObjectKind::Meeting,
                       {},
                       {{QStringLiteral("id"), ris(id)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("start"), start},
                        {QStringLiteral("organization"), QJsonArray{ris(org)}}});
            };
        meeting("meeting/1",
                QStringLiteral("Sitzung des Ausschusses"),
                QStringLiteral("2025-03-05T18:00:00+01:00"),
                "org/bau");
        meeting("meeting/2",
                QStringLiteral("Sitzung des Ausschusses"),
                QStringLiteral("2026-03-05T18:00:00+01:00"),
                "org/bau");
        meeting("meeting/3",
                QStringLiteral("Schulausschuss"),
                QStringLiteral("2026-01-10T17:00:00+01:00"),
                "org/schule");
        meeting("meeting/4",
                QStringLiteral("Sitzung"),
                QStringLiteral("2026-01-12T17:00:00+01:00"),
                "org/schule");
        const auto item =
            [this](const char *id, const char *meetingId, const QString &number, const QString &name) {
                upsert(ObjectKind::AgendaItem,
                       ris(meetingId),
                       {{QStringLiteral("id"), ris(id)},
                        {QStringLiteral("meeting"), ris(meetingId)},
                        {QStringLiteral("number"), number},
                        {QStringLiteral("name"), name}});
            };
        item("item/1", "meeting/2", QStringLiteral("5"), QStringLiteral("Haushaltssatzung 2026"));
        item("item/2",
             "meeting/2",
             QStringLiteral("6"),
             QStringLiteral("Straßenbeleuchtung in der Hauptstraße"));
        item("item/3", "meeting/3", QStringLiteral("1"), QStringLiteral("Sanierung des Schulhofs"));
        upsert(ObjectKind::Paper,
               {},
               {{QStringLiteral("id"), ris("paper/1")},
                {QStringLiteral("name"), QStringLiteral("Radverkehrskonzept der Stadt")},
                {QStringLiteral("reference"), QStringLiteral("VO/2026/0123")},
                {QStringLiteral("paperType"), QStringLiteral("Beschlussvorlage")},
                {QStringLiteral("date"), QStringLiteral("2026-02-01")}});
        upsert(ObjectKind::Paper,
               {},
               {{QStringLiteral("id"), ris("paper/2")},
                {QStringLiteral("name"), QStringLiteral("Anfrage zum Bürgerhaus")},
                {QStringLiteral("paperType"), QStringLiteral("Anfrage")},
                {QStringLiteral("date"), QStringLiteral("2024-05-01")}});
        ObjectIndex();
    }

    void ObjectIndex() { Search::prepareIndex(db()); }

    // The paper's main file: three pages, each with words found nowhere else.
    void fillDocument()
    {
        Test::PdfSamples::storeNamedDocument(
            *m_cache,
            ris("file/1"),
            textPdf({QStringLiteral("Die Buergerversammlung tagt im Rathaus."),
                     QStringLiteral("Der Haushaltsplan 2026 sieht Mittel fuer den Radverkehr vor."),
                     QStringLiteral("Zum Feuerwehrgeraetehaus gibt es keine Einwaende.")}));
        FileLinks(db()).add(ris("paper/1"), ris("file/1"), QStringLiteral("mainFile"));
        TextIndexer indexer(*m_cache);
        const TextIndexer::Result indexed = indexer.indexPending();
        QCOMPARE(indexed.documents, 1);
        QCOMPARE(indexed.pages, 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        // One cache per data row too.
        m_dir = m_tmp.filePath(QString::number(++m_runs));
        m_cache = Test::createCache(m_dir);
    }
    void cleanup() { m_cache.reset(); }

    void foldsGerman_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlaut") << QStringLiteral("Bürger") << QStringLiteral("burger");
        QTest::newRow("spelled out") << QStringLiteral("Buerger") << QStringLiteral("burger");
        QTest::newRow("bare vowel") << QStringLiteral("Burger") << QStringLiteral("burger");
        QTest::newRow("capitals") << QStringLiteral("BÜRGER") << QStringLiteral("burger");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ss") << QStringLiteral("Strasse") << QStringLiteral("strasse");
        QTest::newRow("SS") << QStringLiteral("STRASSE") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("oe") << QStringLiteral("Goethe") << QStringLiteral("gothe");
        QTest::newRow("ö") << QStringLiteral("Göthe") << QStringLiteral("gothe");
        QTest::newRow("ae") << QStringLiteral("Aerzte") << QStringLiteral("arzte");
        QTest::newRow("ä") << QStringLiteral("Ärzte") << QStringLiteral("arzte");
        QTest::newRow("eu stays") << QStringLiteral("Feuer") << QStringLiteral("feuer");
        QTest::newRow("qu stays") << QStringLiteral("Quelle") << QStringLiteral("quelle");
        QTest::newRow("accent") << QStringLiteral("Café") << QStringLiteral("cafe");
        QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301") << QStringLiteral("cafe");
        QTest::newRow("digits") << QStringLiteral("2026") << QStringLiteral("2026");
        QTest::newRow("ligature") << QStringLiteral("\uFB01nanzen") << QStringLiteral("finanzen");
    }
    void foldsGerman()
    {
        QFETCH(QString, typed);
        QFETCH(QString, folded);
        QCOMPARE(Search::foldWord(typed), folded);
        // The index's tokenizer folds the same way.
        const QList<Search::TextToken> tokens = Search::tokenize(QStringLiteral("(%1),").arg(typed));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().folded, folded);
        QCOMPARE(tokens.first().start, 1);
        QCOMPARE(tokens.first().end, 1 + typed.size());
        const QByteArray utf8 = typed.toUtf8();
        QStringList viaUtf8;
        Search::tokenizeUtf8(utf8.constData(), utf8.size(), [&](const char *f, int n, int start, int end) {
            viaUtf8 << QString::fromUtf8(f, n);
            return start == 0 && end == utf8.size();
        });
        QCOMPARE(viaUtf8, QStringList{folded});
    }

    void findsAsMembersType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("page");
        QTest::newRow("umlaut typed, spelled out in the text")
            << QStringLiteral("Bürgerversammlung") << "document" << ris("file/1") << 1;
        QTest::newRow("spelled out typed and in the text")
            << QStringLiteral("buergerversammlung") << "document" << ris("file/1") << 1;
        QTest::newRow("bare vowel") << QStringLiteral("Burgerversammlung") << "document" << ris("file/1")
                                    << 1;
        QTest::newRow("prefix of a compound") << QStringLiteral("Bürger") << "document" << ris("file/1") << 1;
        QTest::newRow("prefix in a title") << QStringLiteral("Bürger") << "paper" << ris("paper/2") << 0;
        QTest::newRow("ß typed, ß in the title")
            << QStringLiteral("Straße") << "agendaItem" << ris("item/2") << 0;
        QTest::newRow("ss typed") << QStringLiteral("strasse") << "agendaItem" << ris("item/2") << 0;
        QTest::newRow("SS typed") << QStringLiteral("STRASSENBELEUCHTUNG") << "agendaItem" << ris("item/2")
                                  << 0;
        QTest::newRow("Haushalt finds Haushaltsplan")
            << QStringLiteral("Haushalt") << "document" << ris("file/1") << 2;
        QTest::newRow("Haushalt finds Haushaltssatzung")
            << QStringLiteral("Haushalt") << "agendaItem" << ris("item/1") << 0;
        QTest::newRow("inside a compound (title)")
            << QStringLiteral("Verkehr") << "paper" << ris("paper/1") << 0;
        QTest::newRow("inside a compound (page)")
            << QStringLiteral("verkehr") << "document" << ris("file/1") << 2;
        QTest::newRow("inside a compound, folded")
            << QStringLiteral("Gerätehaus") << "document" << ris("file/1") << 3;
        QTest::newRow("phrase") << QStringLiteral("\"Haushaltsplan 2026\"") << "document" << ris("file/1")
                                << 2;
        QTest::newRow("explicit prefix") << QStringLiteral("Feuerweh*") << "document" << ris("file/1") << 3;
        QTest::newRow("a committee by its short name")
            << QStringLiteral("StEA") << "organization" << ris("org/bau") << 0;
        QTest::newRow("a meeting by its committee")
            << QStringLiteral("Stadtentwicklung") << "meeting" << ris("meeting/2") << 0;
        QTest::newRow("a person by a name")
            << QStringLiteral("Lüdenscheidt") << "person" << ris("person/1") << 0;
        QTest::newRow("a person, spelled out")
            << QStringLiteral("Juergen Mueller") << "person" << ris("person/1") << 0;
        QTest::newRow("a reference") << QStringLiteral("VO/2026/0123") << "paper" << ris("paper/1") << 0;
        QTest::newRow("an agenda item number and name")
            << QStringLiteral("Sanierung Schulhof") << "agendaItem" << ris("item/3") << 0;
    }
    void findsAsMembersType()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QString, id);
        QFETCH(int, page);
        fillTown();
        fillDocument();
        const Search::Result result = find(query);
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        bool found = false;
        for (const Search::Hit &hit : result.hits) {
            if (hit.kind == kind && hit.id == id) {
                found = true;
                QCOMPARE(hit.page, page);
                QVERIFY2(!hit.marks.isEmpty(), qPrintable(hit.snippet));
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 not among %2").arg(id, ids(result, kind).join(u','))));
    }

    void leavesOutAndNarrows()
    {
        fillTown();
        fillDocument();
        // -word leaves out what holds it (and its compounds).
        QCOMPARE(ids(find(QStringLiteral("Haushalt")), QStringLiteral("document")),
                 QStringList{ris("file/1")});
        QCOMPARE(ids(find(QStringLiteral("Haushalt -Radverkehr")), QStringLiteral("document")),
                 QStringList());
        QCOMPARE(ids(find(QStringLiteral("Haushalt -Radverkehr")), QStringLiteral("agendaItem")),
                 QStringList{ris("item/1")});
        // A word on one page and one on another: no page holds both.
        QCOMPARE(ids(find(QStringLiteral("Rathaus Feuerwehr")), QStringLiteral("document")), QStringList());
        // Filters: committee, dates, paper type, kinds.
        SearchFilter committee;
        committee.committeeId = ris("org/schule");
        QCOMPARE(ids(find(QStringLiteral("Sitzung"), committee), QStringLiteral("meeting")),
                 QStringList{ris("meeting/4")});
        SearchFilter dates;
        dates.from = QDate(2026, 1, 1);
        dates.until = QDate(2026, 12, 31);
        QCOMPARE(ids(find(QStringLiteral("Ausschusses"), dates), QStringLiteral("meeting")),
                 QStringList{ris("meeting/2")});
        QCOMPARE(ids(find(QStringLiteral("Bürgerhaus"), dates), QStringLiteral("paper")), QStringList());
        SearchFilter type;
        type.paperType = QStringLiteral("Beschlussvorlage");
        QCOMPARE(ids(find(QStringLiteral("Haushaltsplan"), type), QStringLiteral("document")),
                 QStringList{ris("file/1")});
        type.paperType = QStringLiteral("Anfrage");
        QCOMPARE(ids(find(QStringLiteral("Haushaltsplan"), type), QStringLiteral("document")), QStringList());
        const Search::Result onlyDocuments =
            find(QStringLiteral("Haushalt"), {}, {QStringLiteral("document")});
        for (const Search::Hit &hit : onlyDocuments.hits) {
            QCOMPARE(hit.kind, QStringLiteral("document"));
        }
    }

    void ranksTitleFirstThenNewer()
    {
        fillTown();
        // "Schulausschuss" is meeting 3's name (title) and meeting 4's committee (body).
        QCOMPARE(ids(find(QStringLiteral("Schulausschuss")), QStringLiteral("meeting")),
                 (QStringList{ris("meeting/3"), ris("meeting/4")}));
        // The word as typed before the compounds that hold it (both in the title).
        for (const auto &[id, name] :
             {std::pair{"item/8", "Radverkehr am Markt"}, {"item/9", "Verkehr am Markt"}}) {
            upsert(ObjectKind::AgendaItem,
                   ris("meeting/4"),
                   {{QStringLiteral("id"), ris(id)},
                    {QStringLiteral("meeting"), ris("meeting/4")},
                    {QStringLiteral("name"), QString::fromUtf8(name)}});
        }
        ObjectIndex();
        QCOMPARE(ids(find(QStringLiteral("Verkehr Markt")), QStringLiteral("agendaItem")),
                 (QStringList{ris("item/9"), ris("item/8")}));
        // Two meetings of the same name: the newer first.
        QCOMPARE(ids(find(QStringLiteral("\"Sitzung des Ausschusses\"")), QStringLiteral("meeting")),
                 (QStringList{ris("meeting/2"), ris("meeting/1")}));
        // A committee hit lists its meetings, newest first.
        const Search::Result committee =
            find(QStringLiteral("Schulausschuss"), {}, {QStringLiteral("organization")});
        QCOMPARE(committee.hits.size(), 1);
        QCOMPARE(committee.hits.first().meetings.size(), 2);
        QCOMPARE(committee.hits.first().meetings.first().id, ris("meeting/4"));
        const Search::Result person = find(QStringLiteral("Müller"), {}, {QStringLiteral("person")});
        QCOMPARE(person.hits.size(), 1);
        QCOMPARE(person.hits.first().meetings.size(), 2); // the committee's meetings
    }

    void rankFunction()
    {
        // ratsmappe_rank: saturated term frequency per column, times the column's weight and the
        // phrase's weight; the compounds (one phrase of alternatives) weigh what the caller says.
        Database &d = db();
        d.exec("CREATE VIRTUAL TABLE temp.ranked USING fts5(title, body, tokenize = 'ratsmappe');"
               "INSERT INTO temp.ranked(rowid, title, body) VALUES (1, 'Verkehr', ''), (2, '', 'Radverkehr'),"
               " (3, '', 'Verkehr Verkehr')");
        const QString match = QStringLiteral("(\"verkehr\"* OR \"radverkehr\x1fstrassenverkehr\")");
        const auto scores = [&d, &match] {
            QList<double> out;
            Statement st(d,
                         "SELECT ratsmappe_rank(ranked, 10.0, 1.0, '1 0.5') FROM temp.ranked WHERE ranked "
                         "MATCH ?1 ORDER BY rowid");
            st.bind(1, match);
            while (st.next()) {
                out.append(st.real(0));
            }
            return out;
        };
        const QList<double> expected{-10.0, -0.5, -2 * 2.2 / 3.2};
        const auto same = [](const QList<double> &a, const QList<double> &b) {
            return a.size() == b.size() &&
                std::equal(a.cbegin(), a.cend(), b.cbegin(), [](double x, double y) {
                       return qAbs(x - y) < 1e-9;
                   });
        };
        QVERIFY(same(scores(), expected));
        // The same where numbers are written "0,5", as the window runs in German.
        const QByteArray before = setlocale(LC_NUMERIC, nullptr);
        QVERIFY(setlocale(LC_NUMERIC, "de_DE.UTF-8"));
        const auto restore = qScopeGuard([&before] { setlocale(LC_NUMERIC, before.constData()); });
        QVERIFY(same(scores(), expected));
    }

    void findsOwnNotes()
    {
        fillTown();
        NoteStore(db()).set(QStringLiteral(""),
                            ris("item/1"),
                            QStringLiteral("Nachfragen: **Rücklagen** für die Grundschule"));
        const Search::Result result = find(QStringLiteral("Rucklagen"));
        QCOMPARE(ids(result, QStringLiteral("note")), QStringList{ris("item/1")});
        const Search::Hit note = result.hits.last();
        QCOMPARE(note.meetingId, ris("meeting/2"));
        QCOMPARE(note.marks.size(), 1);
        QCOMPARE(note.snippet.mid(note.marks.first().first, note.marks.first().second),
                 QStringLiteral("Rücklagen"));
        QCOMPARE(ids(find(QStringLiteral("Rucklagen -Grundschule")), QStringLiteral("note")), QStringList());
    }

    void oldCacheIsIndexedAgainOnce()
    {
        // A cache of schema 8: its text index folded only case and accents (unicode61).
        m_cache.reset();
        const QString dir = m_tmp.filePath(QStringLiteral("schema8"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = Cache::databasePath(dir);
        const SecretKey key = SecretKey::random();
        {
            Database old(path, key, true);
            Schema::migrate(old, 8);
            old.exec("INSERT INTO search_index(rowid, target_id, kind, version_id, page, title, body) "
                     "VALUES (41, 'f', 'page', 7, 3, 'Vorlage', 'Die Bürgerversammlung in der Hauptstraße')");
            QCOMPARE(old.queryInt(
                            "SELECT count(*) FROM search_index WHERE search_index MATCH 'buergerversammlung'")
                         .value(),
                     0);
        }
        Database db(path, key);
        Schema::migrate(db);
        QCOMPARE(Schema::version(db), Schema::latestVersion());
        // The same row, numbered by its version and page since step 11, found as members type.
        const qint64 row = SearchIndexStore::pageRow(7, 3);
        for (const char *query :
             {"SELECT rowid FROM search_index WHERE search_index MATCH 'buergerversammlung'",
              "SELECT rowid FROM search_index WHERE search_index MATCH 'burgerversammlung'",
              "SELECT rowid FROM search_index WHERE search_index MATCH 'HAUPTSTRASSE'"}) {
            QCOMPARE(db.queryInt(query).value_or(0), row);
        }
        Statement copied(db, "SELECT version_id, page FROM search_index WHERE rowid = ?");
        QVERIFY(copied.bind(1, row).next());
        QCOMPARE(copied.integer(0), 7);
        QCOMPARE(copied.integer(1), 3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM search_index").value_or(0), 1);
        // The word list is made from the index on first use.
        Search::prepareIndex(db);
        QCOMPARE(SearchWords::containing(db, QStringLiteral("versammlung"), 5),
                 QStringList{QStringLiteral("burgerversammlung")});
    }

    void hostileInputNeverFails_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("searches");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   \t ") << false;
        QTest::newRow("one quote") << QStringLiteral("\"") << false;
        QTest::newRow("unbalanced") << QStringLiteral("\"Haushalt Plan") << true;
        QTest::newRow("AND") << QStringLiteral("AND") << true;
        QTest::newRow("OR alone") << QStringLiteral("OR OR") << true;
        QTest::newRow("NOT") << QStringLiteral("Haushalt NOT") << true;
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(Haushalt") << true;
        QTest::newRow("column filter") << QStringLiteral("title:Haushalt") << true;
        QTest::newRow("caret") << QStringLiteral("^Haushalt") << true;
        QTest::newRow("braces") << QStringLiteral("{title body}: x") << true;
        QTest::newRow("parentheses") << QStringLiteral("((()))") << false;
        QTest::newRow("star alone") << QStringLiteral("*") << false;
        QTest::newRow("minus alone") << QStringLiteral("- -- ---") << false;
        QTest::newRow("only excluded") << QStringLiteral("-Haushalt") << false;
        QTest::newRow("plus") << QStringLiteral("+Haushalt +") << true;
        QTest::newRow("quotes inside") << QStringLiteral("Haus\"halt\"\"") << true;
        QTest::newRow("emoji") << QStringLiteral("🏛️ Rathaus") << true;
        QTest::newRow("control characters") << QStringLiteral("\x01\x02Rat\x03haus") << true;
        QTest::newRow("very long") << QString(QStringLiteral("Haushalt ")).repeated(5000) << true;
        QTest::newRow("one huge word") << QString(QLatin1Char('x')).repeated(100000) << true;
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE meetings; --") << true;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("Rathaus") << true;
    }
    void hostileInputNeverFails()
    {
        QFETCH(QString, query);
        QFETCH(bool, searches);
        fillTown();
        fillDocument();
        Search::Result result;
        try {
            result = find(query);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        QCOMPARE(result.message.isEmpty(), searches);
        if (!searches) {
            QVERIFY(result.hits.isEmpty());
        }
        QVERIFY(db().queryInt("SELECT count(*) FROM meetings").value() == 4);
    }

    void nothingNonPublicAfterTheWipe()
    {
        fillTown();
        // A non-public agenda item of a public meeting, with a word nothing else has.
        upsert(ObjectKind::AgendaItem,
               ris("meeting/2"),
               {{QStringLiteral("id"), ris("item/secret")},
                {QStringLiteral("meeting"), ris("meeting/2")},
                {QStringLiteral("public"), false},
                {QStringLiteral("number"), QStringLiteral("Ö 1")},
                {QStringLiteral("name"), QStringLiteral("Grundstücksankauf Qzxwertraulichweg")}});
        Search::prepareIndex(db());
        QCOMPARE(ids(find(QStringLiteral("Qzxwertraulichweg")), QStringLiteral("agendaItem")),
                 QStringList{ris("item/secret")});
        QCOMPARE(ids(find(QStringLiteral("wertraulich")), QStringLiteral("agendaItem")),
                 QStringList{ris("item/secret")});
        SearchFilter publicOnly;
        publicOnly.visibility = SearchFilter::Visibility::Public;
        QCOMPARE(ids(find(QStringLiteral("Qzxwertraulichweg"), publicOnly), QStringLiteral("agendaItem")),
                 QStringList());

        {
            // The check below sees the word while it is there.
            const SecretKey key = Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase());
            QString error;
            const QList<Test::CachePage> before =
                Test::decryptCachePages(Cache::databasePath(m_dir), key, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!Test::pagesContaining(before, "Qzxwertraulichweg").isEmpty());
        }
        wipeNonPublic(db(), QStringLiteral(""));
        const Search::Result after = find(QStringLiteral("Qzxwertraulichweg"));
        QVERIFY(after.hits.isEmpty());
        QVERIFY(find(QStringLiteral("wertraulich")).hits.isEmpty());
        // The public meeting is still found, and its row holds nothing of the item.
        QCOMPARE(ids(find(QStringLiteral("Ausschusses")), QStringLiteral("meeting")).size(), 2);
        m_cache.reset();

        // In the decrypted pages of the database and its WAL: nothing of the word.
        const SecretKey key = Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase());
        QString error;
        const QList<Test::CachePage> pages = Test::decryptCachePages(Cache::databasePath(m_dir), key, &error);
        QVERIFY2(error.isEmpty() && !pages.isEmpty(), qPrintable(error));
        // The folded form (the index's) and the tail (FTS5 shares prefixes between terms).
        QCOMPARE(Test::pagesContaining(pages, "xwertraulichweg"), QStringList());
        QCOMPARE(Test::pagesContaining(pages, "Qzxwertraulichweg"), QStringList());
        QCOMPARE(Test::pagesContaining(pages, "qzxwertraulichweg"), QStringList());
    }
};

RATSMAPPE_TEST_MAIN(SearchTest)
#include "tst_search.moc"
