// SPDX-License-Identifier: GPL-2.0-or-later
// The search page's model over a real encrypted cache: a small town of objects and a real PDF
// whose text the real indexer read (in the PDF helper). The model searches on a thread and a
// connection of its own (its first search brings the object index up to date), rows grouped by
// kind with rich snippets and dates in the locale, checked by QAbstractItemModelTester and
// against a reference dump (tests/data/searchmodel.json; RATSMAPPE_UPDATE_REFERENCES=1 rewrites
// it, see modeldump.h). A newer query supersedes an older one: only its results arrive.

#include "cache.h"
#include "database.h"
#include "filelinks.h"
#include "modeldump.h"
#include "objectstore.h"
#include "pdfsamples.h"
#include "searchmodel.h"
#include "testmain.h"
#include "testutil.h"
#include "textindexer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

QString ris(const char *path)
{
    return QLatin1String("https://ris.example/") + QLatin1String(path);
}

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

QStringList column(const SearchModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.data(model.index(row, 0), role).toString();
    }
    return out;
}

} // namespace

class SearchModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;

    void upsert(ObjectKind kind, const QString &parentId, const QJsonObject &data)
    {
        ObjectStore(m_cache->database()).upsert(kind, parentId, data, QDateTime::currentDateTimeUtc());
    }

    // A committee with a member and two meetings, an agenda item, a paper whose main file is a
    // PDF of three pages, indexed by the real indexer. The object index is left to the model.
    void fillTown()
    {
        upsert(ObjectKind::Organization,
               {},
               {{QStringLiteral("id"), ris("org/fin")},
                {QStringLiteral("name"), QStringLiteral("Haushaltsausschuss")}});
        upsert(ObjectKind::Organization,
               {},
               {{QStringLiteral("id"), ris("org/bau")},
                {QStringLiteral("name"), QStringLiteral("Bauausschuss")}});
        upsert(ObjectKind::Person,
               {},
               {{QStringLiteral("id"), ris("person/1")},
                {QStringLiteral("name"), QStringLiteral("Jürgen Haushalter")},
                {QStringLiteral("familyName"), QStringLiteral("Haushalter")}});
        upsert(ObjectKind::Membership,
               ris("person/1"),
               {{QStringLiteral("id"), ris("membership/1")},
                {QStringLiteral("person"), ris("person/1")},
                {QStringLiteral("organization"), ris("org/fin")}});
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
                QStringLiteral("Sitzung des Haushaltsausschusses"),
                QStringLiteral("2026-03-05T18:00:00+01:00"),
                "org/fin");
        meeting("meeting/2",
                QStringLiteral("Sitzung des Bauausschusses"),
                QStringLiteral("2026-02-10T17:00:00+01:00"),
                "org/bau");
        upsert(ObjectKind::AgendaItem,
               ris("meeting/1"),
               {{QStringLiteral("id"), ris("item/1")},
                {QStringLiteral("meeting"), ris("meeting/1")},
                {QStringLiteral("number"), QStringLiteral("3")},
                {QStringLiteral("name"), QStringLiteral("Haushaltssatzung <2026> & Stellenplan")}});
        upsert(ObjectKind::Paper,
               {},
               {{QStringLiteral("id"), ris("paper/1")},
                {QStringLiteral("name"), QStringLiteral("Entwurf der Haushaltssatzung")},
                {QStringLiteral("reference"), QStringLiteral("VO/2026/0042")},
                {QStringLiteral("paperType"), QStringLiteral("Beschlussvorlage")},
                {QStringLiteral("date"), QStringLiteral("2026-02-01")}});
        Test::PdfSamples::storeNamedDocument(
            *m_cache,
            ris("file/1"),
            textPdf({QStringLiteral("Die Buergerversammlung tagt im Rathaus."),
                     QStringLiteral("Der Haushaltsplan 2026 sieht Mittel fuer den Radverkehr vor."),
                     QStringLiteral("Zum Feuerwehrgeraetehaus gibt es keine Einwaende.")}));
        FileLinks(m_cache->database()).add(ris("paper/1"), ris("file/1"), QStringLiteral("mainFile"));
        TextIndexer indexer(*m_cache);
        const TextIndexer::Result indexed = indexer.indexPending();
        QCOMPARE(indexed.pages, 3);
    }

    // Searches \a text and waits for its results.
    void search(SearchModel &model, const QString &text)
    {
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        model.setQuery(text);
        QVERIFY(results.wait(30000));
        QVERIFY(!model.running());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("c")));
        fillTown();
    }

    void richSnippetEscapes()
    {
        QCOMPARE(SearchModel::richSnippet(QStringLiteral("a<b & c"), {{6, 1}}),
                 QStringLiteral("a&lt;b &amp; <b>c</b>"));
        QCOMPARE(SearchModel::richSnippet(QStringLiteral("<Haus>halt"), {{1, 4}, {2, 2}, {8, 9}}),
                 QStringLiteral("&lt;<b>Haus</b>&gt;halt"));
    }

    // Every kind a word finds, grouped, with snippets and dates; compared with the reference.
    void rowsAsReference()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(0);
        model.setCache(m_cache.get());
        search(model, QStringLiteral("Haushalt"));
        QVERIFY2(model.message().isEmpty(), qPrintable(model.message()));
        const QStringList kinds = column(model, SearchModel::KindRole);
        for (const char *kind : {"meeting", "agendaItem", "paper", "document", "person", "organization"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
        // Grouped in Search::kinds() order.
        QStringList order = kinds;
        order.removeDuplicates();
        QStringList expected = Search::kinds();
        expected.removeIf([&order](const QString &kind) { return !order.contains(kind); });
        QCOMPARE(order, expected);
        // The document at the page with the word, its match in bold.
        const int document = static_cast<int>(kinds.indexOf(QStringLiteral("document")));
        const QModelIndex at = model.index(document, 0);
        QCOMPARE(model.data(at, SearchModel::PageRole).toInt(), 2);
        QVERIFY2(model.data(at, SearchModel::SnippetRole)
                     .toString()
                     .contains(QLatin1String("<b>Haushaltsplan</b>")),
                 qPrintable(model.data(at, SearchModel::SnippetRole).toString()));
        QCOMPARE(model.data(at, SearchModel::FileIdRole).toString(), ris("file/1"));
        // A committee lists its meetings.
        const int committee = static_cast<int>(kinds.indexOf(QStringLiteral("organization")));
        const QVariantList meetings =
            model.data(model.index(committee, 0), SearchModel::MeetingsRole).toList();
        QVERIFY(!meetings.isEmpty());
        QCOMPARE(meetings.first().toMap().value(QStringLiteral("id")).toString(), ris("meeting/1"));
        QVERIFY(Test::compareWithReference(Test::dumpModel(model), QStringLiteral("searchmodel.json")));
    }

    // The filters reach the search: kinds, committee.
    void narrows()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(0);
        model.setCache(m_cache.get());
        model.setKinds({QStringLiteral("document")});
        search(model, QStringLiteral("Haushalt"));
        QCOMPARE(column(model, SearchModel::IdRole), QStringList{ris("file/1")});
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        model.setKinds({QStringLiteral("meeting")});
        model.setCommitteeId(ris("org/bau"));
        QVERIFY(results.wait(30000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.running());
    }

    // Typed one after another without a wait: only the last query's rows arrive, in one reset.
    void newerQuerySupersedesOlder()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(0);
        model.setCache(m_cache.get());
        search(model, QStringLiteral("Bauausschuss"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setQuery(QStringLiteral("Rathaus"));
        model.refresh();
        model.setQuery(QStringLiteral("Haushalt"));
        model.refresh();
        model.setQuery(QStringLiteral("Feuerwehr"));
        model.refresh();
        QVERIFY(model.running());
        QTRY_VERIFY_WITH_TIMEOUT(!model.running(), 30000);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(column(model, SearchModel::KindRole), QStringList{QStringLiteral("document")});
        QCOMPARE(model.data(model.index(0, 0), SearchModel::PageRole).toInt(), 3);
        // Nothing of the older queries comes later either.
        QTest::qWait(100);
        QCOMPARE(resets.count(), 1);
    }

    // What a member might type never fails; an empty field empties the list.
    void hostileAndEmpty()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(0);
        model.setCache(m_cache.get());
        for (const QString &text :
             {QStringLiteral("NEAR("), QStringLiteral("\"unbalanced"), QStringLiteral("-")}) {
            search(model, text);
        }
        search(model, QStringLiteral("Haushalt"));
        QVERIFY(model.rowCount() > 0);
        model.setQuery(QString());
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.running());
        QVERIFY(model.message().isEmpty());
    }
};

RATSMAPPE_TEST_MAIN(SearchModelTest)
#include "tst_searchmodel.moc"
