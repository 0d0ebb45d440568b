// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 17: importing an export gives back the original set. One annotation of every kind and a
// foreign one (a stamp another program drew) on a document written with libqpdf in a real
// SQLCipher cache, exported by the real annotation worker, then imported with the real workers:
// into the same cache nothing is added or changed; into a second cache that holds the same
// document and no annotations, every annotation comes back with its id, kind, page, colour,
// text, quote and place; a second import there adds nothing.
#include "annotationexport.h"
#include "annotationimport.h"
#include "annotationstore.h"
#include "annotationworker.h"
#include "documentstore.h"
#include "exportfixture.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using namespace Ratsmappe::Test::ExportFixture;

namespace {

const QString FileId = QStringLiteral("F-1");

bool near(const QRectF &a, const QRectF &b)
{
    constexpr double eps = AnnotationImport::SameBounds;
    return std::abs(a.left() - b.left()) < eps && std::abs(a.top() - b.top()) < eps &&
        std::abs(a.right() - b.right()) < eps && std::abs(a.bottom() - b.bottom()) < eps;
}

} // namespace

class AnnotationRoundTripTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_first;
    std::unique_ptr<Cache> m_second;
    FileVersion m_firstVersion;
    FileVersion m_secondVersion;
    QList<StoredAnnotation> m_originals;
    QByteArray m_export;

    static FileVersion store(Cache &cache, const QByteArray &bytes)
    {
        const qint64 id = Test::storeDocument(cache, FileId, bytes, QStringLiteral("Vorlage 2026/0147"));
        return *DocumentStore(cache.database()).version(id);
    }

    static AnnotationImport::Result
    importInto(Cache &cache, const FileVersion &version, const QByteArray &pdf)
    {
        return AnnotationImport(cache.database(), version.serverId, FileId, version.id).run(pdf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QByteArray source = sourcePdf();
        m_first = Test::createCache(m_tmp.filePath(QStringLiteral("first")));
        m_second = Test::createCache(m_tmp.filePath(QStringLiteral("second")));
        m_firstVersion = store(*m_first, source);
        m_secondVersion = store(*m_second, source);

        AnnotationStore annotations(m_first->database());
        for (const StoredAnnotation &a : Test::ExportFixture::annotations(m_firstVersion)) {
            m_originals << annotations.add(a);
        }
        // A stamp another program drew, kept as foreign since an earlier import.
        StoredAnnotation stamp =
            make(m_firstVersion,
                 QStringLiteral("foreign"),
                 0,
                 {{QStringLiteral("rect"), rect(0.5, 0.3, 0.68, 0.36)},
                  {QStringLiteral("subtype"), QStringLiteral("Stamp")},
                  {QStringLiteral("appearance"),
                   QString::fromLatin1(stampCapsule(QRectF(297, 539, 107, 50)).toBase64())},
                  {QStringLiteral("dictionary"),
                   QStringLiteral("<< /Type /Annot /Subtype /Stamp /Name /Approved /F 4 >>")}},
                 QStringLiteral("#009900"),
                 QStringLiteral("Geprüft"));
        m_originals << annotations.add(stamp);
        QVERIFY(m_originals.size() >= 10);

        const QString out = m_tmp.filePath(QStringLiteral("export.pdf"));
        AnnotationExport::Request request;
        request.fileId = FileId;
        request.out = out;
        const AnnotationExport::Result exported = AnnotationExport::run(m_first->database(), request);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.annotations, int(m_originals.size()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_export = file.readAll();
    }

    // The export is the same document with the same annotations: nothing to add or change.
    void backIntoTheSameCache()
    {
        const AnnotationImport::Result result = importInto(*m_first, m_firstVersion, m_export);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.sameDocument);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, int(m_originals.size()));
        QCOMPARE(AnnotationStore(m_first->database()).forVersion(m_firstVersion.id).size(),
                 m_originals.size());
    }

    // On another laptop with the same document: every annotation comes back as it was.
    void intoAnotherCache()
    {
        const AnnotationImport::Result result = importInto(*m_second, m_secondVersion, m_export);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, int(m_originals.size()));
        QCOMPARE(result.needsAttention, 0);
        AnnotationStore store(m_second->database());
        QCOMPARE(store.forVersion(m_secondVersion.id).size(), m_originals.size());
        for (const StoredAnnotation &original : std::as_const(m_originals)) {
            const auto back = store.get(original.id);
            QVERIFY2(back, qPrintable(original.type + QLatin1Char(' ') + original.id));
            QCOMPARE(back->type, original.type);
            QCOMPARE(back->page, original.page);
            QCOMPARE(back->color, original.color);
            QCOMPARE(back->text, original.text);
            QCOMPARE(back->quote, original.quote);
            QVERIFY2(
                near(AnnotationStore::bounds(back->geometry), AnnotationStore::bounds(original.geometry)),
                qPrintable(original.type));
            if (original.type == QLatin1String("foreign")) {
                QCOMPARE(back->geometry.value(QLatin1String("subtype")).toString(), QStringLiteral("Stamp"));
                QVERIFY(!back->geometry.value(QLatin1String("image")).toString().isEmpty());
            }
        }
    }

    // The helpers run in the member's locale: a German one must not change how a PDF's numbers
    // read (libqpdf parses reals with the C library, where de_DE has a decimal comma).
    void germanLocaleReadsTheSameNumbers()
    {
        const QByteArray before = qgetenv("LC_ALL");
        qputenv("LC_ALL", "de_DE.UTF-8");
        const AnnotationWorker::Result read = AnnotationWorker::run(QStringLiteral("read"), m_export);
        qputenv("LC_ALL", before);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const QJsonArray annotations =
            QJsonDocument::fromJson(read.output).object().value(QLatin1String("annotations")).toArray();
        QCOMPARE(annotations.size(), m_originals.size());
        for (const StoredAnnotation &original : std::as_const(m_originals)) {
            bool found = false;
            for (const QJsonValue &value : annotations) {
                const QJsonObject a = value.toObject();
                if (a.value(QLatin1String("name")).toString() == original.id) {
                    found = true;
                    QCOMPARE(a.value(QLatin1String("color")).toString(), original.color);
                }
            }
            QVERIFY2(found, qPrintable(original.id));
        }
    }

    void twiceAddsNothing()
    {
        const AnnotationImport::Result result = importInto(*m_second, m_secondVersion, m_export);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 0);
        QCOMPARE(AnnotationStore(m_second->database()).forVersion(m_secondVersion.id).size(),
                 m_originals.size());
    }
};

RATSMAPPE_TEST_MAIN(AnnotationRoundTripTest)
#include "tst_annotation_roundtrip.moc"
