// SPDX-License-Identifier: GPL-2.0-or-later
//
// Carry-over benchmark (issue 13): a new version of a long document arrives and the member's
// annotations on the old one are carried over to it. The new version's text has to be extracted
// and indexed anyway; carrying must add at most 20 % to that.
//   (a) TextIndexer on the new version: every page's words in one run of the crash-isolated
//       helper, the words-joined page texts into search_index, the words' boxes into page_words
//   (b) the same with the annotations carried along (CarryAlong), as SyncSession does it: while
//       the helper extracts, the annotations and the old version's pages are read back from the
//       index on a second connection; while the pages are saved, every annotation is
//       re-anchored (Annotations::reanchor) on another thread; then the copies are written in
//       one durable transaction
// Both versions are written by libqpdf with made-up words (Helvetica, 45 lines a page); the new
// one has a page in front, a paragraph inserted on every tenth page, one deleted on every 25th,
// a word changed on every 7th and the middle page removed. The annotations are 80 % text markup
// (3–8 words), 20 % ink, notes and rectangles beside text, spread over every page. (a) and (b)
// alternate, each on the same cache put back to the state before; the median of --repeat runs.

#include "annotationstore.h"
#include "benchutil.h"
#include "cache.h"
#include "carryover.h"
#include "database.h"
#include "documentstore.h"
#include "objectstore.h"
#include "searchindexstore.h"
#include "secret.h"
#include "textindexer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Ratsmappe;

namespace {

constexpr double Goal = 1.20; // (b) / (a), at most
constexpr int LinesPerPage = 45;
constexpr int WordsPerParagraph = 40;

using Paragraph = QStringList;
using Page = QList<Paragraph>;

Paragraph paragraph(QRandomGenerator &rng)
{
    static const char *const Syllables[] = {
        "ka",  "lo", "mi",  "ren", "tu", "sa", "ber",  "do", "fen", "gi",   "har",  "ul",   "ne",  "po",
        "ris", "ta", "vel", "zor", "an", "ek", "schu", "le", "rat", "haus", "plan", "geld", "weg", "bau"};
    Paragraph out;
    for (int i = 0; i < WordsPerParagraph; ++i) {
        QString word;
        const int n = 1 + int(rng.bounded(3));
        for (int s = 0; s < n; ++s) {
            word += QString::fromLatin1(Syllables[rng.bounded(28)]);
        }
        out << word;
    }
    return out;
}

QByteArray writePdf(const QList<Page> &pages)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle font = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    for (const Page &page : pages) {
        QByteArray stream;
        double y = 800;
        for (const Paragraph &para : page) {
            QString line;
            const auto flush = [&] {
                stream +=
                    "BT /F1 10 Tf 56 " + QByteArray::number(y) + " Td (" + line.toLatin1() + ") Tj ET\n";
                y -= 13;
                line.clear();
            };
            for (const QString &word : para) {
                if (!line.isEmpty() && line.size() + 1 + word.size() > 90) {
                    flush();
                }
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (!line.isEmpty()) {
                flush();
            }
            y -= 6;
        }
        QPDFObjectHandle p = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>");
        p.replaceKey("/Contents", pdf.newStream(stream.toStdString()));
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", font);
        resources.replaceKey("/Font", fonts);
        p.replaceKey("/Resources", resources);
        QPDFPageDocumentHelper(pdf).addPage(p, false);
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

struct Versions
{
    QByteArray oldPdf;
    QByteArray newPdf;
};

// The old version and the new one with its edits.
Versions makeVersions(int pageCount)
{
    QRandomGenerator rng(2026);
    QList<Page> pages;
    for (int p = 0; p < pageCount; ++p) {
        Page page;
        // About 45 lines: paragraphs of 40 words take 4–5 lines each.
        for (int i = 0; i < 9; ++i) {
            page << paragraph(rng);
        }
        pages << page;
    }
    QList<Page> edited;
    Page cover;
    cover << paragraph(rng) << paragraph(rng);
    edited << cover;
    for (int p = 0; p < pageCount; ++p) {
        Page page = pages.at(p);
        if (p == pageCount / 2) {
            continue; // removed
        }
        if (p % 10 == 0) {
            page.prepend(paragraph(rng));
            page.removeLast(); // the page's last paragraph would overflow: it goes
        }
        if (p % 25 == 0) {
            page.removeAt(3);
        }
        if (p % 7 == 0) {
            page[4][5] += QStringLiteral("n");
        }
        edited << page;
    }
    return {writePdf(pages), writePdf(edited)};
}

// CPU time (user + system) of this process and its finished children (the helper), in ms: on
// a shared machine less at the mercy of other load than the wall clock.
double cpuMs()
{
    double total = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        getrusage(who, &u);
        total += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
            double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    }
    return total;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 storeVersion(Database &db, const QString &fileId, const QByteArray &pdf)
{
    Transaction tx(db);
    DocumentWriter writer(db, fileId, QStringLiteral("application/pdf"));
    writer.write(pdf);
    const qint64 id = writer.finish(DocumentKind::Pdf).id;
    tx.commit();
    return id;
}

// \a count annotations on \a pages (the old version's), as the reader makes them.
QList<StoredAnnotation> makeAnnotations(const QString &fileId, const QList<PageLayout> &pages, int count)
{
    QRandomGenerator rng(7);
    QList<StoredAnnotation> out;
    static const QStringList Markup = {QStringLiteral("highlight"),
                                       QStringLiteral("underline"),
                                       QStringLiteral("strikeout"),
                                       QStringLiteral("squiggly")};
    static const QStringList Positioned = {
        QStringLiteral("ink"), QStringLiteral("note"), QStringLiteral("rectangle")};
    for (int i = 0; i < count; ++i) {
        const int pageNo = int(qint64(i) * pages.size() / count);
        const PageLayout &page = pages.at(pageNo);
        if (page.starts.size() < 10) {
            continue;
        }
        StoredAnnotation a;
        a.fileId = fileId;
        a.page = pageNo;
        a.color = QStringLiteral("#ffeb3b");
        const int first = int(rng.bounded(int(page.starts.size()) - 9));
        if (i % 5 != 4) {
            const int last = first + 2 + int(rng.bounded(6));
            a.type = Markup.at(i % 4);
            a.start = page.starts.at(first);
            a.end = last + 1 < page.starts.size() ? page.starts.at(last + 1) - 1 : int(page.text.size());
            a.quote = page.text.mid(a.start, a.end - a.start);
            a.prefix = page.text.mid(std::max(0, a.start - 32), a.start - std::max(0, a.start - 32));
            a.suffix = page.text.mid(a.end, 32);
            QJsonArray rects;
            QRectF box = page.boxes.at(first);
            for (int w = first + 1; w <= last; ++w) {
                box = box.united(page.boxes.at(w));
            }
            rects.append(QJsonArray{box.left(), box.top(), box.right(), box.bottom()});
            a.geometry = {{QStringLiteral("rects"), rects}};
        } else {
            a.type = Positioned.at((i / 5) % 3);
            const QRectF w = page.boxes.at(first);
            if (a.type == QLatin1String("ink")) {
                a.geometry = {
                    {QStringLiteral("strokes"),
                     QJsonArray{QJsonArray{
                         QJsonArray{0.9, w.top()}, QJsonArray{0.93, w.bottom()}, QJsonArray{0.95, w.top()}}}},
                    {QStringLiteral("width"), 0.002}};
            } else if (a.type == QLatin1String("note")) {
                a.geometry = {{QStringLiteral("point"), QJsonArray{0.05, w.center().y()}}};
                a.text = QStringLiteral("Nachfragen");
            } else {
                a.geometry = {
                    {QStringLiteral("rect"), QJsonArray{w.left(), w.top(), w.right() + 0.1, w.bottom()}}};
            }
        }
        out << a;
    }
    return out;
}

// Puts the cache back: the new version not indexed, nothing carried.
void reset(Database &db, qint64 newVersion)
{
    Transaction tx(db);
    db.exec("DELETE FROM annotations WHERE origin_id IS NOT NULL");
    db.exec("UPDATE annotations SET carried_to = NULL");
    Statement(db, "DELETE FROM search_index WHERE version_id = ?").bind(1, newVersion).run();
    Statement(db, "DELETE FROM page_words WHERE version_id = ?").bind(1, newVersion).run();
    Statement(db, "UPDATE file_versions SET text_indexed = 0, text_form = 0 WHERE id = ?")
        .bind(1, newVersion)
        .run();
    tx.commit();
}

// Where each copy on \a newVersion landed, one line per copy in the order its origin was made
// in (\a originals; their ids are new each run): two implementations of the re-anchoring place
// alike when the files are the same.
bool writePlacements(Database &db,
                     const QList<StoredAnnotation> &originals,
                     qint64 newVersion,
                     const QString &path)
{
    QHash<QString, qsizetype> made;
    for (qsizetype i = 0; i < originals.size(); ++i) {
        made.insert(originals.at(i).id, i);
    }
    QList<StoredAnnotation> copies = AnnotationStore(db).forVersion(newVersion);
    std::sort(copies.begin(), copies.end(), [&made](const StoredAnnotation &x, const StoredAnnotation &y) {
        return made.value(x.originId, -1) < made.value(y.originId, -1);
    });
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    for (const StoredAnnotation &c : std::as_const(copies)) {
        const QJsonObject line{{QStringLiteral("origin"), made.value(c.originId, -1)},
                               {QStringLiteral("page"), c.page},
                               {QStringLiteral("start"), c.start},
                               {QStringLiteral("end"), c.end},
                               {QStringLiteral("quote"), c.quote},
                               {QStringLiteral("prefix"), c.prefix},
                               {QStringLiteral("suffix"), c.suffix},
                               {QStringLiteral("geometry"), c.geometry},
                               {QStringLiteral("placement"), c.placement},
                               // Every bit of the confidence, not a rounded decimal.
                               {QStringLiteral("confidence"), QString::number(c.confidence, 'g', 17)},
                               {QStringLiteral("needsAttention"), c.needsAttention},
                               {QStringLiteral("reason"), c.attentionReason}};
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return file.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Carrying annotations over to a new version vs indexing it."));
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages (default 300)."),
                                         QStringLiteral("N"),
                                         QStringLiteral("300"));
    const QCommandLineOption annotationsOption(QStringLiteral("annotations"),
                                               QStringLiteral("Annotations (default 1000)."),
                                               QStringLiteral("N"),
                                               QStringLiteral("1000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each (default 5)."),
                                          QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption serialOption(
        QStringLiteral("serial"),
        QStringLiteral("(b) carries after the pages are saved, on one thread (TextIndexer::onIndexed)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also print the results as JSON."));
    const QCommandLineOption placementsOption(
        QStringLiteral("placements"),
        QStringLiteral("Write where each copy landed (one JSON line each, by origin) to FILE, to compare "
                       "implementations of the re-anchoring."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {pagesOption, annotationsOption, repeatOption, serialOption, jsonOption, placementsOption});
    parser.process(app);
    const int pageCount = std::max(3, parser.value(pagesOption).toInt());
    const int annotationCount = std::max(1, parser.value(annotationsOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const bool serial = parser.isSet(serialOption);

    QTemporaryDir dir;
    const QString cacheDir = dir.filePath(QStringLiteral("cache"));
    QString recoveryKey;
    auto cache =
        Cache::create(cacheDir, SecretBytes(QByteArrayLiteral("benchmark passphrase")), &recoveryKey);
    Database &db = cache->database();

    QElapsedTimer timer;
    timer.start();
    const Versions versions = makeVersions(pageCount);
    const double generateMs = ms(timer);
    const QString fileId = QStringLiteral("https://bench.example.org/file/carryover");
    ObjectStore(db).upsert(ObjectKind::File,
                           {},
                           QJsonObject{{QStringLiteral("id"), fileId},
                                       {QStringLiteral("accessUrl"), fileId},
                                       {QStringLiteral("name"), QStringLiteral("Haushaltsplan")}},
                           QDateTime::currentDateTimeUtc());
    storeVersion(db, fileId, versions.oldPdf);
    // The old version indexed as a sync would have, the annotations made on it.
    if (TextIndexer(*cache).indexPending().documents != 1) {
        std::fprintf(stderr, "the old version could not be indexed\n");
        return 1;
    }
    const auto current = DocumentStore(db).currentVersion(fileId);
    const qint64 oldVersion = current ? current->id : 0;
    const auto oldPages = SearchIndexStore(db).layouts(oldVersion);
    if (!oldPages || oldPages->size() != pageCount) {
        std::fprintf(stderr, "the old version's pages are not in the index\n");
        return 1;
    }
    QList<StoredAnnotation> annotations = makeAnnotations(fileId, *oldPages, annotationCount);
    for (StoredAnnotation &a : annotations) {
        a.serverId = current ? current->serverId : QString();
    }
    AnnotationStore(db).carry(oldVersion, annotations); // one transaction; none has an origin
    const qint64 newVersion = storeVersion(db, fileId, versions.newPdf);

    std::vector<double> indexMs, carryMs, indexCpu, carryCpu;
    std::vector<double> readCpu, placeCpu, commitCpu; // --serial: the carry's steps
    int carried = 0, attention = 0, indexedPages = 0;
    for (int run = 0; run < repeat; ++run) {
        reset(db, newVersion);
        {
            TextIndexer indexer(*cache);
            const double cpu = cpuMs();
            timer.restart();
            const TextIndexer::Result r = indexer.indexPending();
            indexMs.push_back(ms(timer));
            indexCpu.push_back(cpuMs() - cpu);
            indexedPages = r.pages;
        }
        reset(db, newVersion);
        {
            TextIndexer indexer(*cache);
            CarryAlong along(*cache);
            AnnotationCarrier carrier(*cache);
            AnnotationCarrier::Result serialResult;
            if (serial) {
                // AnnotationCarrier::carry() step by step, each step's CPU time measured (one
                // thread runs then: the helper has finished).
                indexer.onIndexed = [&](const PendingText &version, const QList<PageLayout> &pages) {
                    double cpu = cpuMs();
                    const auto lap = [&cpu](std::vector<double> &into) {
                        const double now = cpuMs();
                        into.push_back(now - cpu);
                        cpu = now;
                    };
                    const AnnotationCarrier::Prepared prepared =
                        AnnotationCarrier::prepare(cache->database(), version.versionId);
                    lap(readCpu);
                    QList<StoredAnnotation> copies = AnnotationCarrier::place(prepared, pages);
                    lap(placeCpu);
                    serialResult.append(carrier.commit(prepared, copies));
                    lap(commitCpu);
                };
            } else {
                indexer.setCompanion(&along);
            }
            const double cpu = cpuMs();
            timer.restart();
            indexer.indexPending();
            carryMs.push_back(ms(timer));
            carryCpu.push_back(cpuMs() - cpu);
            const AnnotationCarrier::Result &result = serial ? serialResult : along.result();
            carried = result.carried();
            attention = result.needsAttention();
        }
    }
    const qint64 onNew = db.queryInt(QByteArray("SELECT count(*) FROM annotations WHERE version_id = " +
                                                QByteArray::number(newVersion))
                                         .constData())
                             .value_or(-1);

    const double a = Bench::median(indexMs);
    const double b = Bench::median(carryMs);
    const double ratio = a > 0 ? b / a : 0;
    std::printf("Carrying annotations over to a new version (%d pages, %.1f MB; PDFs made in %.0f ms)\n",
                pageCount,
                double(versions.newPdf.size()) / 1e6,
                generateMs);
    std::printf(
        "  annotations: %lld on the old version, %d carried, %lld on the new one, %d need attention\n",
        static_cast<long long>(annotations.size()),
        carried,
        static_cast<long long>(onNew),
        attention);
    std::printf("  (a) extract + index the new version (%d pages)   median %8.1f ms of %d\n",
                indexedPages,
                a,
                repeat);
    std::printf("  (b) the same + carry the annotations%s median %8.1f ms of %d\n",
                serial ? " (serial)  " : " (along)   ",
                b,
                repeat);
    std::printf("  (b)/(a) = %.3f   goal <= %.2f   %s\n", ratio, Goal, Bench::verdict(ratio <= Goal));
    const double cpuA = Bench::median(indexCpu), cpuB = Bench::median(carryCpu);
    std::printf("  CPU time (this process and the helper): (a) %.1f ms, (b) %.1f ms, (b)/(a) = %.3f\n",
                cpuA,
                cpuB,
                cpuA > 0 ? cpuB / cpuA : 0);
    // Each run's (b) less the (a) just before it: what carrying added, with less of the drift
    // of a busy machine than the two medians apart.
    std::vector<double> addedCpu;
    for (size_t i = 0; i < indexCpu.size() && i < carryCpu.size(); ++i) {
        addedCpu.push_back(carryCpu[i] - indexCpu[i]);
    }
    const double added = Bench::median(addedCpu);
    std::printf("  CPU time carrying added, (b) - (a) run by run: median %.1f ms = %.1f %% of (a)\n",
                added,
                cpuA > 0 ? 100 * added / cpuA : 0);
    if (serial) {
        std::printf(
            "  CPU time of the carry's steps (medians): reading %.1f ms, re-anchoring and copies %.1f ms, "
            "commit %.1f ms\n",
            Bench::median(readCpu),
            Bench::median(placeCpu),
            Bench::median(commitCpu));
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject out{{QStringLiteral("pages"), pageCount},
                              {QStringLiteral("annotations"), int(annotations.size())},
                              {QStringLiteral("carried"), carried},
                              {QStringLiteral("onNewVersion"), onNew},
                              {QStringLiteral("needsAttention"), attention},
                              {QStringLiteral("indexMs"), Bench::toJson(indexMs)},
                              {QStringLiteral("indexAndCarryMs"), Bench::toJson(carryMs)},
                              {QStringLiteral("ratio"), ratio},
                              {QStringLiteral("indexCpuMs"), Bench::toJson(indexCpu)},
                              {QStringLiteral("indexAndCarryCpuMs"), Bench::toJson(carryCpu)},
                              {QStringLiteral("serial"), serial},
                              {QStringLiteral("addedCpuMs"), Bench::toJson(addedCpu)},
                              {QStringLiteral("readCpuMs"), Bench::toJson(readCpu)},
                              {QStringLiteral("placeCpuMs"), Bench::toJson(placeCpu)},
                              {QStringLiteral("commitCpuMs"), Bench::toJson(commitCpu)},
                              {QStringLiteral("goal"), Goal}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    if (parser.isSet(placementsOption) &&
        !writePlacements(db, annotations, newVersion, parser.value(placementsOption))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(placementsOption)));
        return 1;
    }
    // Nothing may be dropped: a run that loses an annotation is broken, whatever its speed.
    return carried == annotations.size() && onNew == annotations.size() ? 0 : 1;
}
