// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui.h"

#include "applicationinfo.h"
#include "cache.h"
#include "cachecontroller.h"
#include "privatetempdir.h"
#include "selftest.h"

#include <KAboutData>
#include <KLocalizedContext>
#include <KLocalizedString>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QUrl>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Ratsmappe {

namespace {

constexpr auto ModuleUri = "org.kde.ratsmappe";
constexpr auto AppModuleUri = "org.kde.ratsmappe.app";

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// "ratsmappe.de" and "ratsmappe" give "de.ratsmappe.ratsmappe".
QString desktopFileName()
{
    QStringList parts = QCoreApplication::organizationDomain().split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + QCoreApplication::applicationName();
}

void setAboutData()
{
    // No bug address: the default would send reports to bugs.kde.org.
    KAboutData about(
        QCoreApplication::applicationName(),
        QStringLiteral("Ratsmappe"),
        QCoreApplication::applicationVersion(),
        QCoreApplication::translate("Ratsmappe::Gui", "Council documents, offline and encrypted"),
        KAboutLicense::GPL_V2,
        QCoreApplication::translate("Ratsmappe::Gui", "© The Ratsmappe authors"),
        QString(),
        QString(),
        QString());
    about.setLicense(KAboutLicense::GPL_V2, KAboutLicense::OrLaterVersions);
    // setApplicationData() copies these into QCoreApplication; the defaults (kde.org) would
    // move the cache folder away from the one the command line uses.
    about.setOrganizationDomain(QCoreApplication::organizationDomain().toUtf8());
    about.setDesktopFileName(desktopFileName());
    KAboutData::setApplicationData(about);
}

// Outside a Plasma session nothing picks the KDE look, and Kirigami would fall back to a
// plain style without icons. Qt names "hicolor" when no desktop chose an icon theme.
void chooseKdeLook()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
    }
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor")) {
        QIcon::setThemeName(QStringLiteral("breeze"));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("folder-documents")));
}

QString cacheDirectory()
{
    return qEnvironmentVariableIsSet("RATSMAPPE_CACHE") ? qEnvironmentVariable("RATSMAPPE_CACHE")
                                                        : Cache::defaultDirectory();
}

struct GuiOptions
{
    QString server;
    QString open; // a file id to show in the reader once the cache is open
};

// The window's own options; commands have theirs (CommandLine). Exits on --help and errors.
GuiOptions parseOptions(const QApplication &app, QCommandLineParser &parser, const GuiExtension *extension)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Ratsmappe::Gui", "Without a command, Ratsmappe opens its window."));
    parser.addHelpOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "Ratsmappe::Gui", "Add this council server (its OParl System URL) when the cache has none yet."),
        QStringLiteral("URL"));
    QCommandLineOption open(QStringLiteral("open-document"), QString(), QStringLiteral("FILE_ID"));
    open.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selfTest(QStringLiteral("self-test"));
    selfTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, open, selfTest});
    if (extension) {
        parser.addOptions(extension->options());
    }
    parser.process(app);
    return {parser.value(server), parser.value(open)};
}

// Waits a little for a running sync when the window has closed. The engine cannot stop inside
// a run; every page it stored is committed, so ending the process is as safe as a crash,
// which the cache survives (WAL).
int finish(CacheController &controller, PrivateTempDir &tempDir, int exitCode)
{
    if (!controller.sync()->stop(std::chrono::seconds(10))) {
        tempDir.remove(); // _Exit runs no destructor
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "Ratsmappe::Gui",
                         "Quitting during a sync; the next sync continues where this one stopped.")));
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    return exitCode;
}

// Page images (a few MB each) are made on the render threads and freed on this one. With
// glibc's moving mmap threshold they soon come from the heap arenas, which keep the freed
// memory: scrolling through 1,032 pages peaked at 511 MB, 461 MB with images always mapped
// (ratsmappe-probe --probe-scroll). A fixed threshold hands every page image back at once.
void returnLargeBlocksAtOnce()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

// The end of a session (SIGTERM, SIGHUP) or Ctrl+C ends the event loop like closing the
// window does, so the temporary folder is emptied and a running sync is waited for. The
// handler only writes a byte; the loop reads it.
int s_signalFds[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalFds) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(s_signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalFds[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action{};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : {SIGTERM, SIGHUP, SIGINT}) {
        sigaction(number, &action, nullptr);
    }
}

} // namespace

int runGui(int &argc, char **argv, GuiExtension *extension)
{
    returnLargeBlocksAtOnce();
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    if (selfTest) {
        SelfTest::collectWarnings();
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }

    // Before the application object: Qt's print engine spools whole jobs into TMPDIR.
    PrivateTempDir tempDir;
    QApplication app(argc, argv);
    quitOnTerminationSignals(app);
    setApplicationMetadata();
    installTranslations();
    setAboutData();
    chooseKdeLook();
    QCommandLineParser parser;
    const GuiOptions options = parseOptions(app, parser, extension);

    QQmlApplicationEngine engine;
    // Kirigami Addons' pages call i18nd() and its kin (KI18n); our own QML uses qsTr().
    KLocalizedString::setApplicationDomain(QByteArrayLiteral("ratsmappe"));
    engine.rootContext()->setContextObject(new KLocalizedContext(&engine));
    auto *controller = engine.singletonInstance<CacheController *>(AppModuleUri, "CacheController");
    // The self-test never opens the member's own cache, only one named explicitly.
    if (!options.server.isEmpty()) {
        controller->setInitialServer(options.server);
    }
    if (!selfTest || qEnvironmentVariableIsSet("RATSMAPPE_CACHE")) {
        controller->start(cacheDirectory());
    }

    if (selfTest) {
        return finish(*controller, tempDir, SelfTest::run(engine));
    }
    engine.loadFromModule(ModuleUri, "Main");
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        return finish(*controller, tempDir, 1);
    }
    if (!options.open.isEmpty()) {
        // For screenshots and manual checks: the reader once the cache is open.
        const auto openOnce = [controller, window, fileId = options.open, done = std::make_shared<bool>()] {
            if (!*done && controller->state() == CacheController::Unlocked) {
                *done = true;
                QMetaObject::invokeMethod(window, "openDocument", Q_ARG(QString, fileId));
            }
        };
        QObject::connect(controller, &CacheController::stateChanged, window, openOnce);
        QMetaObject::invokeMethod(window, openOnce, Qt::QueuedConnection);
    }
    if (extension) {
        extension->attach(parser, *controller, *window);
    }
    return finish(*controller, tempDir, QApplication::exec());
}

} // namespace Ratsmappe
