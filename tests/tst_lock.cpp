// SPDX-License-Identifier: GPL-2.0-or-later
// Locking the window (issue 15), through the app's own Main.qml over a real encrypted cache
// whose key also sits in a real Secret Service (tests/with-secret-service.sh): the window opens
// with the keychain as at start, shows a document, then locks after the (shortened) idle delay.
// Locked, its image is the lock screen's alone (no document text), the cache is closed, no data
// key is left in memory, the reader's page images are gone; the keychain does not get past the
// lock screen, a wrong passphrase does not either, and the right one returns to the same page.
// The desktop's screen saver signal on D-Bus locks it too. With RATSMAPPE_SCREENSHOT_DIR set,
// the window is saved there before, while and after locked, to be looked at.

#include "cachecontroller.h"
#include "documentsession.h"
#include "lockcontroller.h"
#include "readerfixture.h"
#include "secretkeys.h"
#include "testmain.h"
#include "testutil.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Ratsmappe;
using Test::itemNamed;

namespace {

void screenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("RATSMAPPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        image.save(dir + QLatin1Char('/') + name);
    }
}

// The share of pixels that differ between two images of the same size (1 when sizes differ).
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull()) {
        return 1;
    }
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            differing += p[col] != q[col] ? 1 : 0;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

class LockTest : public QObject
{
    Q_OBJECT

    Test::ReaderFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        RATSMAPPE_REQUIRE(qEnvironmentVariableIsSet("RATSMAPPE_TEST_SECRET_SERVICE"),
                          "a Secret Service (tests/with-secret-service.sh)");
        QVERIFY(m_fixture.setUp());
        // The window's controller opens the cache with the keychain, as at a desktop's start.
        m_fixture.controller->cache()->setKeychainEnabled(true);
        m_fixture.controller.reset();
        qunsetenv("RATSMAPPE_PASSWORD");
    }

    void idleLockHidesEverythingAndUnlockReturns()
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop"); // the window's look (gui.cpp)
        QQmlApplicationEngine engine;
        auto *controller =
            engine.singletonInstance<CacheController *>("org.kde.ratsmappe.app", "CacheController");
        QVERIFY(controller);
        controller->start(m_fixture.cacheDir());
        QCOMPARE(controller->state(), CacheController::Unlocked); // by the keychain, at start
        controller->documentCheck()->markVerified(m_fixture.version);
        QVERIFY(liveSecretKeys() > 0);

        engine.loadFromModule("org.kde.ratsmappe", "Main");
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *lock = window->findChild<LockController *>();
        QVERIFY(lock);
        QVERIFY(!lock->isLocked());

        // A document open on its fifth page, rendered.
        QVERIFY(QMetaObject::invokeMethod(window, "openDocument", Q_ARG(QString, m_fixture.fileId)));
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("readerPage")));
        QQuickItem *reader = itemNamed(window->contentItem(), QStringLiteral("readerPage"));
        QPointer<DocumentSession> session = reader->findChild<DocumentSession *>();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        QVERIFY(QMetaObject::invokeMethod(reader, "goToPage", Q_ARG(int, 4)));
        QTRY_COMPARE_WITH_TIMEOUT(reader->property("currentPage").toInt(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->pageImage(4).isNull(), 30000);
        QVERIFY(session->cachedImageCount() > 0);
        QTest::qWait(300); // the page is drawn before the window is grabbed
        const QImage before = window->grabWindow();
        screenshot(before, QStringLiteral("lock-before.png"));

        // Idle: no input for the (shortened) delay.
        lock->setIdleDelayOverride(1000);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
        lock->setIdleDelayOverride(10 * 60 * 1000); // no second lock while the test goes on
        QCOMPARE(controller->state(), CacheController::Locked);
        QVERIFY(!controller->cache());
        QCOMPARE(liveSecretKeys(), 0); // every key's buffer was wiped and freed
        QVERIFY(!session || session->cachedImageCount() == 0); // its page images went at once
        QTRY_VERIFY(!session); // the reader page and its session are gone
        QVERIFY(!itemNamed(window->contentItem(), QStringLiteral("readerPage")));
        QVERIFY(!window->title().contains(QStringLiteral("Haushalt")));

        QQuickItem *screen = itemNamed(window->contentItem(), QStringLiteral("lockScreen"));
        QVERIFY(screen && screen->isVisible());
        QTest::qWait(300);
        const QImage locked = window->grabWindow();
        screenshot(locked, QStringLiteral("lock-locked.png"));

        // The lock screen alone, in a window of the same size, with the focus in its field as
        // the locked window has it (one window is active at a time).
        window->hide();
        QQmlComponent alone(&engine);
        alone.setData(QStringLiteral("import QtQuick\nimport org.kde.kirigami as Kirigami\n"
                                     "import org.kde.ratsmappe.lock\n"
                                     "Kirigami.ApplicationWindow { width: %1; height: %2; visible: true\n"
                                     "LockScreen { parent: overlay; anchors.fill: parent } }\n")
                          .arg(window->width())
                          .arg(window->height())
                          .toUtf8(),
                      QUrl(QStringLiteral("qrc:/tst_lock/Alone.qml")));
        std::unique_ptr<QObject> aloneRoot(alone.create());
        QVERIFY2(aloneRoot, qPrintable(alone.errorString()));
        auto *aloneWindow = qobject_cast<QQuickWindow *>(aloneRoot.get());
        QVERIFY(QTest::qWaitForWindowExposed(aloneWindow));
        aloneWindow->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(aloneWindow));
        QQuickItem *aloneScreen = itemNamed(aloneWindow->contentItem(), QStringLiteral("lockScreen"));
        QVERIFY(aloneScreen);
        QVERIFY(QMetaObject::invokeMethod(aloneScreen, "focusField"));
        QTest::qWait(300);
        const QImage lockScreenOnly = aloneWindow->grabWindow();
        screenshot(lockScreenOnly, QStringLiteral("lock-screen-alone.png"));
        aloneRoot.reset();
        window->show();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // Only the text cursor may blink differently; the document covered most of the window.
        const double fromAlone = differingShare(locked, lockScreenOnly);
        QVERIFY2(fromAlone < 0.0005, qPrintable(QString::number(fromAlone)));
        QVERIFY(differingShare(before, locked) > 0.05);

        // The keychain still holds the key, but a lock is only undone by the passphrase: a wrong
        // one (its check takes Argon2's time, during which nothing else may unlock) is refused.
        controller->unlock(QStringLiteral("nicht die richtige Passphrase"));
        QCOMPARE(controller->state(), CacheController::Unlocking);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Locked, 60000);
        QVERIFY(!controller->errorMessage().isEmpty());
        QVERIFY(lock->isLocked());
        QVERIFY(!controller->cache());

        controller->unlock(QString::fromUtf8(Test::passphrase().bytes()));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), CacheController::Unlocked, 60000);
        QVERIFY(!lock->isLocked());
        QVERIFY(!screen->isVisible());
        // Back where it was: the reader on the same document at the same page.
        QTRY_VERIFY(itemNamed(window->contentItem(), QStringLiteral("readerPage")));
        reader = itemNamed(window->contentItem(), QStringLiteral("readerPage"));
        QCOMPARE(reader->property("fileId").toString(), m_fixture.fileId);
        session = reader->findChild<DocumentSession *>();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->status(), DocumentSession::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(reader->property("currentPage").toInt(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->pageImage(4).isNull(), 30000);
        QTest::qWait(300);
        screenshot(window->grabWindow(), QStringLiteral("lock-unlocked.png"));

        // The desktop's screen locks: the window locks too.
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.isConnected());
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                         QStringLiteral("org.freedesktop.ScreenSaver"),
                                                         QStringLiteral("ActiveChanged"));
        signal << true;
        QVERIFY(bus.send(signal));
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
        QCOMPARE(controller->state(), CacheController::Locked);
        QCOMPARE(liveSecretKeys(), 0);
    }
};

RATSMAPPE_TEST_MAIN(LockTest)
#include "tst_lock.moc"
