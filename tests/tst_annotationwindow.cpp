// SPDX-License-Identifier: GPL-2.0-or-later
// Annotating through the app's own compiled QML: a ReaderPage in a Kirigami window over a real
// encrypted cache, driven with mouse and key events as a member drives it. Every kind is drawn
// with its tool, undo and redo work from the keyboard, a highlight is made with the keyboard
// alone, and a new window on the same cache shows exactly what was drawn.

#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "cachecontroller.h"
#include "documentannotations.h"
#include "documentsession.h"
#include "documentstore.h"
#include "objectstore.h"
#include "readerfixture.h"
#include "testmain.h"
#include "testutil.h"

#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

using namespace Ratsmappe;
using Test::collectItems;
using Test::itemNamed;
using Test::itemsNamed;

namespace {

// The page item showing \a page below \a root.
QQuickItem *pageItem(QQuickItem *root, int page)
{
    QList<QQuickItem *> items;
    collectItems(root, QStringLiteral("pageItem"), items);
    for (QQuickItem *item : std::as_const(items)) {
        if (item->property("page").toInt() == page && item->isVisible() && item->width() > 0) {
            return item;
        }
    }
    return nullptr;
}

QList<StoredAnnotation> sortedById(QList<StoredAnnotation> annotations)
{
    std::sort(annotations.begin(),
              annotations.end(),
              [](const StoredAnnotation &a, const StoredAnnotation &b) { return a.id < b.id; });
    return annotations;
}

QStringList typesOf(const QList<StoredAnnotation> &annotations)
{
    QStringList types;
    for (const StoredAnnotation &annotation : annotations) {
        types.append(annotation.type);
    }
    types.sort();
    return types;
}

} // namespace

class AnnotationWindowTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;
    // The document annotated: the fixture's, as a server's file (synced files always have one).
    const QString m_serverId = QStringLiteral("https://ris.example/oparl");
    const QString m_fileId = QStringLiteral("https://ris.example/file/annotated");
    qint64 m_version = 0;
    QList<PdfWord> m_words; // of page 1, in unrotated points

    // One window with a reader on the fixture's document, its annotations open.
    struct Reader
    {
        std::unique_ptr<QObject> root;
        QQuickWindow *window = nullptr;
        QQuickItem *page = nullptr;
        DocumentSession *session = nullptr;
        DocumentAnnotations *annotations = nullptr;
    };

    void startWindowCache(QQmlApplicationEngine &engine)
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop");
        auto *controller =
            engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        controller->start(m_fixture.cacheDir());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        controller->documentCheck()->markVerified(m_version);
    }

    void loadReader(QQmlApplicationEngine &engine, Reader &reader)
    {
        QQmlComponent component(&engine);
        component.setData(QByteArray("import QtQuick\nimport org.kde.kirigami as Kirigami\n"
                                     "import org.kde.ratsmappe.reader\n"
                                     "Kirigami.ApplicationWindow { visible: true; width: 1000; height: 1100\n"
                                     "pageStack.initialPage: ReaderPage { fileId: \"") +
                              m_fileId.toUtf8() + "\"; serverId: \"" + m_serverId.toUtf8() +
                              "\"; annotating: true } }\n",
                          QUrl(QStringLiteral("qrc:/tst_annotationwindow/Window.qml")));
        reader.root.reset(component.create());
        QVERIFY2(reader.root, qPrintable(component.errorString()));
        reader.window = qobject_cast<QQuickWindow *>(reader.root.get());
        QVERIFY(reader.window);
        reader.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(reader.window));
        reader.page = itemNamed(reader.window->contentItem(), QStringLiteral("readerPage"));
        QVERIFY(reader.page);
        reader.session = reader.page->findChild<DocumentSession *>();
        reader.annotations = reader.page->findChild<DocumentAnnotations *>();
        QVERIFY(reader.session && reader.annotations);
        QTRY_COMPARE_WITH_TIMEOUT(reader.session->status(), DocumentSession::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(reader.annotations->isOpen(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pageItem(reader.page, 0), 10000);
        // The list settles on the first page before anything is drawn on it.
        QTest::qWait(200);
    }

    // Where a point of page 1 (unrotated points) is in the window.
    QPoint at(const Reader &reader, const QPointF &points)
    {
        QQuickItem *item = pageItem(reader.page, 0);
        return item ? item->mapToScene(points * reader.session->scale()).toPoint() : QPoint();
    }
    // Where a spot of page 1 (0..1 of its width and height) is in the window.
    QPoint atFraction(const Reader &reader, qreal fx, qreal fy)
    {
        QQuickItem *item = pageItem(reader.page, 0);
        return item ? item->mapToScene(QPointF(fx * item->width(), fy * item->height())).toPoint() : QPoint();
    }

    void chooseTool(const Reader &reader, const QString &tool)
    {
        QQuickItem *button =
            itemNamed(reader.window->contentItem(), QStringLiteral("annotationTool_") + tool);
        QVERIFY2(button, qPrintable(tool));
        const QPoint centre =
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint();
        // A dialog that just closed may still cover the window for its closing transition.
        for (int i = 0; i < 20 && !button->property("checked").toBool(); ++i) {
            QTest::mouseClick(reader.window, Qt::LeftButton, {}, centre);
            QTest::qWait(100);
        }
        QVERIFY2(button->property("checked").toBool(), qPrintable(tool));
    }

    void drag(const Reader &reader, QPoint from, QPoint to)
    {
        QTest::mousePress(reader.window, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 8; ++i) {
            QTest::mouseMove(reader.window, from + (to - from) * i / 8);
        }
        QTest::mouseRelease(reader.window, Qt::LeftButton, {}, to);
    }

    // Drags from word \a first's left to word \a last's right, on their middle line.
    void dragWords(const Reader &reader, int first, int last)
    {
        const QRectF a = m_words.at(first).box;
        const QRectF b = m_words.at(last).box;
        drag(reader,
             at(reader, QPointF(a.left() + 1, a.center().y())),
             at(reader, QPointF(b.right() - 1, b.center().y())));
    }

    // Types \a text into the note or text box editor that is open and saves it (Ctrl+Return).
    void typeIntoEditor(const Reader &reader, const QString &text)
    {
        QTRY_VERIFY(itemNamed(reader.window->contentItem(), QStringLiteral("annotationTextEditor")) ||
                    reader.window->activeFocusItem());
        QTRY_COMPARE(reader.window->activeFocusItem() ? reader.window->activeFocusItem()->objectName()
                                                      : QString(),
                     QStringLiteral("annotationTextEditor"));
        for (const QChar c : text) {
            QTest::keyClick(reader.window, c.toLatin1());
        }
        QTest::keyClick(reader.window, Qt::Key_Return, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_fixture.setUp());
        Database &db = m_fixture.controller->cache()->database();
        ObjectStore(db, m_serverId)
            .upsert(
                ObjectKind::File, {}, {{QStringLiteral("id"), m_fileId}}, QDateTime::currentDateTimeUtc());
        {
            Transaction tx(db);
            DocumentWriter writer(db,
                                  m_fileId,
                                  QStringLiteral("application/pdf"),
                                  {},
                                  DocumentWriter::DefaultChunkSize,
                                  m_serverId);
            writer.write(DocumentStore(db).open(m_fixture.version)->readAll());
            m_version = writer.finish(DocumentKind::Pdf).id;
            tx.commit();
        }
        m_fixture.controller->documentCheck()->markVerified(m_version);
        auto source = m_fixture.source(m_version);
        QVERIFY(source);
        for (const PdfWord &word : source->words(0)) {
            if (!word.text.trimmed().isEmpty()) {
                m_words.append(word);
            }
        }
        QVERIFY(m_words.size() > 20);
    }

    // Every kind drawn with its tool; Ctrl+Z takes the last back, Ctrl+Shift+Z brings it again;
    // a highlight made with the keyboard; another window on the same cache shows them exactly.
    void drawEveryKindUndoRedoAndReopen()
    {
        QList<StoredAnnotation> drawn;
        {
            QQmlApplicationEngine engine;
            startWindowCache(engine);
            QVERIFY(!QTest::currentTestFailed());
            Reader reader;
            loadReader(engine, reader);
            QVERIFY(!QTest::currentTestFailed());
            DocumentAnnotations *annotations = reader.annotations;
            QCOMPARE(annotations->count(), 0);

            // Text markup: drag over words with the tool held, created at release.
            const QStringList markups = {QStringLiteral("highlight"),
                                         QStringLiteral("underline"),
                                         QStringLiteral("strikeout"),
                                         QStringLiteral("squiggly")};
            for (int i = 0; i < markups.size(); ++i) {
                chooseTool(reader, markups.at(i));
                QVERIFY(!QTest::currentTestFailed());
                dragWords(reader, 4 * i, 4 * i + 1);
                QTRY_COMPARE_WITH_TIMEOUT(annotations->count(), i + 1, 10000);
                const StoredAnnotation made = annotations->annotations().last();
                QCOMPARE(made.type, markups.at(i));
                QCOMPARE(made.page, 0);
                QVERIFY2(made.quote.contains(m_words.at(4 * i).text), qPrintable(made.quote));
                QVERIFY(!made.geometry.value(QStringLiteral("rects")).toArray().isEmpty());
            }

            // An ink stroke with the pen.
            chooseTool(reader, QStringLiteral("pen"));
            QVERIFY(!QTest::currentTestFailed());
            drag(reader, atFraction(reader, 0.2, 0.38), atFraction(reader, 0.5, 0.42));
            QTRY_COMPARE(annotations->count(), 5);
            QCOMPARE(annotations->annotations().last().type, QStringLiteral("ink"));
            QVERIFY(annotations->annotations()
                        .last()
                        .geometry.value(QStringLiteral("strokes"))
                        .toArray()
                        .first()
                        .toArray()
                        .size() >= 5);

            // A sticky note with its text.
            chooseTool(reader, QStringLiteral("note"));
            QVERIFY(!QTest::currentTestFailed());
            QTest::mouseClick(reader.window, Qt::LeftButton, {}, atFraction(reader, 0.85, 0.35));
            typeIntoEditor(reader, QStringLiteral("Nachfragen"));
            QVERIFY(!QTest::currentTestFailed());
            QTRY_COMPARE(annotations->count(), 6);
            QCOMPARE(annotations->annotations().last().type, QStringLiteral("note"));
            QCOMPARE(annotations->annotations().last().text, QStringLiteral("Nachfragen"));

            // A text box: drag it, type.
            chooseTool(reader, QStringLiteral("freetext"));
            QVERIFY(!QTest::currentTestFailed());
            drag(reader, atFraction(reader, 0.1, 0.45), atFraction(reader, 0.4, 0.5));
            typeIntoEditor(reader, QStringLiteral("Zu teuer"));
            QVERIFY(!QTest::currentTestFailed());
            QTRY_COMPARE(annotations->count(), 7);
            QCOMPARE(annotations->annotations().last().type, QStringLiteral("freetext"));
            QCOMPARE(annotations->annotations().last().text, QStringLiteral("Zu teuer"));

            chooseTool(reader, QStringLiteral("rectangle"));
            QVERIFY(!QTest::currentTestFailed());
            drag(reader, atFraction(reader, 0.5, 0.45), atFraction(reader, 0.7, 0.55));
            QTRY_COMPARE(annotations->count(), 8);
            QCOMPARE(annotations->annotations().last().type, QStringLiteral("rectangle"));

            chooseTool(reader, QStringLiteral("arrow"));
            QVERIFY(!QTest::currentTestFailed());
            drag(reader, atFraction(reader, 0.75, 0.58), atFraction(reader, 0.9, 0.62));
            QTRY_COMPARE(annotations->count(), 9);
            const StoredAnnotation arrow = annotations->annotations().last();
            QCOMPARE(arrow.type, QStringLiteral("arrow"));
            QStringList allTypes = AnnotationStore::types();
            allTypes.removeAll(QStringLiteral("foreign")); // only imported, never drawn
            allTypes.sort();
            QCOMPARE(typesOf(annotations->annotations()), allTypes);

            // Undo takes the arrow back, redo brings it again, in the cache too.
            QTest::keyClick(reader.window, Qt::Key_Z, Qt::ControlModifier);
            QTRY_COMPARE(annotations->count(), 8);
            QVERIFY(!annotations->annotation(arrow.id));
            QVERIFY(!AnnotationStore(reader.session->cache()->database()).get(arrow.id));
            QTest::keyClick(reader.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE(annotations->count(), 9);
            QVERIFY(annotations->annotation(arrow.id));
            QVERIFY(AnnotationStore(reader.session->cache()->database()).get(arrow.id));

            // The keyboard alone: select the page's text, H makes it a highlight.
            chooseTool(reader, QStringLiteral("select"));
            QVERIFY(!QTest::currentTestFailed());
            QTest::keyClick(reader.window, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(reader.window, Qt::Key_H);
            QTRY_COMPARE_WITH_TIMEOUT(annotations->count(), 10, 10000);
            const StoredAnnotation keyed = annotations->annotations().last();
            QCOMPARE(keyed.type, QStringLiteral("highlight"));
            QVERIFY(keyed.quote.startsWith(m_words.first().text));
            QVERIFY(keyed.quote.endsWith(m_words.last().text));

            drawn = sortedById(annotations->annotations());
            QCOMPARE(sortedById(AnnotationStore(reader.session->cache()->database()).forVersion(m_version)),
                     drawn);
        }

        // A new window on the same cache: every annotation is there, exactly.
        QQmlApplicationEngine engine;
        startWindowCache(engine);
        QVERIFY(!QTest::currentTestFailed());
        Reader reader;
        loadReader(engine, reader);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(sortedById(reader.annotations->annotations()), drawn);

        // The lists: this document's, all of them, filtered by type and colour.
        auto *controller =
            engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        AnnotationListModel list;
        list.setCacheController(controller);
        list.setFileId(m_fileId);
        QTRY_COMPARE(list.count(), int(drawn.size()));
        list.setScope(AnnotationListModel::All);
        QTRY_COMPARE(list.count(), int(drawn.size()));
        list.setType(QStringLiteral("highlight"));
        QTRY_COMPARE(list.count(), 2);
        list.setType({});
        list.setColor(reader.annotations->annotations().first().color);
        QTRY_VERIFY(list.count() >= 1 && list.count() < int(drawn.size()));
        list.setColor({});
        list.setNeedsAttentionOnly(true);
        QTRY_COMPARE(list.count(), 0);
    }

    // The select tool: a click selects, a drag moves (once, at release), a corner handle
    // resizes, Escape lets go, Delete deletes and Ctrl+Z brings it back.
    void editTheSelectedAnnotation()
    {
        QQmlApplicationEngine engine;
        startWindowCache(engine);
        QVERIFY(!QTest::currentTestFailed());
        Reader reader;
        loadReader(engine, reader);
        QVERIFY(!QTest::currentTestFailed());
        DocumentAnnotations *annotations = reader.annotations;
        const int before = annotations->count();
        chooseTool(reader, QStringLiteral("rectangle"));
        QVERIFY(!QTest::currentTestFailed());
        drag(reader, atFraction(reader, 0.3, 0.2), atFraction(reader, 0.5, 0.3));
        QTRY_COMPARE(annotations->count(), before + 1);
        const QString id = annotations->annotations().last().id;
        const QRectF drawn = AnnotationStore::bounds(annotations->annotation(id)->geometry);

        chooseTool(reader, QStringLiteral("select"));
        QVERIFY(!QTest::currentTestFailed());
        drag(reader, atFraction(reader, 0.4, 0.25), atFraction(reader, 0.45, 0.3));
        QCOMPARE(annotations->selectedId(), id);
        const QRectF moved = AnnotationStore::bounds(annotations->annotation(id)->geometry);
        QVERIFY2(std::abs(moved.x() - drawn.x() - 0.05) < 0.01 &&
                     std::abs(moved.y() - drawn.y() - 0.05) < 0.01,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x() - drawn.x()).arg(moved.y() - drawn.y())));
        QCOMPARE(moved.size(), drawn.size());
        QVERIFY(annotations->canUndo());

        // The bottom right handle makes it larger.
        QList<QQuickItem *> handles;
        collectItems(reader.window->contentItem(), QStringLiteral("annotationHandle"), handles);
        QCOMPARE(handles.size(), 4);
        QQuickItem *corner =
            *std::max_element(handles.cbegin(), handles.cend(), [](QQuickItem *a, QQuickItem *b) {
                const QPointF pa = a->mapToScene(QPointF(0, 0));
                const QPointF pb = b->mapToScene(QPointF(0, 0));
                return pa.x() + pa.y() < pb.x() + pb.y();
            });
        const QPoint grip = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
        drag(reader, grip, grip + QPoint(40, 30));
        const QRectF resized = AnnotationStore::bounds(annotations->annotation(id)->geometry);
        QVERIFY(resized.width() > moved.width() && resized.height() > moved.height());
        QVERIFY(std::abs(resized.x() - moved.x()) < 0.002 && std::abs(resized.y() - moved.y()) < 0.002);

        QTest::keyClick(reader.window, Qt::Key_Escape);
        QTRY_COMPARE(annotations->selectedId(), QString());
        QTest::mouseClick(reader.window,
                          Qt::LeftButton,
                          {},
                          atFraction(reader, resized.center().x(), resized.center().y()));
        QTRY_COMPARE(annotations->selectedId(), id);
        QTest::keyClick(reader.window, Qt::Key_Delete);
        QTRY_COMPARE(annotations->count(), before);
        QVERIFY(!AnnotationStore(reader.session->cache()->database()).get(id));
        QTest::keyClick(reader.window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(annotations->count(), before + 1);
        QCOMPARE(
            AnnotationStore::bounds(AnnotationStore(reader.session->cache()->database()).get(id)->geometry),
            resized);

        // The eraser takes a stroke it passes over, and only that.
        chooseTool(reader, QStringLiteral("pen"));
        QVERIFY(!QTest::currentTestFailed());
        drag(reader, atFraction(reader, 0.1, 0.6), atFraction(reader, 0.3, 0.6));
        QTRY_COMPARE(annotations->count(), before + 2);
        const QString stroke = annotations->annotations().last().id;
        chooseTool(reader, QStringLiteral("eraser"));
        QVERIFY(!QTest::currentTestFailed());
        drag(reader, atFraction(reader, 0.2, 0.55), atFraction(reader, 0.2, 0.65));
        QTRY_COMPARE(annotations->count(), before + 1);
        QVERIFY(!annotations->annotation(stroke));
        QVERIFY(annotations->annotation(id));
    }
};

RATSMAPPE_TEST_MAIN(AnnotationWindowTest)
#include "tst_annotationwindow.moc"
