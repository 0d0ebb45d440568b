// SPDX-License-Identifier: GPL-2.0-or-later
// Carrying annotations over to a new version of their document (issue 13, docs/annotations.md),
// with the real parts: a council on a real OParl server on loopback, the real `ratsmappe` for
// sync and annotations, new versions put through the demo server's PUT /admin/files, PDFs with
// known text written by libqpdf and read by Poppler. The second version inserts a page in front,
// inserts text before a quote, edits a quote slightly, deletes a quote, moves paragraphs and
// removes a page; ink and notes sit beside text that moves. Where each annotation lands, which
// need attention and why, that none is dropped, that the originals stay on the old version, and
// that a copy the member deleted is not carried again to a third version. The first carry reads
// the old version's words from its bytes (a version indexed before schema 8), the second from
// the index. An annotation left on an old version is carried by the next sync (carryPending).

#include "annotationstore.h"
#include "cache.h"
#include "clicontract.h"
#include "madeuptext.h"
#include "pdfdocument.h"
#include "pdfsamples.h"
#include "quotelocator.h"
#include "testmain.h"
#include "testutil.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

namespace {

using Test::makePdf;
using Test::paragraph;
using Page = QList<QStringList>; // paragraphs of words

// The words of \a paragraph from \a first, \a count of them, as one quote.
QString quoteOf(const QStringList &paragraph, int first, int count = 5)
{
    return paragraph.mid(first, count).join(QLatin1Char(' '));
}

struct PdfPage
{
    QList<PdfWord> words;
    QSizeF size;
};

PdfPage pdfPage(const QByteArray &pdf, int page)
{
    QString error;
    const auto doc = PdfDocument::fromData(pdf, &error);
    PdfPage p;
    if (doc && page < doc->pageCount()) {
        p.words = doc->words(page);
        p.size = doc->pageSize(page);
    }
    return p;
}

// The normalized box of \a quote on \a page (all its lines).
QRectF quoteBox(const PdfPage &page, const QString &quote)
{
    const QuoteLocator locator(page.words, page.size);
    const auto match = locator.find(quote);
    QRectF box;
    if (match) {
        for (const QRectF &r : match->rects) {
            box = box.isNull() ? r : box.united(r);
        }
    }
    return box;
}

QRectF rectOf(const QJsonObject &annotation)
{
    const QJsonArray r = annotation.value(QLatin1String("rect")).toArray();
    return QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                  QPointF(r.at(2).toDouble(), r.at(3).toDouble()));
}

bool near(const QRectF &a, const QRectF &b, double eps = 1e-5)
{
    return std::abs(a.left() - b.left()) < eps && std::abs(a.top() - b.top()) < eps &&
        std::abs(a.right() - b.right()) < eps && std::abs(a.bottom() - b.bottom()) < eps;
}

QByteArray describe(const QRectF &r)
{
    return QByteArray::number(r.left()) + ',' + QByteArray::number(r.top()) + ',' +
        QByteArray::number(r.right()) + ',' + QByteArray::number(r.bottom());
}

QString rectOption(const QRectF &r)
{
    return QStringLiteral("%1,%2,%3,%4").arg(r.left()).arg(r.top()).arg(r.right()).arg(r.bottom());
}

int putFile(const Council &council, const QString &fileId, const QByteArray &bytes)
{
    static QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(council.server.url(QStringLiteral("admin/files?id=")) +
                                 QString::fromLatin1(QUrl::toPercentEncoding(fileId))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/pdf"));
    std::unique_ptr<QNetworkReply> reply(nam.put(request, bytes));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class CarryoverTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    Council m_council;
    QString m_dir;
    QString m_file;

    // The paragraphs: page A, B, C of the first version; X inserted, N a new first page.
    QList<QStringList> A, B, C, N;
    QStringList X, A3edited;
    QByteArray m_v1, m_v2, m_v3;

    // What each annotation is, by a name of the test's own.
    QHash<QString, QString> m_ids; // name → id of the original
    QJsonArray m_before; // `annotations ls --json` before the new version

    QStringList args(const QStringList &more) const
    {
        return more + QStringList{QStringLiteral("--cache"), m_dir};
    }

    QJsonArray list(bool allVersions = false)
    {
        QStringList a{QStringLiteral("annotations"), QStringLiteral("ls"), m_file, QStringLiteral("--json")};
        if (allVersions) {
            a << QStringLiteral("--all-versions");
        }
        const Run r = ratsmappe(args(a));
        if (r.exitCode != 0) {
            qWarning("annotations ls: %s", r.err.constData());
        }
        return QJsonDocument::fromJson(r.out).array();
    }

    QString add(const QString &name, const QStringList &more)
    {
        const Run r = ratsmappe(
            args(QStringList{
                     QStringLiteral("annotations"), QStringLiteral("add"), m_file, QStringLiteral("--json")} +
                 more));
        if (r.exitCode != 0) {
            qWarning("annotations add %s: %s", qPrintable(name), r.err.constData());
            return {};
        }
        const QString id = r.json().value(QLatin1String("id")).toString();
        m_ids.insert(name, id);
        return id;
    }

    Run sync(bool json)
    {
        QStringList a{QStringLiteral("sync"), QStringLiteral("--server"), m_council.url()};
        if (json) {
            a << QStringLiteral("--json");
        }
        return ratsmappe(args(a));
    }

    // The copy (in \a annotations) carried from the annotation with id \a origin.
    static QJsonObject copyOf(const QJsonArray &annotations, const QString &origin)
    {
        for (const QJsonValue &v : annotations) {
            if (v.toObject().value(QLatin1String("origin")).toString() == origin) {
                return v.toObject();
            }
        }
        return {};
    }

    // The normalized box of the first word of \a para on \a page of \a pdf.
    static QRectF firstWordBox(const QByteArray &pdf, int page, const QStringList &para)
    {
        const PdfPage p = pdfPage(pdf, page);
        return quoteBox(p, quoteOf(para, 0, 3));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_council.bauInvitation;
        for (quint32 i = 0; i < 6; ++i) {
            A << paragraph(101 + i);
            B << paragraph(201 + i);
        }
        for (quint32 i = 0; i < 4; ++i) {
            C << paragraph(301 + i);
        }
        for (quint32 i = 0; i < 3; ++i) {
            N << paragraph(801 + i);
        }
        X = paragraph(901, 50);
        A3edited = A[2];
        A3edited[12] += QStringLiteral("s"); // one letter more inside the quote

        // Version 1: A, B, C.
        m_v1 = makePdf({A, B, C});
        // Version 2: a new page N in front; on A, X inserted before everything, A3 edited, A5
        // deleted; on B, B5 and B6 moved to the top; page C removed.
        const Page a2 = {X, A[0], A[1], A3edited, A[3], A[5]};
        const Page b2 = {B[4], B[5], B[0], B[1], B[2], B[3]};
        m_v2 = makePdf({N, a2, b2});
        // Version 3: page N gets one more paragraph.
        m_v3 = makePdf({Page(N) << paragraph(804), a2, b2});

        m_council.server.setFileBytes(m_file, m_v1);
        m_dir = syncedCache(m_council);
        QVERIFY(!m_dir.isEmpty());
    }

    // Each annotation on the new version where its text went; the count never goes down.
    void carriedOverOnSync()
    {
        const auto page = QStringLiteral("--page");
        const auto quote = QStringLiteral("--quote");
        const auto type = QStringLiteral("--type");
        QVERIFY(!add(QStringLiteral("inserted-before"), {page, QStringLiteral("1"), quote, quoteOf(A[1], 10)})
                     .isEmpty());
        QVERIFY(!add(QStringLiteral("edited"),
                     {page, QStringLiteral("1"), quote, quoteOf(A[2], 10), type, QStringLiteral("underline")})
                     .isEmpty());
        QVERIFY(
            !add(QStringLiteral("deleted"), {page, QStringLiteral("1"), quote, quoteOf(A[4], 10)}).isEmpty());
        QVERIFY(!add(QStringLiteral("moved"),
                     {page,
                      QStringLiteral("2"),
                      quote,
                      quoteOf(B[5], 10),
                      QStringLiteral("--color"),
                      QStringLiteral("#00ff00")})
                     .isEmpty());
        QVERIFY(!add(QStringLiteral("page-removed"),
                     {page, QStringLiteral("3"), quote, quoteOf(C[2], 10), type, QStringLiteral("strikeout")})
                     .isEmpty());
        // Ink in the right margin beside A4's first line; a note in the left margin beside B1.
        const QRectF a4 = firstWordBox(m_v1, 0, A[3]);
        const QRectF b1 = firstWordBox(m_v1, 1, B[0]);
        const QRectF c1 = firstWordBox(m_v1, 2, C[0]);
        QVERIFY(!a4.isNull() && !b1.isNull() && !c1.isNull());
        const QRectF inkRect(QPointF(0.88, a4.top()), QPointF(0.95, a4.bottom() + 0.01));
        const QRectF noteRect(QPointF(0.02, b1.top()), QPointF(0.08, b1.bottom()));
        const QRectF goneNoteRect(QPointF(0.02, c1.top()), QPointF(0.08, c1.bottom()));
        QVERIFY(!add(QStringLiteral("ink"),
                     {page,
                      QStringLiteral("1"),
                      QStringLiteral("--rect"),
                      rectOption(inkRect),
                      type,
                      QStringLiteral("ink")})
                     .isEmpty());
        QVERIFY(!add(QStringLiteral("note"),
                     {page,
                      QStringLiteral("2"),
                      QStringLiteral("--rect"),
                      rectOption(noteRect),
                      type,
                      QStringLiteral("note"),
                      QStringLiteral("--text"),
                      QStringLiteral("Nachfragen")})
                     .isEmpty());
        QVERIFY(!add(QStringLiteral("note-on-removed-page"),
                     {page,
                      QStringLiteral("3"),
                      QStringLiteral("--rect"),
                      rectOption(goneNoteRect),
                      type,
                      QStringLiteral("note")})
                     .isEmpty());
        m_before = list();
        QCOMPARE(m_before.size(), 8);

        {
            // The first version's text as a cache indexed it before schema 8 (Poppler's plain
            // text): its words are read from its stored bytes for this carry. The carry to the
            // third version reads the second's from the index.
            auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
            cache->database().exec("UPDATE file_versions SET text_form = 0");
        }
        QCOMPARE(putFile(m_council, m_file, m_v2), 200);
        const Run r = sync(true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray carried = r.json().value(QLatin1String("annotations")).toArray();
        QCOMPARE(carried.size(), 1);
        const QJsonObject doc = carried.first().toObject();
        QCOMPARE(doc.value(QLatin1String("file")).toString(), m_file);
        QCOMPARE(doc.value(QLatin1String("carried")).toInt(), 8);
        QCOMPARE(doc.value(QLatin1String("needsAttention")).toInt(), 3);

        const QJsonArray now = list();
        QCOMPARE(now.size(), 8); // never fewer: every annotation has its copy
        const qint64 v1 = m_before.first().toObject().value(QLatin1String("version")).toInteger();
        for (const QJsonValue &v : now) {
            QVERIFY(v.toObject().value(QLatin1String("version")).toInteger() != v1);
            QVERIFY(!v.toObject().value(QLatin1String("origin")).toString().isEmpty());
        }

        // Text inserted before the quote (and a page in front): the same words, page 2.
        const PdfPage newA = pdfPage(m_v2, 1), newB = pdfPage(m_v2, 2);
        const auto checkQuote = [&](const QString &name,
                                    const PdfPage &p,
                                    int pageNo,
                                    const QString &q,
                                    const QString &placement) {
            const QJsonObject c = copyOf(now, m_ids.value(name));
            QVERIFY2(!c.isEmpty(), qPrintable(name));
            QCOMPARE(c.value(QLatin1String("page")).toInt(), pageNo);
            QCOMPARE(c.value(QLatin1String("quote")).toString(), q);
            QCOMPARE(c.value(QLatin1String("placement")).toString(), placement);
            QCOMPARE(c.value(QLatin1String("needsAttention")).toBool(), false);
            QVERIFY(c.value(QLatin1String("attentionReason")).isNull());
            const QRectF expected = quoteBox(p, q);
            QVERIFY2(near(rectOf(c), expected),
                     QByteArray(name.toUtf8() + ": " + describe(rectOf(c)) + " vs " + describe(expected))
                         .constData());
        };
        checkQuote(QStringLiteral("inserted-before"), newA, 2, quoteOf(A[1], 10), QStringLiteral("exact"));
        // Edited slightly: found with the edit, placed fuzzy, no attention needed.
        checkQuote(QStringLiteral("edited"), newA, 2, quoteOf(A3edited, 10), QStringLiteral("fuzzy"));
        // Moved to the top of its page.
        checkQuote(QStringLiteral("moved"), newB, 3, quoteOf(B[5], 10), QStringLiteral("exact"));
        QCOMPARE(copyOf(now, m_ids.value(QStringLiteral("moved"))).value(QLatin1String("color")).toString(),
                 QStringLiteral("#00ff00"));

        // The deleted quote: kept on its page's new place with its old quote, needs attention.
        const QJsonObject deleted = copyOf(now, m_ids.value(QStringLiteral("deleted")));
        QCOMPARE(deleted.value(QLatin1String("page")).toInt(), 2);
        QCOMPARE(deleted.value(QLatin1String("needsAttention")).toBool(), true);
        QCOMPARE(deleted.value(QLatin1String("attentionReason")).toString(),
                 QStringLiteral("quote-not-found"));
        QCOMPARE(deleted.value(QLatin1String("quote")).toString(), quoteOf(A[4], 10));
        QCOMPARE(deleted.value(QLatin1String("placement")).toString(), QStringLiteral("none"));

        // A quote on the removed page: needs attention, not dropped.
        const QJsonObject removed = copyOf(now, m_ids.value(QStringLiteral("page-removed")));
        QCOMPARE(removed.value(QLatin1String("needsAttention")).toBool(), true);
        QCOMPARE(removed.value(QLatin1String("attentionReason")).toString(),
                 QStringLiteral("quote-not-found"));
        QCOMPARE(removed.value(QLatin1String("type")).toString(), QStringLiteral("strikeout"));
        const QJsonObject goneNote = copyOf(now, m_ids.value(QStringLiteral("note-on-removed-page")));
        QCOMPARE(goneNote.value(QLatin1String("needsAttention")).toBool(), true);
        QVERIFY2(QStringList({QStringLiteral("page-removed"), QStringLiteral("guide-not-found")})
                     .contains(goneNote.value(QLatin1String("attentionReason")).toString()),
                 qPrintable(goneNote.value(QLatin1String("attentionReason")).toString()));

        // Ink and the note moved with the text beside them.
        const QRectF a4new = firstWordBox(m_v2, 1, A[3]);
        const QRectF b1new = firstWordBox(m_v2, 2, B[0]);
        const QJsonObject ink = copyOf(now, m_ids.value(QStringLiteral("ink")));
        QCOMPARE(ink.value(QLatin1String("page")).toInt(), 2);
        QCOMPARE(ink.value(QLatin1String("needsAttention")).toBool(), false);
        const QRectF inkExpected = inkRect.translated(0, a4new.top() - a4.top());
        QVERIFY2(near(rectOf(ink), inkExpected, 0.002),
                 QByteArray(describe(rectOf(ink)) + " vs " + describe(inkExpected)).constData());
        QVERIFY(a4new.top() - a4.top() > 0.05); // it did move
        const QJsonObject note = copyOf(now, m_ids.value(QStringLiteral("note")));
        QCOMPARE(note.value(QLatin1String("page")).toInt(), 3);
        QCOMPARE(note.value(QLatin1String("text")).toString(), QStringLiteral("Nachfragen"));
        const QRectF noteExpected = noteRect.translated(0, b1new.top() - b1.top());
        QVERIFY2(near(rectOf(note), noteExpected, 0.002),
                 QByteArray(describe(rectOf(note)) + " vs " + describe(noteExpected)).constData());
    }

    // The old version keeps its originals as they were; --all-versions lists them too.
    void originalsStayOnTheOldVersion()
    {
        const QJsonArray all = list(true);
        QCOMPARE(all.size(), 16);
        for (const QJsonValue &before : m_before) {
            const QString id = before.toObject().value(QLatin1String("id")).toString();
            bool found = false;
            for (const QJsonValue &v : all) {
                if (v.toObject().value(QLatin1String("id")).toString() == id) {
                    QCOMPARE(v.toObject(), before.toObject());
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(id));
        }
        // In the cache: each original names the version it was carried to; the copies do not.
        auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
        AnnotationStore store(cache->database());
        for (const QString &id : std::as_const(m_ids)) {
            const auto original = store.get(id);
            QVERIFY(original);
            QVERIFY(original->carriedTo > 0);
            QVERIFY(original->originId.isEmpty());
            QCOMPARE(store.forVersion(original->carriedTo).size(), 8);
        }
        QVERIFY(store.pendingCarry().isEmpty());
    }

    // A copy the member deletes is not carried again: the third version gets the other seven.
    void deletedCopyIsNotCarriedAgain()
    {
        const QJsonArray now = list();
        const QString copy =
            copyOf(now, m_ids.value(QStringLiteral("inserted-before"))).value(QLatin1String("id")).toString();
        QVERIFY(!copy.isEmpty());
        QCOMPARE(ratsmappe(args({QStringLiteral("annotations"), QStringLiteral("rm"), copy})).exitCode, 0);

        QCOMPARE(putFile(m_council, m_file, m_v3), 200);
        const Run r = sync(false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("7 annotation"), r.out.constData());
        QVERIFY2(r.out.contains("3 need attention"), r.out.constData());

        const QJsonArray third = list();
        QCOMPARE(third.size(), 7);
        for (const QJsonValue &v : third) {
            const QJsonObject a = v.toObject();
            QVERIFY(a.value(QLatin1String("origin")).toString() != copy);
            QVERIFY(a.value(QLatin1String("quote")).toString() != quoteOf(A[1], 10));
        }
        QCOMPARE(list(true).size(), 8 + 7 + 7);
        // The words of page 3 are where they were: the copies there did not move.
        const QJsonObject moved = copyOf(
            third, copyOf(now, m_ids.value(QStringLiteral("moved"))).value(QLatin1String("id")).toString());
        QCOMPARE(moved.value(QLatin1String("page")).toInt(), 3);
        QVERIFY(near(rectOf(moved), quoteBox(pdfPage(m_v3, 2), quoteOf(B[5], 10))));
    }

    // An annotation on an old version that was never carried (as a cache from before could
    // hold): the next sync carries it to the current version, though nothing new arrived.
    void pendingIsCarriedOnTheNextSync()
    {
        const qint64 v1 = m_before.first().toObject().value(QLatin1String("version")).toInteger();
        const PdfPage page = pdfPage(m_v1, 0);
        const QuoteLocator locator(page.words, page.size);
        const QString q = quoteOf(A[0], 3, 4);
        const auto match = locator.find(q);
        QVERIFY(match);
        QString id;
        {
            auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
            AnnotationStore store(cache->database());
            StoredAnnotation a;
            a.serverId = m_council.url();
            a.fileId = m_file;
            a.versionId = v1;
            a.type = QStringLiteral("squiggly");
            a.color = QStringLiteral("#ff0000");
            a.geometry = {{QStringLiteral("rects"), QJsonArray{QJsonArray{0.1, 0.1, 0.2, 0.12}}}};
            a.quote = match->quote;
            a.prefix = match->prefix;
            a.suffix = match->suffix;
            a.start = match->start;
            a.end = match->end;
            id = store.add(a).id;
            QCOMPARE(store.pendingCarry().size(), 1);
        }
        const Run r = sync(true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray carried = r.json().value(QLatin1String("annotations")).toArray();
        QCOMPARE(carried.size(), 1);
        QCOMPARE(carried.first().toObject().value(QLatin1String("carried")).toInt(), 1);
        const QJsonObject copy = copyOf(list(), id);
        QCOMPARE(copy.value(QLatin1String("page")).toInt(), 2);
        QCOMPARE(copy.value(QLatin1String("quote")).toString(), q);
        QCOMPARE(copy.value(QLatin1String("needsAttention")).toBool(), false);
        QVERIFY(near(rectOf(copy), quoteBox(pdfPage(m_v3, 1), q)));
        // Nothing left to carry: the next sync carries nothing.
        const Run again = sync(true);
        QCOMPARE(again.json().value(QLatin1String("annotations")).toArray().size(), 0);
    }
};

RATSMAPPE_TEST_MAIN(CarryoverTest)
#include "tst_carryover.moc"
