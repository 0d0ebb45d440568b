// SPDX-License-Identifier: GPL-2.0-or-later
// The export of annotations into a standard PDF (issue 17, AnnotationExport and the worker's
// `export` mode) with the real parts: a document written with libqpdf in a real SQLCipher cache
// (an upright page with a link, a page with /Rotate 90, a page whose crop box is offset from its
// media box), one annotation of every kind, the real ratsmappe-annotation-worker. The export is
// read back by three engines: Poppler (kinds, colours, boundaries, contents), qpdf's JSON (an
// appearance stream, /NM and /C on every annotation) and MuPDF (`mutool run` lists the
// annotations; `mutool draw` shows the highlight's tint). A foreign annotation is re-created
// from its capsule; a non-public document needs the member's confirmation; a damaged document
// gives a clear error and no file; nothing decrypted is left anywhere but the chosen file.

#include "annotationexport.h"
#include "annotationjson.h" // tests/annotationjson.h is another
#include "annotationworker.h"
#include "documentstore.h"
#include "exportcheck.h"
#include "exportfixture.h"
#include "objectstore.h"
#include "pipeframe.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::ExportFixture;
using namespace Ratsmappe::Test::ExportCheck;

class AnnotationExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    FileVersion m_version;
    QList<StoredAnnotation> m_annotations;
    QByteArray m_source;
    QString m_out;

    Database &db() { return m_cache->database(); }

    FileVersion store(const QString &fileId, const QByteArray &bytes)
    {
        const qint64 id = Test::storeDocument(*m_cache, fileId, bytes, QStringLiteral("Vorlage ") + fileId);
        return *DocumentStore(db()).version(id);
    }

    AnnotationExport::Result
    exportTo(const QString &fileId, const QString &out, bool confirm = false, const QString &watermark = {})
    {
        AnnotationExport::Request request;
        request.fileId = fileId;
        request.out = out;
        request.confirmNonPublic = confirm;
        request.watermark = watermark;
        return AnnotationExport::run(db(), request);
    }

    void setNonPublic(const QString &fileId, bool nonPublic)
    {
        Statement(db(), "UPDATE files SET non_public = ? WHERE id = ?")
            .bind(1, nonPublic ? 1 : 0)
            .bind(2, fileId)
            .run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("cache")));
        m_source = sourcePdf();
        m_version = store(QStringLiteral("F-1"), m_source);
        AnnotationStore annotations(db());
        for (const StoredAnnotation &a : Test::ExportFixture::annotations(m_version)) {
            m_annotations << annotations.add(a);
        }
    }

    // The export every reader below reads.
    void exportWrites()
    {
        m_out = m_tmp.filePath(QStringLiteral("export.pdf"));
        const AnnotationExport::Result result = exportTo(QStringLiteral("F-1"), m_out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, 3);
        QCOMPARE(result.annotations, int(m_annotations.size()));
        QCOMPARE(Test::fileMode(m_out), 0600);
    }

    // Every annotation read back by Poppler: kind, colour, boundary within half a point, text.
    void popplerReadsEveryAnnotation()
    {
        const auto doc = Poppler::Document::load(m_out);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 3);
        std::map<QString, StoredAnnotation> expected;
        for (const StoredAnnotation &a : std::as_const(m_annotations)) {
            expected.emplace(a.id, a);
        }
        int seen = 0;
        bool link = false;
        for (int i = 0; i < 3; ++i) {
            const auto page = doc->page(i);
            for (const auto &annotation : page->annotations()) {
                const QString kind = popplerKind(*annotation);
                if (kind == QLatin1String("link")) {
                    link = true;
                    QCOMPARE(i, 0);
                    QVERIFY2(near(popplerToPdf(annotation->boundary(), 0), LinkRect),
                             describe(popplerToPdf(annotation->boundary(), 0)).constData());
                    continue;
                }
                const auto it = expected.find(annotation->uniqueName());
                QVERIFY2(it != expected.end(), qPrintable(annotation->uniqueName()));
                const StoredAnnotation &a = it->second;
                ++seen;
                QCOMPARE(kind, a.type);
                QCOMPARE(i, a.page);
                QCOMPARE(annotation->style().color().name(), a.color);
                QCOMPARE(annotation->contents(), a.text);
                if (a.type == QLatin1String("arrow")) {
                    const auto &line = static_cast<const Poppler::LineAnnotation &>(*annotation);
                    const QList<QPointF> points = line.linePoints();
                    QCOMPARE(points.size(), 2);
                    const QPointF from = toPdf(a.geometry.value(QLatin1String("from")).toArray(), i);
                    const QPointF to = toPdf(a.geometry.value(QLatin1String("to")).toArray(), i);
                    const QPointF gotFrom = toPdf(QJsonArray{points.at(0).x(), points.at(0).y()}, i);
                    const QPointF gotTo = toPdf(QJsonArray{points.at(1).x(), points.at(1).y()}, i);
                    QVERIFY2(
                        QLineF(from, gotFrom).length() <= 0.5 && QLineF(to, gotTo).length() <= 0.5,
                        QByteArray(describe(QRectF(gotFrom, gotTo)) + " vs " + describe(QRectF(from, to)))
                            .constData());
                    QCOMPARE(line.lineEndStyle(), Poppler::LineAnnotation::OpenArrow);
                    continue;
                }
                const QRectF got = popplerToPdf(annotation->boundary(), i);
                const QRectF want = expectedRect(a);
                QVERIFY2(near(got, want),
                         QByteArray(a.type.toLatin1() + " on page " + QByteArray::number(i + 1) + ": " +
                                    describe(got) + " vs " + describe(want))
                             .constData());
            }
        }
        QCOMPARE(seen, int(m_annotations.size()));
        QVERIFY2(link, "the source's link is gone");
    }

    // qpdf's own reading: every annotation of ours has an appearance stream, its UUID as /NM and
    // a colour; the link is still there, and so is what PDF has no place for.
    void qpdfJsonHasAppearances()
    {
        const ProgramRun r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), m_out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray qpdf =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("qpdf")).toArray();
        QCOMPARE(qpdf.size(), 2);
        const QJsonObject objects = qpdf.at(1).toObject();
        QSet<QString> ids;
        for (const StoredAnnotation &a : std::as_const(m_annotations)) {
            ids.insert(a.id);
        }
        QSet<QString> found;
        int links = 0;
        QList<QJsonObject> annots;
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject page = it.value().toObject().value(QLatin1String("value")).toObject();
            if (page.value(QLatin1String("/Type")).toString() != QLatin1String("/Page")) {
                continue;
            }
            for (const QJsonValue &item : page.value(QLatin1String("/Annots")).toArray()) {
                // An annotation is an object of its own ("N 0 R") or written into the array.
                annots << (item.isString() ? objects.value(QStringLiteral("obj:") + item.toString())
                                                 .toObject()
                                                 .value(QLatin1String("value"))
                                                 .toObject()
                                           : item.toObject());
            }
        }
        for (const QJsonObject &value : std::as_const(annots)) {
            QCOMPARE(value.value(QLatin1String("/Type")).toString(), QStringLiteral("/Annot"));
            if (value.value(QLatin1String("/Subtype")).toString() == QLatin1String("/Link")) {
                ++links;
                continue;
            }
            const QString nm = value.value(QLatin1String("/NM")).toString();
            QVERIFY2(nm.startsWith(QLatin1String("u:")), qPrintable(nm));
            const QString id = nm.mid(2);
            QVERIFY2(ids.contains(id), qPrintable(id));
            found.insert(id);
            QCOMPARE(value.value(QLatin1String("/C")).toArray().size(), 3);
            const QString normal =
                value.value(QLatin1String("/AP")).toObject().value(QLatin1String("/N")).toString();
            QVERIFY2(normal.endsWith(QLatin1String(" R")), qPrintable(id));
            const QJsonObject stream = objects.value(QStringLiteral("obj:") + normal)
                                           .toObject()
                                           .value(QLatin1String("stream"))
                                           .toObject();
            QVERIFY2(
                stream.value(QLatin1String("dict")).toObject().value(QLatin1String("/Subtype")).toString() ==
                    QLatin1String("/Form"),
                qPrintable(id + QLatin1String(": ") + normal));
            const QString extra = value.value(QLatin1String("/RatsmappeAnnotation")).toString();
            QVERIFY(extra.startsWith(QLatin1String("u:")));
            const QJsonObject json = QJsonDocument::fromJson(extra.mid(2).toUtf8()).object();
            QVERIFY2(json.value(QLatin1String("geometry")).isObject(), qPrintable(extra));
            QVERIFY(value.value(QLatin1String("/M")).toString().startsWith(QLatin1String("u:D:")));
        }
        QCOMPARE(found, ids);
        QCOMPARE(links, 1);
        const ProgramRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_out});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
    }

    // MuPDF, an engine of its own: it lists every annotation with its kind, and draws the
    // appearance streams (a highlight tints the page where it lies, nothing tints a blank spot).
    void mupdfListsAndDraws()
    {
        const QString script = Test::writeFile(m_tmp.path(),
                                               QStringLiteral("annots.js"),
                                               "var doc = Document.openDocument(scriptArgs[0]);\n"
                                               "for (var i = 0; i < doc.countPages(); ++i) {\n"
                                               "  var annots = doc.loadPage(i).getAnnotations();\n"
                                               "  for (var j = 0; j < annots.length; ++j)\n"
                                               "    print(i + '\\t' + annots[j].getType());\n"
                                               "}\n");
        const ProgramRun r = runTool(QStringLiteral("mutool"), {QStringLiteral("run"), script, m_out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList got = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        got.removeIf([](const QString &line) { return line.endsWith(QLatin1String("\tLink")); });
        static const QHash<QString, QString> subtypes{
            {QStringLiteral("highlight"), QStringLiteral("Highlight")},
            {QStringLiteral("underline"), QStringLiteral("Underline")},
            {QStringLiteral("strikeout"), QStringLiteral("StrikeOut")},
            {QStringLiteral("squiggly"), QStringLiteral("Squiggly")},
            {QStringLiteral("ink"), QStringLiteral("Ink")},
            {QStringLiteral("note"), QStringLiteral("Text")},
            {QStringLiteral("freetext"), QStringLiteral("FreeText")},
            {QStringLiteral("rectangle"), QStringLiteral("Square")},
            {QStringLiteral("arrow"), QStringLiteral("Line")}};
        QStringList want;
        for (const StoredAnnotation &a : std::as_const(m_annotations)) {
            want << QString::number(a.page) + QLatin1Char('\t') + subtypes.value(a.type);
        }
        got.sort();
        want.sort();
        QCOMPARE(got, want);

        const QString png = m_tmp.filePath(QStringLiteral("page1.png"));
        const ProgramRun draw = runTool(QStringLiteral("mutool"),
                                        {QStringLiteral("draw"),
                                         QStringLiteral("-r"),
                                         QStringLiteral("72"),
                                         QStringLiteral("-o"),
                                         png,
                                         m_out,
                                         QStringLiteral("1")});
        QVERIFY2(draw.exitCode == 0, draw.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(595, 842));
        // The first highlight's second line, in pixels (72 dpi: one pixel a point, from the top).
        const QRectF highlight(0.12 * 595, 0.11 * 842, 0.28 * 595, 0.02 * 842);
        QVERIFY2(tinted(image, highlight.adjusted(2, 2, -2, -2)) > 0.9,
                 QByteArray::number(tinted(image, highlight)).constData());
        const QColor middle = image.pixelColor(highlight.center().toPoint());
        QVERIFY2(middle.blue() < 150 && middle.red() > 200, qPrintable(middle.name())); // yellow
        QVERIFY(tinted(image, QRectF(20, 600, 40, 40)) < 0.01); // a blank spot stays white
    }

    // A kind Ratsmappe cannot edit, re-created from its capsule by the worker: a stamp whose
    // appearance is drawn by MuPDF where its rectangle is, and which Poppler lists as a stamp.
    void foreignFromCapsule()
    {
        // The stamp as another program put it on the page: 100 × 50 pt at (300, 500).
        const QRectF rect(300, 500, 100, 50);
        const QByteArray capsule = stampCapsule(rect);
        const QString id = QStringLiteral("5b0c7e0e-4f0a-4c55-9d0e-2f4bd0c0ffee");
        QJsonObject geometry{
            {QStringLiteral("rect"),
             Test::ExportFixture::rect(300.0 / 595, 1 - 550.0 / 842, 400.0 / 595, 1 - 500.0 / 842)},
            {QStringLiteral("subtype"), QStringLiteral("Stamp")},
            {QStringLiteral("appearance"), QString::fromLatin1(capsule.toBase64())},
            {QStringLiteral("dictionary"),
             QStringLiteral("<< /Type /Annot /Subtype /Stamp /Name /Approved /T (Kollegin) /NM (alt-1) "
                            "/C [0 0.6 0] /F 4 /Rect [0 0 1 1] >>")}};
        QJsonObject annotation{{QStringLiteral("id"), id},
                               {QStringLiteral("fileId"), QStringLiteral("F-1")},
                               {QStringLiteral("type"), QStringLiteral("foreign")},
                               {QStringLiteral("page"), 0},
                               {QStringLiteral("geometry"), geometry},
                               {QStringLiteral("color"), QStringLiteral("#009900")},
                               {QStringLiteral("text"), QStringLiteral("Geprüft")}};
        const QByteArray job =
            QJsonDocument(QJsonObject{{QStringLiteral("annotations"), QJsonArray{annotation}},
                                      {QStringLiteral("watermark"), QString()},
                                      {QStringLiteral("title"), QString()}})
                .toJson(QJsonDocument::Compact);
        const QByteArray input =
            PipeFrame::frameHeader(job.size()) + job + PipeFrame::frameHeader(m_source.size()) + m_source;
        const AnnotationWorker::Result written = AnnotationWorker::run(QStringLiteral("export"), input);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const QString out = Test::writeFile(m_tmp.path(), QStringLiteral("foreign.pdf"), written.output);

        const auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        int stamps = 0;
        for (const auto &a : doc->page(0)->annotations()) {
            if (a->subType() == Poppler::Annotation::AStamp) {
                ++stamps;
                QCOMPARE(a->uniqueName(), id);
                QCOMPARE(a->contents(), QStringLiteral("Geprüft"));
                QVERIFY2(near(popplerToPdf(a->boundary(), 0), rect),
                         describe(popplerToPdf(a->boundary(), 0)).constData());
            }
        }
        QCOMPARE(stamps, 1);
        const QString png = m_tmp.filePath(QStringLiteral("foreign.png"));
        const ProgramRun draw = runTool(QStringLiteral("mutool"),
                                        {QStringLiteral("draw"),
                                         QStringLiteral("-r"),
                                         QStringLiteral("72"),
                                         QStringLiteral("-o"),
                                         png,
                                         out,
                                         QStringLiteral("1")});
        QVERIFY2(draw.exitCode == 0, draw.err.constData());
        const QImage image(png);
        // The capsule's green frame, 3 pt inside the stamp's rectangle (pixels from the top).
        const QColor frame = image.pixelColor(QPoint(int(rect.left() + 3), int(842 - rect.center().y())));
        QVERIFY2(frame.green() > 100 && frame.red() < 80, qPrintable(frame.name()));
        QCOMPARE(image.pixelColor(QPoint(int(rect.left() - 20), int(842 - rect.center().y()))),
                 QColor(Qt::white));
    }

    // An export exported again (its annotations now in the document itself) gets no second copy
    // of any: the same /NM is replaced, and so is an `embedded` one at the same place.
    void exportingAgainAddsNoDuplicate()
    {
        QFile in(m_out);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray document = in.readAll();
        QJsonArray annotations;
        for (StoredAnnotation a : std::as_const(m_annotations)) {
            if (a.type == QLatin1String("rectangle")) {
                // As the importer keeps one it found in the cached PDF: another id, marked embedded.
                a.id = QStringLiteral("0f6f5f0e-0000-4000-8000-00000000000") + QString::number(a.page);
                a.geometry.insert(QStringLiteral("embedded"), true);
            }
            annotations.append(AnnotationJson::toJson(a));
        }
        const QByteArray job = QJsonDocument(QJsonObject{{QStringLiteral("annotations"), annotations}})
                                   .toJson(QJsonDocument::Compact);
        const AnnotationWorker::Result written = AnnotationWorker::run(
            QStringLiteral("export"),
            PipeFrame::frameHeader(job.size()) + job + PipeFrame::frameHeader(document.size()) + document);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const auto doc = Poppler::Document::loadFromData(written.output);
        QVERIFY(doc);
        int count = 0;
        for (int i = 0; i < doc->numPages(); ++i) {
            for (const auto &a : doc->page(i)->annotations()) {
                count += a->subType() == Poppler::Annotation::ALink ? 0 : 1;
            }
        }
        QCOMPARE(count, int(m_annotations.size()));
    }

    // A watermark on every page as text a reader extracts, and every page still there.
    void watermarkOnEveryPage()
    {
        const QString out = m_tmp.filePath(QStringLiteral("watermark.pdf"));
        const AnnotationExport::Result result =
            exportTo(QStringLiteral("F-1"), out, false, QStringLiteral("Anna Beispiel"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 3);
        // MuPDF reads text along its baseline, the watermark's diagonal included.
        for (int i = 1; i <= 3; ++i) {
            const ProgramRun r = runTool(QStringLiteral("mutool"),
                                         {QStringLiteral("draw"),
                                          QStringLiteral("-F"),
                                          QStringLiteral("txt"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("-"),
                                          out,
                                          QString::number(i)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("Anna Beispiel"), r.out.constData());
            QVERIFY2(r.out.contains(Marker), r.out.constData()); // the page's own text stays
        }
    }

    // A non-public document leaves the cache only when the member confirmed it.
    void nonPublicNeedsConfirmation()
    {
        setNonPublic(QStringLiteral("F-1"), true);
        const QString out = m_tmp.filePath(QStringLiteral("nonpublic.pdf"));
        const AnnotationExport::Result refused = exportTo(QStringLiteral("F-1"), out);
        QVERIFY(!refused.ok());
        QVERIFY(refused.needsConfirmation);
        QVERIFY(!QFile::exists(out));
        const AnnotationExport::Result confirmed = exportTo(QStringLiteral("F-1"), out, true);
        setNonPublic(QStringLiteral("F-1"), false);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error));
        QVERIFY(QFile::exists(out));
    }

    // A file linked from a non-public meeting is non-public too, though it does not say so.
    void nonPublicThroughItsMeeting()
    {
        ObjectStore objects(db());
        objects.upsert(ObjectKind::Meeting,
                       {},
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("M-geheim")},
                                   {QStringLiteral("name"), QStringLiteral("Nichtöffentliche Sitzung")},
                                   {QStringLiteral("ratsmappe:nonPublic"), true}},
                       QDateTime::currentDateTimeUtc());
        const FileVersion v = store(QStringLiteral("F-2"), m_source);
        Statement(db(),
                  "INSERT INTO file_links(server_id, owner_id, file_id, role) VALUES (?, ?, ?, 'invitation')")
            .bind(1, v.serverId)
            .bind(2, QStringLiteral("M-geheim"))
            .bind(3, QStringLiteral("F-2"))
            .run();
        const QString out = m_tmp.filePath(QStringLiteral("meeting.pdf"));
        const AnnotationExport::Result refused = exportTo(QStringLiteral("F-2"), out);
        QVERIFY2(refused.needsConfirmation, qPrintable(refused.error));
        QVERIFY(!QFile::exists(out));
    }

    // A damaged document: a clear error, and no file (nor a half-written one) where the member chose.
    void damagedSource_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage") << QByteArray("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n")
                                 << QStringLiteral("cannot be read");
        QTest::newRow("truncated") << sourcePdf().left(sourcePdf().size() / 3)
                                   << QStringLiteral("cannot be read");
        QTest::newRow("password")
            << Test::PdfSamples::writeQpdf(
                   [](QPDF &pdf) {
                       Test::PdfSamples::addPage(pdf, pdf.newStream("BT /F1 12 Tf 72 700 Td (geheim) Tj ET"));
                   },
                   [](QPDFWriter &w) {
                       w.setR6EncryptionParameters(
                           "nutzer-9", "eigner-9", true, true, true, true, true, true, qpdf_r3p_full, true);
                   })
            << QStringLiteral("password");
    }
    void damagedSource()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        const QString fileId = QStringLiteral("F-bad-") + QString::fromLatin1(QTest::currentDataTag());
        store(fileId, bytes);
        QTemporaryDir chosen;
        const QString out = chosen.filePath(QStringLiteral("out.pdf"));
        const AnnotationExport::Result result = exportTo(fileId, out);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("PDF")) && result.error.contains(why),
                 qPrintable(result.error));
        QCOMPARE(QDir(chosen.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // Nothing of the document is written anywhere but the chosen file: the worker and the PDF
    // helper run with a fresh home and temporary folder, which stay free of its text.
    void nothingDecryptedLeftBehind()
    {
        QTemporaryDir home, tmp, chosen;
        const QByteArray oldHome = qgetenv("HOME"), oldTmp = qgetenv("TMPDIR"),
                         oldCache = qgetenv("XDG_CACHE_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral(".cache"))));
        const QString out = chosen.filePath(QStringLiteral("mine.pdf"));
        const AnnotationExport::Result result =
            exportTo(QStringLiteral("F-1"), out, false, QStringLiteral("Anna"));
        qputenv("HOME", oldHome);
        qputenv("TMPDIR", oldTmp);
        qputenv("XDG_CACHE_HOME", oldCache);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // The page's text (in the source's bytes as they are) and a note's text (in the export's
        // annotation dictionaries, uncompressed): either would show a copy of the source or of
        // the export left somewhere.
        const QByteArray note = "Im Ausschuss nachfragen";
        const QByteArrayList markers{Marker, note};
        QCOMPARE(Test::findMarkers(home.path(), markers), QStringList());
        QCOMPARE(Test::findMarkers(tmp.path(), markers), QStringList());
        // The one file written has it (so the scan can find it).
        QCOMPARE(Test::findMarkers(chosen.path(), markers),
                 QStringList{out + QStringLiteral(": ") + QString::fromLatin1(note)});
    }
};

RATSMAPPE_TEST_MAIN(AnnotationExportTest)

#include "tst_annotation_export.moc"
