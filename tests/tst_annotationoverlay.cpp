// SPDX-License-Identifier: GPL-2.0-or-later
// The window's annotation types in a real scene: AnnotationOverlay paints again only when its
// page's annotations change (never when it moves, as it does when the view scrolls, nor for a
// selection, whose frame is an item above it), maps item ↔ page coordinates for every rotation and finds what
// is under the pointer; PageAnnotationModel shows one page's annotations as rows; DocumentAnnotations and
// PersonalNote on the window's own cache (CacheController).

#include "annotationoverlay.h"
#include "annotationstore.h"
#include "cache.h"
#include "cachecontroller.h"
#include "database.h"
#include "documentannotations.h"
#include "documentstore.h"
#include "notestore.h"
#include "objectstore.h"
#include "pageannotationmodel.h"
#include "personalnote.h"
#include "testmain.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;

namespace {

const QString Server = QStringLiteral("https://ris.example/oparl/system");
const QString FileId = QStringLiteral("https://ris.example/file/9");

} // namespace

class AnnotationOverlayTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Cache> m_cache;
    qint64 m_version = 0;

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
        // The same QPainter path as everywhere, without a GPU.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        m_cache = Test::createCache(m_tmp.filePath(QStringLiteral("cache")));
        Database &db = m_cache->database();
        ObjectStore(db, Server)
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), FileId}}, QDateTime::currentDateTimeUtc());
        Transaction tx(db);
        DocumentWriter writer(db, FileId, {}, {}, DocumentWriter::DefaultChunkSize, Server);
        writer.write("%PDF-1.4\n%%EOF\n");
        m_version = writer.finish(DocumentKind::Pdf).id;
        tx.commit();
    }

    void cleanupTestCase() { m_cache.reset(); }

    void repaintsOnlyForItsPage()
    {
        DocumentAnnotations set;
        set.open(&m_cache->database(), Server, FileId, m_version);
        QQuickWindow window;
        window.resize(400, 600);
        AnnotationOverlay overlay(window.contentItem());
        overlay.setSize({200, 300});
        overlay.setPage(1);
        overlay.setAnnotations(&set);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString mine = set.addRectangle(1, {0.1, 0.1, 0.5, 0.5}, {});
        QVERIFY(!mine.isEmpty());
        window.grabWindow();
        QTRY_VERIFY(overlay.paintCount() >= 1);
        const QImage shown = window.grabWindow();
        QVERIFY(shown.pixelColor(20, 100) != shown.pixelColor(5, 100)); // the rectangle's edge
        int paints = overlay.paintCount();

        // Scrolling moves the item: no paint.
        for (int y = 0; y < 200; y += 20) {
            overlay.setY(y);
            window.grabWindow();
        }
        QCOMPARE(overlay.paintCount(), paints);

        // Another page's annotation or selection: no paint.
        const QString other = set.addNote(0, {0.5, 0.5}, QStringLiteral("x"), {});
        set.setSelectedId(other);
        window.grabWindow();
        QCOMPARE(overlay.paintCount(), paints);

        // Selecting its own: no paint either (the frame is an item above the layer).
        set.setSelectedId(mine);
        window.grabWindow();
        QCOMPARE(overlay.paintCount(), paints);
        // Changing its own: a paint each.
        QVERIFY(set.move(mine, 0.1, 0));
        window.grabWindow();
        QCOMPARE(overlay.paintCount(), ++paints);
        overlay.setPageRotation(90);
        window.grabWindow();
        QCOMPARE(overlay.paintCount(), ++paints);
        set.undo(); // the move
        window.grabWindow();
        QCOMPARE(overlay.paintCount(), ++paints);
    }

    void mapsAndFinds()
    {
        DocumentAnnotations set;
        set.open(&m_cache->database(), Server, FileId, m_version);
        AnnotationOverlay overlay;
        overlay.setAnnotations(&set);
        overlay.setPage(2);
        overlay.setSize({300, 200}); // a 200 × 300 page turned
        overlay.setPageRotation(450);
        QCOMPARE(overlay.pageRotation(), 90);
        QCOMPARE(overlay.fromPage(QPointF(0, 0)), QPointF(300, 0));
        QCOMPARE(overlay.toPage(QPointF(300, 0)), QPointF(0, 0));
        const QRectF r(0.1, 0.2, 0.3, 0.4);
        const QRectF back = overlay.toPageRect(overlay.fromPageRect(r));
        QVERIFY(qAbs(back.left() - r.left()) < 1e-9 && qAbs(back.bottom() - r.bottom()) < 1e-9);

        const QString box = set.addRectangle(2, {0.1, 0.1, 0.8, 0.8}, {});
        const QString note = set.addNote(2, {0.5, 0.5}, QStringLiteral("Frage"), {});
        const QPointF pin = overlay.fromPage(QPointF(0.5, 0.5));
        QCOMPARE(overlay.annotationAt(pin + QPointF(15, 15), 2), note); // on the icon, not the point
        QCOMPARE(overlay.annotationAt(pin - QPointF(15, 15), 2), box);
        QCOMPARE(overlay.annotationAt(QPointF(2, 2), 2), QString());
    }

    void onTheWindowsCache();

    void pageModelRows()
    {
        DocumentAnnotations set;
        set.open(&m_cache->database(), Server, FileId, m_version);
        PageAnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnnotations(&set);
        model.setPage(3);
        QCOMPARE(model.rowCount(), 0);
        const QString a = set.addMarkup(3,
                                        QStringLiteral("highlight"),
                                        QStringLiteral("#F67400"),
                                        {QRectF(0.1, 0.2, 0.5, 0.02)},
                                        QStringLiteral("Haushalt"),
                                        {},
                                        {},
                                        10,
                                        18);
        set.addNote(4, {0.1, 0.1}, {}, {});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(PageAnnotationModel::IdRole).toString(), a);
        QCOMPARE(row.data(PageAnnotationModel::TypeRole).toString(), QStringLiteral("highlight"));
        QCOMPARE(row.data(PageAnnotationModel::ColorRole).toString(), QStringLiteral("#f67400"));
        QCOMPARE(row.data(PageAnnotationModel::QuoteRole).toString(), QStringLiteral("Haushalt"));
        QCOMPARE(row.data(PageAnnotationModel::BoundsRole).toRectF(), QRectF(0.1, 0.2, 0.5, 0.02));
        QCOMPARE(row.data(PageAnnotationModel::SelectedRole).toBool(), false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        set.setSelectedId(a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data(PageAnnotationModel::SelectedRole).toBool(), true);
        set.undo(); // the note
        set.undo(); // the highlight
        QCOMPARE(model.rowCount(), 0);
        set.redo();
        QCOMPARE(model.rowCount(), 1);
        set.close();
        QCOMPARE(model.rowCount(), 0);
    }
};

void AnnotationOverlayTest::onTheWindowsCache()
{
    const QString dir = m_tmp.filePath(QStringLiteral("window"));
    qint64 version = 0;
    {
        auto cache = Test::createCache(dir);
        Database &db = cache->database();
        ObjectStore(db, Server)
            .upsert(ObjectKind::File, {}, {{QStringLiteral("id"), FileId}}, QDateTime::currentDateTimeUtc());
        Transaction tx(db);
        DocumentWriter writer(db, FileId, {}, {}, DocumentWriter::DefaultChunkSize, Server);
        writer.write("%PDF-1.4\n%%EOF\n");
        version = writer.finish(DocumentKind::Pdf).id;
        tx.commit();
    }
    qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
    CacheController controller;
    controller.start(dir);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), CacheController::Unlocked, 60000);
    qunsetenv("RATSMAPPE_PASSWORD");
    Database &db = controller.cache()->database();

    DocumentAnnotations annotations;
    QSignalSpy document(&annotations, &DocumentAnnotations::documentChanged);
    annotations.setCacheController(&controller);
    annotations.setServerId(Server);
    annotations.setFileId(FileId);
    QVERIFY(!annotations.isOpen()); // no version yet
    annotations.setVersionId(version);
    QVERIFY(annotations.isOpen());
    QVERIFY(document.count() >= 1);
    const QString id = annotations.addNote(0, {0.2, 0.2}, QStringLiteral("Rückfrage"), {});
    QVERIFY2(!id.isEmpty(), qPrintable(annotations.errorMessage()));
    QCOMPARE(*AnnotationStore(db).get(id), *annotations.annotation(id));
    annotations.setVersionId(0);
    QVERIFY(!annotations.isOpen());
    QCOMPARE(annotations.count(), 0);
    annotations.setVersionId(version); // open again: read from the cache
    QCOMPARE(annotations.count(), 1);

    const QString target = QStringLiteral("https://ris.example/paper/4");
    PersonalNote note;
    note.setCacheController(&controller);
    note.setServerId(Server);
    note.setTargetId(target);
    QVERIFY(!note.exists());
    QVERIFY(note.save(QStringLiteral("**Wichtig:** Kosten\n- Schule\n- Straße")));
    QVERIFY(note.exists());
    QVERIFY(note.modified().isValid());
    QCOMPARE(NoteStore(db).get(Server, target)->text, note.text());
    PersonalNote again;
    again.setCacheController(&controller);
    again.setServerId(Server);
    again.setTargetId(target);
    QCOMPARE(again.text(), note.text());
    QVERIFY(again.save(QStringLiteral("  "))); // blank: the note goes
    QVERIFY(!again.exists());
    QVERIFY(!NoteStore(db).get(Server, target));
    QVERIFY(again.errorMessage().isEmpty());
}

RATSMAPPE_TEST_MAIN(AnnotationOverlayTest)
#include "tst_annotationoverlay.moc"
