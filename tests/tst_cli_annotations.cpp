// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations` and `ratsmappe notes` (issue 13, docs/cli.md) through the real binary
// against a council on a real OParl server on loopback: a quote placed on a real PDF page lies
// where Poppler has its words; occurrences, a quote that is not there, a rectangle, text from
// stdin, removal; notes set, listed and removed; an id two servers share needs --server.

#include "cache.h"
#include "clicontract.h"
#include "documentstore.h"
#include "pdfdocument.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

// The page's words as Poppler reads them, and their text joined by single spaces.
struct PageWords
{
    QList<PdfWord> words;
    QSizeF size;
    QString joined() const
    {
        QStringList parts;
        for (const PdfWord &w : words) {
            parts << w.text.simplified();
        }
        return parts.join(QLatin1Char(' '));
    }
    // The normalized box of words [first, last].
    QRectF box(qsizetype first, qsizetype last) const
    {
        QRectF r = words.at(first).box;
        for (qsizetype i = first + 1; i <= last; ++i) {
            r = r.united(words.at(i).box);
        }
        return QRectF(r.x() / size.width(),
                      r.y() / size.height(),
                      r.width() / size.width(),
                      r.height() / size.height());
    }
};

PageWords pageWords(const QByteArray &pdf, int page)
{
    QString error;
    const auto doc = PdfDocument::fromData(pdf, &error);
    PageWords p;
    if (doc) {
        p.words = doc->words(page);
        p.size = doc->pageSize(page);
    }
    return p;
}

QRectF rectOf(const QJsonObject &annotation)
{
    const QJsonArray r = annotation.value(QLatin1String("rect")).toArray();
    return QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                  QPointF(r.at(2).toDouble(), r.at(3).toDouble()));
}

bool near(const QRectF &a, const QRectF &b)
{
    constexpr double eps = 1e-6;
    return std::abs(a.left() - b.left()) < eps && std::abs(a.top() - b.top()) < eps &&
        std::abs(a.right() - b.right()) < eps && std::abs(a.bottom() - b.bottom()) < eps;
}

QByteArray describe(const QRectF &r)
{
    return QByteArray::number(r.left()) + ',' + QByteArray::number(r.top()) + ',' +
        QByteArray::number(r.right()) + ',' + QByteArray::number(r.bottom());
}

} // namespace

class CliAnnotationsTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Council m_council;
    QString m_dir;

    QStringList args(const QStringList &more) const
    {
        return more + QStringList{QStringLiteral("--cache"), m_dir};
    }

    Run add(const QStringList &more, const QByteArray &input = {})
    {
        const QStringList a = args(QStringList{QStringLiteral("annotations"),
                                               QStringLiteral("add"),
                                               m_council.bauInvitation,
                                               QStringLiteral("--json")} +
                                   more);
        return input.isNull() ? ratsmappe(a) : Test::runRatsmappeWithInput(a, environment(), input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = syncedCache(m_council);
        QVERIFY(!m_dir.isEmpty());
    }

    // A quote of three words on one line that occurs once: its rectangle is their boxes.
    void quoteLiesOnItsWords()
    {
        const PageWords page = pageWords(m_council.bauPdf, 0);
        QVERIFY(page.words.size() > 10);
        const QString text = page.joined();
        qsizetype first = -1;
        QString quote;
        for (qsizetype i = 0; i + 2 < page.words.size(); ++i) {
            const QString candidate = page.words.at(i).text + QLatin1Char(' ') + page.words.at(i + 1).text +
                QLatin1Char(' ') + page.words.at(i + 2).text;
            const QRectF a = page.words.at(i).box, c = page.words.at(i + 2).box;
            if (text.count(candidate) == 1 && std::abs(a.center().y() - c.center().y()) < 1 &&
                c.left() > a.left()) {
                first = i;
                quote = candidate;
                break;
            }
        }
        QVERIFY(first >= 0);
        const Run r = add({QStringLiteral("--page"),
                           QStringLiteral("1"),
                           QStringLiteral("--quote"),
                           quote,
                           QStringLiteral("--text"),
                           QStringLiteral("Kosten prüfen")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = r.json();
        const QRectF expected = page.box(first, first + 2);
        QVERIFY2(near(rectOf(a), expected),
                 QByteArray(describe(rectOf(a)) + " vs " + describe(expected)).constData());
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("highlight"));
        QCOMPARE(a.value(QLatin1String("color")).toString(), QStringLiteral("#ffeb3b"));
        QCOMPARE(a.value(QLatin1String("page")).toInt(), 1);
        QCOMPARE(a.value(QLatin1String("quote")).toString(), quote);
        QCOMPARE(a.value(QLatin1String("text")).toString(), QStringLiteral("Kosten prüfen"));
        QCOMPARE(a.value(QLatin1String("file")).toString(), m_council.bauInvitation);
        QCOMPARE(a.value(QLatin1String("server")).toString(), m_council.url());
        QCOMPARE(a.value(QLatin1String("needsAttention")).toBool(), false);
        QVERIFY(!QUuid::fromString(a.value(QLatin1String("id")).toString()).isNull());

        // The TextQuoteSelector beside it, read back from the cache.
        auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
        Statement st(cache->database(),
                     "SELECT quote, prefix, suffix, start_offset, end_offset FROM annotations WHERE id = ?");
        QVERIFY(st.bind(1, a.value(QLatin1String("id")).toString()).next());
        const int start = int(text.indexOf(quote));
        QCOMPARE(st.integer(3), start);
        QCOMPARE(st.integer(4), start + quote.size());
        QCOMPARE(st.text(1), text.mid(std::max(0, start - 32), start - std::max(0, start - 32)));
        QCOMPARE(st.text(2), text.mid(start + quote.size(), 32));
        QCOMPARE(st.text(1).size(), std::min(start, 32));
    }

    // A word twice on the page: --occurrence 2 marks the second; one more than there are is exit 1.
    void occurrences()
    {
        const PageWords page = pageWords(m_council.bauPdf, 0);
        const QString text = page.joined();
        QString word;
        QList<qsizetype> at;
        for (const PdfWord &w : page.words) {
            const QString t = w.text.simplified();
            QList<qsizetype> found;
            for (qsizetype i = 0; i < page.words.size(); ++i) {
                if (page.words.at(i).text.simplified() == t) {
                    found << i;
                }
            }
            if (t.size() >= 4 && found.size() >= 2 && text.count(t) == found.size()) {
                word = t;
                at = found;
                break;
            }
        }
        QVERIFY2(!word.isEmpty(), "no word twice on the page");
        const Run second = add({QStringLiteral("--page"),
                                QStringLiteral("1"),
                                QStringLiteral("--quote"),
                                word,
                                QStringLiteral("--occurrence"),
                                QStringLiteral("2"),
                                QStringLiteral("--type"),
                                QStringLiteral("underline"),
                                QStringLiteral("--color"),
                                QStringLiteral("#FF0000")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(near(rectOf(second.json()), page.box(at.at(1), at.at(1))));
        QCOMPARE(second.json().value(QLatin1String("color")).toString(), QStringLiteral("#ff0000"));
        QCOMPARE(second.json().value(QLatin1String("type")).toString(), QStringLiteral("underline"));

        const Run beyond = add({QStringLiteral("--page"),
                                QStringLiteral("1"),
                                QStringLiteral("--quote"),
                                word,
                                QStringLiteral("--occurrence"),
                                QString::number(at.size() + 1)});
        QCOMPARE(beyond.exitCode, 1);
        QVERIFY2(beyond.err.contains(QByteArray("only " + QByteArray::number(at.size()) + " time")),
                 beyond.err.constData());
        QVERIFY(beyond.out.isEmpty());
    }

    void quoteNotOnThePage()
    {
        const Run r = add({QStringLiteral("--page"),
                           QStringLiteral("1"),
                           QStringLiteral("--quote"),
                           QStringLiteral("Dieser Satz steht nirgends")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not on page 1"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const Run noPage = add({QStringLiteral("--page"),
                                QStringLiteral("9"),
                                QStringLiteral("--rect"),
                                QStringLiteral("0.1,0.1,0.2,0.2")});
        QCOMPARE(noPage.exitCode, 1);
        QVERIFY2(noPage.err.contains("page 9"), noPage.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("more");
        QTest::newRow("no page") << QStringList{QStringLiteral("--quote"), QStringLiteral("x")};
        QTest::newRow("neither") << QStringList{QStringLiteral("--page"), QStringLiteral("1")};
        QTest::newRow("both") << QStringList{QStringLiteral("--page"),
                                             QStringLiteral("1"),
                                             QStringLiteral("--quote"),
                                             QStringLiteral("x"),
                                             QStringLiteral("--rect"),
                                             QStringLiteral("0,0,1,1")};
        QTest::newRow("bad rect") << QStringList{QStringLiteral("--page"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--rect"),
                                                 QStringLiteral("0.5,0.1,0.2,0.3")};
        QTest::newRow("bad colour") << QStringList{QStringLiteral("--page"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--rect"),
                                                   QStringLiteral("0,0,1,1"),
                                                   QStringLiteral("--color"),
                                                   QStringLiteral("yellow")};
        QTest::newRow("bad type") << QStringList{QStringLiteral("--page"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--rect"),
                                                 QStringLiteral("0,0,1,1"),
                                                 QStringLiteral("--type"),
                                                 QStringLiteral("blob")};
        QTest::newRow("quote as ink") << QStringList{QStringLiteral("--page"),
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--quote"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--type"),
                                                     QStringLiteral("ink")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, more);
        const Run r = add(more);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    // --rect, text from stdin, then ls (both outputs) and rm.
    void rectStdinListRemove()
    {
        const QByteArray note = "Zeile eins\n\tmit Tab\n";
        const Run r = add({QStringLiteral("--page"),
                           QStringLiteral("2"),
                           QStringLiteral("--rect"),
                           QStringLiteral("0.1,0.2,0.3,0.4"),
                           QStringLiteral("--type"),
                           QStringLiteral("note"),
                           QStringLiteral("--text"),
                           QStringLiteral("-")},
                          note);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = r.json();
        const QString id = a.value(QLatin1String("id")).toString();
        QVERIFY(near(rectOf(a), QRectF(QPointF(0.1, 0.2), QPointF(0.3, 0.4))));
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("note"));
        QCOMPARE(a.value(QLatin1String("page")).toInt(), 2);
        QCOMPARE(a.value(QLatin1String("text")).toString(), QStringLiteral("Zeile eins\n\tmit Tab"));
        QVERIFY(a.value(QLatin1String("quote")).isNull());

        // A quote from stdin.
        const PageWords page = pageWords(m_council.bauPdf, 0);
        const QString word = page.words.at(page.words.size() / 2).text;
        const Run fromStdin = add(
            {QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("-")},
            word.toUtf8() + '\n');
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
        QCOMPARE(fromStdin.json().value(QLatin1String("quote")).toString(), word);

        const Run listed = ratsmappe(args({QStringLiteral("annotations"),
                                           QStringLiteral("ls"),
                                           m_council.bauInvitation,
                                           QStringLiteral("--json")}));
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        bool found = false;
        for (const QJsonValue &v : list) {
            if (v.toObject() == a) {
                found = true;
            }
            QCOMPARE(v.toObject().value(QLatin1String("file")).toString(), m_council.bauInvitation);
        }
        QVERIFY(found);
        const Run plain = ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("ls")}));
        QCOMPARE(plain.exitCode, 0);
        const QList<QByteArray> lines = plain.out.trimmed().split('\n');
        QCOMPARE(lines.size(),
                 QJsonDocument::fromJson(ratsmappe(args({QStringLiteral("annotations"),
                                                         QStringLiteral("ls"),
                                                         QStringLiteral("--json")}))
                                             .out)
                     .array()
                     .size());
        // One line each: the note's line break and tab are escaped inside its field.
        bool oneLine = false;
        for (const QByteArray &line : lines) {
            oneLine = oneLine ||
                (line.startsWith(QByteArray(id.toUtf8() + '\t')) && line.contains("Zeile eins") &&
                 line.contains("mit Tab"));
        }
        QVERIFY2(oneLine, plain.out.constData());

        const Run rm = ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("rm"), id}));
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        const Run again = ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("rm"), id}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("ls")}))
                     .out.contains(id.toUtf8()));
        const Run unknown = ratsmappe(args({QStringLiteral("annotations"),
                                            QStringLiteral("ls"),
                                            QStringLiteral("https://nowhere.example/file/1")}));
        QCOMPARE(unknown.exitCode, 1);
    }

    void notes()
    {
        const QStringList set{
            QStringLiteral("notes"), QStringLiteral("set"), m_council.item, QStringLiteral("--json")};
        const Run r = Test::runRatsmappeWithInput(args(set), environment(), "**Kosten?**\n- Termin\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("text")).toString(), QStringLiteral("**Kosten?**\n- Termin"));
        QCOMPARE(r.json().value(QLatin1String("server")).toString(), m_council.url());
        const Run replaced = Test::runRatsmappeWithInput(args(set), environment(), "neu");
        QCOMPARE(replaced.exitCode, 0);

        const Run listed =
            ratsmappe(args({QStringLiteral("notes"), QStringLiteral("ls"), QStringLiteral("--json")}));
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("target")).toString(), m_council.item);
        QCOMPARE(list.first().toObject().value(QLatin1String("text")).toString(), QStringLiteral("neu"));
        const Run plain = ratsmappe(args({QStringLiteral("notes"), QStringLiteral("ls")}));
        QCOMPARE(plain.out,
                 (m_council.item + QLatin1Char('\t') + m_council.url() + QStringLiteral("\tneu\n")).toUtf8());

        const Run nowhere = Test::runRatsmappeWithInput(args({QStringLiteral("notes"),
                                                              QStringLiteral("set"),
                                                              QStringLiteral("https://nowhere.example/x")}),
                                                        environment(),
                                                        "x");
        QCOMPARE(nowhere.exitCode, 1);
        const QStringList rm{QStringLiteral("notes"), QStringLiteral("rm"), m_council.item};
        QCOMPARE(ratsmappe(args(rm)).exitCode, 0);
        QCOMPARE(ratsmappe(args(rm)).exitCode, 1);
        QCOMPARE(ratsmappe(args({QStringLiteral("notes"), QStringLiteral("ls")})).out, QByteArray());
        QCOMPARE(ratsmappe(args({QStringLiteral("notes"), QStringLiteral("frobnicate")})).exitCode, 2);
    }

    // A file id two servers serve: annotations and notes need --server, and stay with it.
    void sharedIdNeedsServer()
    {
        Demo::OParlServer other;
        const QString shared = m_council.bauInvitation;
        other.add(QStringLiteral("File"),
                  {{QStringLiteral("id"), shared},
                   {QStringLiteral("name"), QStringLiteral("Einladung anderswo")},
                   {QStringLiteral("fileName"), QStringLiteral("anderswo.pdf")}});
        other.setFileBytes(shared, Council::pdf(QStringLiteral("Einladung anderswo")));
        other.add(
            QStringLiteral("Meeting"),
            {{QStringLiteral("name"), QStringLiteral("Sitzung anderswo")},
             {QStringLiteral("start"), QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)},
             {QStringLiteral("invitation"), shared}});
        const QString otherUrl = other.systemUrl().toString();
        const Run synced = ratsmappe(args({QStringLiteral("sync"), QStringLiteral("--server"), otherUrl}));
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        const QStringList rect{QStringLiteral("--page"),
                               QStringLiteral("1"),
                               QStringLiteral("--rect"),
                               QStringLiteral("0.5,0.5,0.6,0.6")};
        const Run ambiguous = add(rect);
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains(otherUrl.toUtf8()) &&
                     ambiguous.err.contains(m_council.url().toUtf8()),
                 ambiguous.err.constData());
        const Run there = add(rect + QStringList{QStringLiteral("--server"), otherUrl});
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QCOMPARE(there.json().value(QLatin1String("server")).toString(), otherUrl);

        const QStringList ls{
            QStringLiteral("annotations"), QStringLiteral("ls"), shared, QStringLiteral("--json")};
        QCOMPARE(ratsmappe(args(ls)).exitCode, 2);
        const Run onlyOther = ratsmappe(args(ls + QStringList{QStringLiteral("--server"), otherUrl}));
        QCOMPARE(onlyOther.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(onlyOther.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("id")), there.json().value(QLatin1String("id")));

        const QStringList set{QStringLiteral("notes"), QStringLiteral("set"), shared};
        QCOMPARE(Test::runRatsmappeWithInput(args(set), environment(), "x").exitCode, 2);
        QCOMPARE(Test::runRatsmappeWithInput(
                     args(set + QStringList{QStringLiteral("--server"), otherUrl}), environment(), "x")
                     .exitCode,
                 0);
        const Run notes =
            ratsmappe(args({QStringLiteral("notes"), QStringLiteral("ls"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(notes.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QLatin1String("server"))
                     .toString(),
                 otherUrl);
    }

    // What `annotations add` and `notes set` write stays inside the encrypted database: a unique
    // note text, a note, and the quote (with --quote from stdin) are in no file of the cache folder.
    void nothingReadableOnDisk()
    {
        const QByteArray run = QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        const QByteArray annotationText = "RM-ANNOTATION-" + run;
        const QByteArray noteText = "RM-NOTE-" + run;
        const PageWords page = pageWords(m_council.bauPdf, 0);
        // A word long enough that chance bytes cannot contain it.
        QByteArray quote;
        for (const PdfWord &w : page.words) {
            if (w.text.size() > quote.size()) {
                quote = w.text.toUtf8();
            }
        }
        QVERIFY(quote.size() >= 8);
        const Run a = add({QStringLiteral("--page"),
                           QStringLiteral("1"),
                           QStringLiteral("--quote"),
                           QStringLiteral("-"),
                           QStringLiteral("--text"),
                           QString::fromUtf8(annotationText),
                           QStringLiteral("--server"),
                           m_council.url()},
                          quote);
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const Run n = Test::runRatsmappeWithInput(
            args({QStringLiteral("notes"), QStringLiteral("set"), m_council.paper}), environment(), noteText);
        QVERIFY2(n.exitCode == 0, n.err.constData());
        const QStringList hits = Test::findMarkers(m_dir, {annotationText, noteText, quote});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        // …and they are there, decrypted.
        const Run listed = ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("ls")}));
        QVERIFY(listed.out.contains(annotationText));
        QVERIFY(ratsmappe(args({QStringLiteral("notes"), QStringLiteral("ls")})).out.contains(noteText));
    }
};

RATSMAPPE_TEST_MAIN(CliAnnotationsTest)
#include "tst_cli_annotations.moc"
