// SPDX-License-Identifier: GPL-2.0-or-later
// The member's pages in the real window (issue 18), through the app's own Main.qml offscreen: the
// demo town served over real HTTP on loopback, the window's own sync from an empty cache, then a
// walk by clicks as a member makes it — overview → meeting → paper → committee → person →
// document — each page saved as a screenshot (test artifacts in build/dev/test-artifacts/
// tst_memberpages, or RATSMAPPE_SCREENSHOT_DIR). Then offline: the server stopped, the window
// opened again on the same cache comes back where the member was, and every page still shows
// its cached data.

#include "cachecontroller.h"
#include "documentsession.h"
#include "oparlserver.h"
#include "readerfixture.h"
#include "syncscope.h"
#include "testmain.h"
#include "testutil.h"
#include "town.h"

#include <KLocalizedContext>

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Ratsmappe;
using Test::itemNamed;
using Test::itemsNamed;

namespace {

QString artifactDir()
{
    QString dir = qEnvironmentVariable("RATSMAPPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../test-artifacts/tst_memberpages");
    }
    QDir().mkpath(dir);
    return dir;
}

void screenshot(QQuickWindow *window, const QString &name)
{
    QTest::qWait(300); // the last rows are laid out and drawn
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(artifactDir() + QLatin1Char('/') + name));
}

// The first visible item named \a name that lies inside the window.
QQuickItem *visibleItem(QQuickWindow *window, const QString &name)
{
    for (QQuickItem *item : itemsNamed(window->contentItem(), name)) {
        if (!item->isVisible() || item->width() <= 0 || item->height() <= 0) {
            continue;
        }
        const QPointF centre = item->mapToScene({item->width() / 2, item->height() / 2});
        if (centre.x() > 0 && centre.y() > 0 && centre.x() < window->width() &&
            centre.y() < window->height()) {
            return item;
        }
    }
    return nullptr;
}

bool click(QQuickWindow *window, QQuickItem *item)
{
    if (!item) {
        return false;
    }
    QTest::mouseClick(
        window, Qt::LeftButton, {}, item->mapToScene({item->width() / 2, item->height() / 2}).toPoint());
    return true;
}

QQuickItem *currentPage(QQuickWindow *window)
{
    auto *stack = window->property("pageStack").value<QObject *>();
    return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
}

} // namespace

class MemberPagesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Demo::OParlServer> m_server;

    // The window on the test's cache, shown, with its cache controller.
    std::unique_ptr<QQmlApplicationEngine> openWindow(QQuickWindow **window, CacheController **controller)
    {
        auto engine = std::make_unique<QQmlApplicationEngine>();
        // As gui.cpp: Kirigami Addons' pages (the date picker) call i18nd().
        engine->rootContext()->setContextObject(new KLocalizedContext(engine.get()));
        // The controller takes the passphrase out of the environment when it reads it.
        qputenv("RATSMAPPE_PASSWORD", Test::passphrase().bytes());
        *controller =
            engine->singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        if (!*controller) {
            return nullptr;
        }
        (*controller)->start(m_dir.filePath(QStringLiteral("cache")));
        engine->loadFromModule("org.kde.ratsmappe", "Main");
        *window = engine->rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        if (*window) {
            (*window)->resize(1400, 900);
            (*window)->show();
        }
        return engine;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop"); // the window's look (gui.cpp)
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Demo::OParlServer>(50);
        m_server->setEmbedChildren(true);
        Demo::TownOptions options;
        options.seed = 7;
        options.size = Demo::TownSize::Small;
        options.today = QDate::currentDate(); // the overview shows the meetings ahead of today
        options.pdfCacheDir = m_dir.filePath(QStringLiteral("pdfs"));
        Demo::populateTown(*m_server, options);
        // The documents of the next weeks only: the walk needs a few, not the town's two years.
        auto cache = Test::createCache(m_dir.filePath(QStringLiteral("cache")));
        SyncScope scope;
        scope.from = QDate::currentDate().addDays(-3);
        scope.until = QDate::currentDate().addDays(21);
        scope.save(cache->database());
    }

    void walkThePages()
    {
        QQuickWindow *window = nullptr;
        CacheController *controller = nullptr;
        auto engine = openWindow(&window, &controller);
        QVERIFY(engine && window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        QCOMPARE(controller->sync()->addServer(m_server->systemUrl().toString()), QString());
        QTRY_VERIFY_WITH_TIMEOUT(controller->sync()->isRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->sync()->isRunning(), 240000);
        QVERIFY2(!controller->sync()->failed(), qPrintable(controller->sync()->resultMessage()));

        // The overview is the start page: the next meetings, ready.
        QTRY_VERIFY_WITH_TIMEOUT(currentPage(window) && currentPage(window)->property("ready").toBool(),
                                 30000);
        QTRY_VERIFY(visibleItem(window, QStringLiteral("overviewMeetingHeader")));
        screenshot(window, QStringLiteral("1-overview.png"));

        // A meeting from the overview: its header and agenda.
        QVERIFY(click(window, visibleItem(window, QStringLiteral("overviewMeetingHeader"))));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("meetingPage")));
        QQuickItem *meeting = itemNamed(window->contentItem(), QStringLiteral("meetingPage"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("agendaPaper")), 30000);
        const QString meetingId = meeting->property("meetingId").toString();
        QVERIFY(!meetingId.isEmpty());
        screenshot(window, QStringLiteral("2-meeting.png"));

        // A paper of the agenda: its path through the committees.
        QVERIFY(click(window, visibleItem(window, QStringLiteral("agendaPaper"))));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("paperPage")));
        QQuickItem *paper = itemNamed(window->contentItem(), QStringLiteral("paperPage"));
        QTRY_VERIFY_WITH_TIMEOUT(!paper->property("title").toString().isEmpty(), 30000);
        screenshot(window, QStringLiteral("3-paper.png"));

        // The meeting's committee, from the meeting page beside the paper.
        QTRY_VERIFY(visibleItem(window, QStringLiteral("meetingCommittee")));
        QVERIFY(click(window, visibleItem(window, QStringLiteral("meetingCommittee"))));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("organizationPage")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("memberDelegate")), 30000);
        screenshot(window, QStringLiteral("4-committee.png"));

        // One of its members.
        QVERIFY(click(window, visibleItem(window, QStringLiteral("memberDelegate"))));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("personPage")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("membershipDelegate")), 30000);
        screenshot(window, QStringLiteral("5-person.png"));

        // Back on the meeting page: a document opens in the reader.
        auto *stack = window->property("pageStack").value<QObject *>();
        QVERIFY(QMetaObject::invokeMethod(stack, "pop", Q_ARG(QVariant, QVariant::fromValue(meeting))));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("documentDelegate")));
        QQuickItem *document = nullptr;
        for (QQuickItem *item : itemsNamed(window->contentItem(), QStringLiteral("documentDelegate"))) {
            if (item->isVisible() && item->property("downloaded").toBool()) {
                document = item;
                break;
            }
        }
        QVERIFY2(document, "no downloaded document on the meeting page");
        QVERIFY(click(window, document));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("readerPage")));
        auto *session =
            itemNamed(window->contentItem(), QStringLiteral("readerPage"))->findChild<DocumentSession *>();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->pageImage(0).isNull(), 30000);
        screenshot(window, QStringLiteral("6-document.png"));
        // Closing the window keeps where the member was, in the cache.
        window->close();
    }

    void offlineEveryPageWorks()
    {
        m_server.reset(); // the city's server is gone
        QQuickWindow *window = nullptr;
        CacheController *controller = nullptr;
        auto engine = openWindow(&window, &controller);
        QVERIFY(engine && window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        // Back where the member was: the meeting and its document.
        QTRY_VERIFY_WITH_TIMEOUT(itemNamed(window->contentItem(), QStringLiteral("readerPage")), 30000);
        auto *session =
            itemNamed(window->contentItem(), QStringLiteral("readerPage"))->findChild<DocumentSession *>();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        QVERIFY(itemNamed(window->contentItem(), QStringLiteral("meetingPage")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("documentDelegate")), 30000);
        // The start's sync fails without the server; what is cached stays.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->sync()->isRunning(), 60000);
        QVERIFY(controller->sync()->failed());

        // The overview, from the drawer's first entry.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(currentPage(window) && currentPage(window)->property("ready").toBool(),
                                 30000);
        QTRY_VERIFY(visibleItem(window, QStringLiteral("offlineMessage")) ||
                    visibleItem(window, QStringLiteral("syncState")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("overviewMeetingHeader")));
        screenshot(window, QStringLiteral("7-offline-overview.png"));
        QVERIFY(click(window, visibleItem(window, QStringLiteral("overviewMeetingHeader"))));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("agendaPaper")), 30000);
        QVERIFY(click(window, visibleItem(window, QStringLiteral("agendaPaper"))));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("paperPage")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("meetingCommittee")));
        QVERIFY(click(window, visibleItem(window, QStringLiteral("meetingCommittee"))));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("memberDelegate")), 30000);
        // The meetings list and the council's list, from the drawer's shortcuts.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("meetingDelegate")), 30000);
        screenshot(window, QStringLiteral("8-offline-meetings.png"));
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(window, QStringLiteral("organizationDelegate")), 30000);
        screenshot(window, QStringLiteral("9-offline-council.png"));
    }
};

RATSMAPPE_TEST_MAIN(MemberPagesTest)
#include "tst_memberpages.moc"
