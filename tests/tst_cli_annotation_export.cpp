// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations export` and `ratsmappe packet … --with-annotations` (issue 17,
// docs/cli.md) through the real binary: the export of a document with one annotation of every
// kind (its --json, mode 0600, read back by Poppler), a non-public document refused without
// --confirm-nonpublic (exit 2, nothing written), a damaged document (exit 1, nothing written),
// usage errors; and a council synced from a real OParl server on loopback whose session packet
// carries the member's annotations on the right page, where the band under the page does not
// move them.

#include "annotationstore.h"
#include "cache.h"
#include "clicontract.h"
#include "documentstore.h"
#include "exportfixture.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <poppler-qt6.h>

using namespace Ratsmappe;
using Test::Council;
using Test::Run;

class CliAnnotationExportTest : public QObject, private Test::CliContractFixture
{
    Q_OBJECT

    QString m_dir; ///< a cache with the fixture's document F-1 and its annotations
    int m_annotations = 0;

    Run exportFile(const QStringList &more)
    {
        return ratsmappe(QStringList{QStringLiteral("annotations"), QStringLiteral("export")} + more +
                         QStringList{QStringLiteral("--cache"), m_dir});
    }

    void setNonPublic(bool nonPublic)
    {
        auto cache = Cache::open(m_dir, Cache::envelope(m_dir).unwrapWithPassphrase(Test::passphrase()));
        Statement(cache->database(), "UPDATE files SET non_public = ? WHERE id = 'F-1'")
            .bind(1, nonPublic ? 1 : 0)
            .run();
    }

    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("cache"));
        auto cache = Test::createCache(m_dir);
        const qint64 id =
            Test::storeDocument(*cache, QStringLiteral("F-1"), Test::ExportFixture::sourcePdf());
        const FileVersion version = *DocumentStore(cache->database()).version(id);
        AnnotationStore store(cache->database());
        for (const StoredAnnotation &a : Test::ExportFixture::annotations(version)) {
            store.add(a);
            ++m_annotations;
        }
        Test::storeDocument(*cache, QStringLiteral("F-bad"), QByteArray("%PDF-1.7\nnot a document\n"));
    }

    void usage()
    {
        QCOMPARE(exportFile({QStringLiteral("F-1")}).exitCode, 2); // no --out
        QCOMPARE(exportFile({QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x.pdf"))}).exitCode, 2);
        const Run unknown = exportFile(
            {QStringLiteral("F-none"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("x.pdf"))));
    }

    // The contract: --json names the file, where it went, its pages and the annotations.
    void exportsWithJson()
    {
        const QString out = m_tmp.filePath(QStringLiteral("mine.pdf"));
        const Run r =
            exportFile({QStringLiteral("F-1"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QLatin1String("file")).toString(), QStringLiteral("F-1"));
        QCOMPARE(json.value(QLatin1String("out")).toString(), QFileInfo(out).absoluteFilePath());
        QCOMPARE(json.value(QLatin1String("pages")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("annotations")).toInt(), m_annotations);
        QCOMPARE(json.size(), 4);
        QCOMPARE(Test::fileMode(out), 0600);

        const auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        int count = 0;
        for (int i = 0; i < doc->numPages(); ++i) {
            for (const auto &a : doc->page(i)->annotations()) {
                count += a->subType() == Poppler::Annotation::ALink ? 0 : 1;
            }
        }
        QCOMPARE(count, m_annotations);

        // Without --json: one line for a person.
        const QString again = m_tmp.filePath(QStringLiteral("again.pdf"));
        const Run plain = exportFile({QStringLiteral("F-1"), QStringLiteral("--out"), again});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY2(plain.out.contains(QFile::encodeName(again)), plain.out.constData());
    }

    // Non-public: refused without the confirmation (a usage error, nothing written), written with it.
    void nonPublicNeedsConfirmation()
    {
        setNonPublic(true);
        QTemporaryDir chosen;
        const QString out = chosen.filePath(QStringLiteral("geheim.pdf"));
        const Run refused = exportFile({QStringLiteral("F-1"), QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--confirm-nonpublic"), refused.err.constData());
        QCOMPARE(filesIn(chosen.path()), QStringList());
        const Run confirmed = exportFile({QStringLiteral("F-1"),
                                          QStringLiteral("--out"),
                                          out,
                                          QStringLiteral("--confirm-nonpublic"),
                                          QStringLiteral("--watermark"),
                                          QStringLiteral("Anna Beispiel")});
        setNonPublic(false);
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QCOMPARE(filesIn(chosen.path()), QStringList{QStringLiteral("geheim.pdf")});
    }

    // A document that is not a PDF any more: exit 1, a reason, nothing where the member chose.
    void damagedDocument()
    {
        QTemporaryDir chosen;
        const Run r = exportFile(
            {QStringLiteral("F-bad"), QStringLiteral("--out"), chosen.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("F-bad") && r.err.contains("PDF"), r.err.constData());
        QCOMPARE(filesIn(chosen.path()), QStringList());
    }

    // The session packet carries the member's annotation on the page of the document it is on,
    // at the same place on that page: the band under it extends the page, not the user space.
    void packetWithAnnotations()
    {
        Council council;
        const QString dir = syncedCache(council);
        QVERIFY(!dir.isEmpty());
        const Run added = ratsmappe({QStringLiteral("annotations"),
                                     QStringLiteral("add"),
                                     council.bauInvitation,
                                     QStringLiteral("--page"),
                                     QStringLiteral("1"),
                                     QStringLiteral("--rect"),
                                     QStringLiteral("0.2,0.3,0.6,0.4"),
                                     QStringLiteral("--color"),
                                     QStringLiteral("#e91e63"),
                                     QStringLiteral("--text"),
                                     QStringLiteral("Im Packet"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("--cache"),
                                     dir});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = added.json().value(QLatin1String("id")).toString();

        const QString publicOut = m_tmp.filePath(QStringLiteral("public.pdf"));
        const Run refused = ratsmappe({QStringLiteral("packet"),
                                       council.bauMeeting,
                                       QStringLiteral("--out"),
                                       publicOut,
                                       QStringLiteral("--edition"),
                                       QStringLiteral("public"),
                                       QStringLiteral("--with-annotations"),
                                       QStringLiteral("--cache"),
                                       dir});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFile::exists(publicOut));

        const QString out = m_tmp.filePath(QStringLiteral("packet.pdf"));
        const Run built = ratsmappe({QStringLiteral("packet"),
                                     council.bauMeeting,
                                     QStringLiteral("--out"),
                                     out,
                                     QStringLiteral("--with-annotations"),
                                     QStringLiteral("--cache"),
                                     dir});
        QVERIFY2(built.exitCode == 0, built.err.constData());

        const auto source = Poppler::Document::loadFromData(council.bauPdf);
        QVERIFY(source);
        const QString firstLine = source->page(0)->text(QRectF()).section(QLatin1Char('\n'), 0, 0).trimmed();
        const QSizeF size = source->page(0)->pageSizeF(); // points, the source's visible box
        const auto doc = Poppler::Document::load(out);
        QVERIFY(doc);
        int found = 0;
        for (int i = 0; i < doc->numPages(); ++i) {
            const auto page = doc->page(i);
            for (const auto &a : page->annotations()) {
                if (a->uniqueName() != id) {
                    continue;
                }
                ++found;
                QVERIFY2(page->text(QRectF()).contains(firstLine), qPrintable(firstLine));
                QCOMPARE(a->contents(), QStringLiteral("Im Packet"));
                QCOMPARE(a->style().color().name(), QStringLiteral("#e91e63"));
                // In points from the top left of the packet page, which is the source page with
                // the band added below it (the source's top left stays where it was).
                const QSizeF packetSize = page->pageSizeF();
                QCOMPARE(packetSize.width(), size.width());
                QVERIFY(packetSize.height() > size.height());
                const QRectF b = a->boundary();
                const QRectF points(b.left() * packetSize.width(),
                                    b.top() * packetSize.height(),
                                    b.width() * packetSize.width(),
                                    b.height() * packetSize.height());
                const QRectF want(
                    0.2 * size.width(), 0.3 * size.height(), 0.4 * size.width(), 0.1 * size.height());
                QVERIFY2(std::abs(points.left() - want.left()) < 0.5 &&
                             std::abs(points.top() - want.top()) < 0.5 &&
                             std::abs(points.right() - want.right()) < 0.5 &&
                             std::abs(points.bottom() - want.bottom()) < 0.5,
                         qPrintable(QStringLiteral("%1 %2 %3 %4")
                                        .arg(points.left())
                                        .arg(points.top())
                                        .arg(points.right())
                                        .arg(points.bottom())));
            }
        }
        QCOMPARE(found, 1);

        // Without the flag the packet has none of the member's annotations.
        const QString plain = m_tmp.filePath(QStringLiteral("plain.pdf"));
        const Run without = ratsmappe({QStringLiteral("packet"),
                                       council.bauMeeting,
                                       QStringLiteral("--out"),
                                       plain,
                                       QStringLiteral("--cache"),
                                       dir});
        QVERIFY2(without.exitCode == 0, without.err.constData());
        const auto plainDoc = Poppler::Document::load(plain);
        QVERIFY(plainDoc);
        for (int i = 0; i < plainDoc->numPages(); ++i) {
            for (const auto &a : plainDoc->page(i)->annotations()) {
                QVERIFY(a->uniqueName() != id);
            }
        }
    }
};

RATSMAPPE_TEST_MAIN(CliAnnotationExportTest)

#include "tst_cli_annotation_export.moc"
