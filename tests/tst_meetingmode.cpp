// SPDX-License-Identifier: GPL-2.0-or-later
// Meeting mode through the app's own compiled QML (Main.qml and MeetingModePage) over a real
// encrypted cache synced from the demo town, with the demo server stopped afterwards: the
// meeting is walked entirely offline. The agenda moves with the keys and a click, the current
// item's documents open in the embedded reader, a note written beside it is in the cache, and
// leaving and coming back restores the item, document and page. Nothing may pop up meanwhile
// (CacheController.quiet). Screenshots at 1366x768 and 1024x600 are saved next to the test
// program (meetingmode-*.png) to be looked at. The next meeting is found at a pinned time.

#include "cachecontroller.h"
#include "database.h"
#include "documentsession.h"
#include "meetingagendamodel.h"
#include "nextmeeting.h"
#include "notestore.h"
#include "personalnote.h"
#include "readerfixture.h"
#include "settingsstore.h"
#include "testmain.h"
#include "testutil.h"
#include "towncache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using Test::itemNamed;
using Test::itemsNamed;

namespace {

QString shotPath(const QString &name)
{
    return QCoreApplication::applicationDirPath() + QLatin1String("/meetingmode-") + name +
        QLatin1String(".png");
}

// Waits until the window has drawn a frame after what was just done, then saves it.
void screenshot(QQuickWindow *window, const QString &name)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    QVERIFY(swapped.wait(10000));
    QVERIFY(window->grabWindow().save(shotPath(name)));
}

// The agenda's delegate for \a row, when it is laid out and visible.
QQuickItem *agendaDelegate(QQuickItem *root, int row)
{
    for (QQuickItem *item : itemsNamed(root, QStringLiteral("agendaItemDelegate"))) {
        if (item->property("index").toInt() == row && item->isVisible()) {
            return item;
        }
    }
    return nullptr;
}

void click(QQuickWindow *window, QQuickItem *item)
{
    QTest::mouseClick(
        window, Qt::LeftButton, {}, item->mapToScene({item->width() / 2, item->height() / 2}).toPoint());
}

// The drawer's "Meetings": back to the meetings page, out of meeting mode.
bool leave(QQuickWindow *window)
{
    auto *first = window->property("firstPage").value<QQuickItem *>();
    // A typed QML function takes its declared type; an untyped one a QVariant.
    return first &&
        (QMetaObject::invokeMethod(window, "show", Q_ARG(QQuickItem *, first)) ||
         QMetaObject::invokeMethod(window, "show", Q_ARG(QVariant, QVariant::fromValue(first))));
}

} // namespace

class MeetingModeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::TownCache m_town;
    std::unique_ptr<Cache> m_cache; // until the window opens it
    QString m_meetingId;

    QString cacheDir() const { return m_tmp.filePath(QStringLiteral("c")); }

    QQuickItem *reader(QQuickItem *page) { return page->property("reader").value<QQuickItem *>(); }

    // The open document in meeting mode has been read and laid out.
    bool readerReady(QQuickItem *page)
    {
        QQuickItem *r = reader(page);
        auto *session = r ? r->findChild<DocumentSession *>() : nullptr;
        return session && session->status() == DocumentSession::Ready;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
        m_cache = Test::createCache(cacheDir());
        Cache *cache = m_cache.get();
        QVERIFY(m_town.populate(*cache, m_tmp.filePath(QStringLiteral("pdfs"))));
        // A meeting whose agenda has several items with documents of their own.
        m_meetingId = cache->database().queryText(
            "SELECT m.id FROM meetings m WHERE m.deleted = 0 AND m.cancelled = 0 AND m.start < '2025-03-05' "
            "AND (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted = 0) >= 4 "
            "ORDER BY m.start DESC LIMIT 1");
        QVERIFY(!m_meetingId.isEmpty());
        Statement start(cache->database(), "SELECT start FROM meetings WHERE id = ?");
        start.bind(1, m_meetingId);
        QVERIFY(start.next());
        QVERIFY(m_town.downloadDay(*cache, QDateTime::fromString(start.text(0), Qt::ISODate).date()));
        // From here on the meeting is offline: the server is gone, its port closed.
        m_town.server.reset();
    }

    // The soonest meeting not cancelled from a pinned time on; one that began a moment ago
    // still counts (the member opens meeting mode once it has started).
    void nextMeeting()
    {
        Database &db = m_cache->database();
        const QString expected = db.queryText(
            "SELECT id FROM meetings WHERE deleted = 0 AND cancelled = 0 AND start >= '2025-03-05' "
            "ORDER BY start, name LIMIT 1");
        QVERIFY(!expected.isEmpty());
        NextMeeting next;
        QSignalSpy changed(&next, &NextMeeting::changed);
        next.load(&db, QDateTime(Test::TownCache::today(), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(next.meetingId(), expected);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!next.name().isEmpty());
        // An hour after it began, it is still the next one.
        next.load(&db, next.start().addSecs(3600));
        QCOMPARE(next.meetingId(), expected);
        // After the last meeting, none.
        next.load(&db, QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::UTC));
        QVERIFY(next.meetingId().isEmpty());
    }

    void walkOffline()
    {
        m_cache.reset();
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop");
        QQmlApplicationEngine engine;
        auto *controller =
            engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        controller->start(cacheDir());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        engine.loadFromModule("org.kde.ratsmappe", "Main");
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1366, 768);
        window->show();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The sync on start fails (the server is gone) without changing anything below.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->sync()->isRunning(), 60000);

        const auto open = [&]() -> QQuickItem * {
            [&] {
                QVERIFY(QMetaObject::invokeMethod(window,
                                                  "openMeetingMode",
                                                  Q_ARG(QString, m_meetingId),
                                                  Q_ARG(QString, QString()),
                                                  Q_ARG(QString, QStringLiteral("Sitzung"))));
            }();
            QQuickItem *page = nullptr;
            [&] {
                QTRY_VERIFY((page = itemNamed(window->contentItem(), QStringLiteral("meetingModePage"))));
                // The layer has come in (it slides and fades in), before anything is clicked.
                auto *layers =
                    window->property("pageStack").value<QObject *>()->property("layers").value<QObject *>();
                QVERIFY(layers);
                QTRY_VERIFY(!layers->property("busy").toBool());
            }();
            return page;
        };
        QPointer<QQuickItem> page = open();
        QVERIFY(page);
        QVERIFY(controller->isQuiet());
        auto *agenda = page->findChild<MeetingAgendaModel *>();
        QVERIFY(agenda);
        QVERIFY(agenda->rowCount() >= 4);
        // No position stored yet: the start of the meeting, its first document open.
        QTRY_COMPARE(page->property("currentRow").toInt(), 0);
        if (!agenda->get(0).value(QStringLiteral("documents")).toList().isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        }

        // The keys move on and back, from wherever the focus is.
        QTest::keyClick(window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(page->property("currentRow").toInt(), 1);
        QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(page->property("currentRow").toInt(), 2);
        QTest::keyClick(window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(page->property("currentRow").toInt(), 1);
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(page->property("currentRow").toInt(), 0);

        // One click on an item with two or more downloaded documents.
        int target = -1;
        for (int row = 1; row < agenda->rowCount() && target < 0; ++row) {
            int downloaded = 0;
            for (const QVariant &d : agenda->get(row).value(QStringLiteral("documents")).toList()) {
                downloaded += d.toMap().value(QStringLiteral("downloaded")).toBool() ? 1 : 0;
            }
            target = downloaded >= 2 ? row : -1;
        }
        QVERIFY2(target > 0, "no agenda item with two downloaded documents");
        QTRY_VERIFY(agendaDelegate(window->contentItem(), target));
        click(window, agendaDelegate(window->contentItem(), target));
        QTRY_COMPARE(page->property("currentRow").toInt(), target);
        const QVariantMap item = agenda->get(target);
        const QString itemId = item.value(QStringLiteral("agendaItemId")).toString();
        const QVariantList documents = item.value(QStringLiteral("documents")).toList();
        QCOMPARE(page->property("currentFileId").toString(),
                 documents.constFirst().toMap().value(QStringLiteral("fileId")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        screenshot(window, QStringLiteral("wide-first-document"));

        // Its second document, one click away above the reader, and back to the first.
        const QString first = documents.at(0).toMap().value(QStringLiteral("fileId")).toString();
        const QString second = documents.at(1).toMap().value(QStringLiteral("fileId")).toString();
        const auto documentButton = [&](const QString &fileId) {
            QQuickItem *button = nullptr;
            for (QQuickItem *b : itemsNamed(window->contentItem(), QStringLiteral("meetingModeDocument"))) {
                button = b->property("fileId").toString() == fileId && b->isVisible() ? b : button;
            }
            return button;
        };
        QVERIFY(documentButton(second));
        click(window, documentButton(second));
        QTRY_COMPARE(page->property("currentFileId").toString(), second);
        QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        QCOMPARE(reader(page)->property("fileId").toString(), second);
        QVERIFY(documentButton(first));
        click(window, documentButton(first));
        QTRY_COMPARE(page->property("currentFileId").toString(), first);
        QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        QCOMPARE(reader(page)->property("fileId").toString(), first);

        // A note on the item, typed beside the document and ended with Ctrl+Return.
        QQuickItem *notes = itemNamed(window->contentItem(), QStringLiteral("itemNoteEditor"));
        QVERIFY(notes);
        QVERIFY(QMetaObject::invokeMethod(notes, "startEditing"));
        QQuickItem *editor = itemNamed(notes, QStringLiteral("noteEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasActiveFocus());
        for (const char c : QByteArrayLiteral("Antrag vertagen")) {
            QTest::keyClick(window, c);
        }
        screenshot(window, QStringLiteral("wide-writing-note"));
        QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
        const QString serverId =
            item.value(QStringLiteral("agendaItem")).toMap().value(QStringLiteral("serverId")).toString();
        const auto note = NoteStore(controller->cache()->database()).get(serverId, itemId);
        QVERIFY(note);
        QCOMPARE(note->text, QStringLiteral("Antrag vertagen"));
        QVERIFY(!notes->property("editing").toBool());

        // Full screen on request, and back.
        QTest::keyClick(window, Qt::Key_F11);
        QTRY_COMPARE(window->visibility(), QWindow::FullScreen);
        QTest::keyClick(window, Qt::Key_F11);
        QTRY_COMPARE(window->visibility(), QWindow::Windowed);

        // The small laptop: the agenda and note share a column, which can be collapsed.
        window->resize(1024, 600);
        QTRY_VERIFY(!page->property("wide").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        screenshot(window, QStringLiteral("narrow"));
        QTest::keyClick(window, Qt::Key_F9);
        QVERIFY(!page->property("agendaShown").toBool());
        screenshot(window, QStringLiteral("narrow-agenda-collapsed"));
        QTest::keyClick(window, Qt::Key_F9);
        QVERIFY(page->property("agendaShown").toBool());
        window->resize(1366, 768);
        QTRY_VERIFY(page->property("wide").toBool());

        // Its second page, where the member reads (the reader settles on its own start first).
        QVERIFY2(reader(page)->findChild<DocumentSession *>()->pageCount() >= 2, "the paper has one page");
        QTRY_VERIFY((QMetaObject::invokeMethod(reader(page), "goToPage", Q_ARG(int, 1)),
                     reader(page)->property("currentPage").toInt() == 1));
        QTRY_COMPARE(page->property("readerPage").toInt(), 1);

        // Leaving meeting mode (the drawer's Meetings) stores where the member was.
        QVERIFY(leave(window));
        QTRY_VERIFY(!page);
        QVERIFY(!controller->isQuiet());
        const QJsonObject stored =
            QJsonDocument::fromJson(SettingsStore(controller->cache()->database())
                                        .text(Settings::MeetingModePrefix + m_meetingId)
                                        .toUtf8())
                .object();
        QCOMPARE(stored.value(QLatin1String("agendaItem")).toString(), itemId);
        QCOMPARE(stored.value(QLatin1String("file")).toString(), first);
        QCOMPARE(stored.value(QLatin1String("page")).toInt(), 1);

        // Back again: the same item, document and page.
        page = open();
        QVERIFY(page);
        QVERIFY(controller->isQuiet());
        QTRY_COMPARE(page->property("currentRow").toInt(), target);
        QCOMPARE(page->property("currentFileId").toString(), first);
        QTRY_VERIFY_WITH_TIMEOUT(readerReady(page), 60000);
        QTRY_COMPARE(reader(page)->property("currentPage").toInt(), 1);
        // The note shows beside it.
        QQuickItem *shown = itemNamed(window->contentItem(), QStringLiteral("itemNoteEditor"));
        QVERIFY(shown);
        auto *shownNote = shown->findChild<PersonalNote *>();
        QVERIFY(shownNote);
        QCOMPARE(shownNote->text(), QStringLiteral("Antrag vertagen"));
        screenshot(window, QStringLiteral("wide-restored"));
        QVERIFY(leave(window));
        QTRY_VERIFY(!page);
        QVERIFY(!controller->isQuiet());
    }
};

RATSMAPPE_TEST_MAIN(MeetingModeTest)
#include "tst_meetingmode.moc"
