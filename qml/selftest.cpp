// SPDX-License-Identifier: GPL-2.0-or-later
#include "selftest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QVariantMap>

#include <cstdio>
#include <memory>
#include <vector>

namespace Ratsmappe::SelfTest {

namespace {

constexpr auto ModuleUri = "org.kde.ratsmappe";

// Messages come from any thread (the render thread warns too).
QMutex problemsMutex;
QStringList problems;
QtMessageHandler previousHandler = nullptr;

// Kirigami Addons 1.7 reads its own enum through its module's name while the dialog is being
// created; the value it then falls back to is the intended default. Nothing else is forgiven.
bool isKnownUpstreamWarning(const QString &message)
{
    return message.endsWith(QLatin1String("kirigamiaddons/components/MessageDialog.qml:39: TypeError: Cannot "
                                          "read property 'Success' of undefined"));
}

void addProblem(const QString &problem)
{
    if (isKnownUpstreamWarning(problem)) {
        return;
    }
    const QMutexLocker lock(&problemsMutex);
    problems << problem;
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        addProblem(message);
    }
    previousHandler(type, context, message);
}

void addErrors(const QList<QQmlError> &errors)
{
    for (const QQmlError &error : errors) {
        std::fprintf(stderr,
                     "%s%s\n",
                     qPrintable(error.toString()),
                     isKnownUpstreamWarning(error.toString()) ? " (known Kirigami Addons warning, ignored)"
                                                              : "");
        addProblem(error.toString());
    }
}

// Lets the window lay out and draw once, so warnings from bindings that only run then show up.
void waitForFrame(QQuickWindow *window)
{
    QEventLoop loop;
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(10), &loop, [&loop] {
        addProblem(QStringLiteral("The main window drew no frame within 10 seconds."));
        loop.quit();
    });
    window->requestUpdate();
    loop.exec();
}

// Every QML file of the module, so that a new page is covered without being listed here.
QStringList moduleTypes()
{
    QStringList types;
    QDirIterator files(QStringLiteral(":/qt/qml/org/kde/ratsmappe"), {QStringLiteral("*.qml")});
    while (files.hasNext()) {
        types << QFileInfo(files.next()).baseName();
    }
    types.sort();
    return types;
}

// Opens a meeting the way a click in the meetings list does, so that warnings of the navigation
// itself (how a page is created and pushed) count as well as those of loading each page.
void openMeeting(QQuickWindow *window)
{
    auto *stack = window->property("pageStack").value<QObject *>();
    auto *meetings = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
    if (!meetings || meetings->objectName() != QLatin1String("meetingsPage")) {
        addProblem(QStringLiteral("The meetings page is not the first page."));
        return;
    }
    if (!QMetaObject::invokeMethod(meetings,
                                   "openMeeting",
                                   Q_ARG(QString, QStringLiteral("https://ris.example/meeting/self-test")),
                                   Q_ARG(QString, QStringLiteral("Self-test")),
                                   Q_ARG(QString, QString()))) {
        addProblem(QStringLiteral("MeetingsPage.openMeeting() cannot be called."));
        return;
    }
    waitForFrame(window);
    auto *current = stack->property("currentItem").value<QObject *>();
    if (!current || current->objectName() != QLatin1String("meetingPage")) {
        addProblem(QStringLiteral("Opening a meeting did not show the meeting page."));
    }
}

// A page that takes its subject as a required property gets one that is not in the cache.
QVariantMap subjectOf(const QString &type)
{
    if (type == QLatin1String("ReaderPage")) {
        return {{QStringLiteral("fileId"), QStringLiteral("https://ris.example/file/self-test")}};
    }
    return {};
}

// Parts of a page with required properties that only their page can give (the document it
// shows): they load with that page, ReaderPage, which is created on its own.
bool isPartOfAPage(const QString &type)
{
    return type.startsWith(QLatin1String("Reader")) && type != QLatin1String("ReaderPage");
}

} // namespace

void collectWarnings()
{
    previousHandler = qInstallMessageHandler(recordMessage);
}

int run(QQmlApplicationEngine &engine)
{
    // From the signal rather than the message log, which logging rules could silence.
    engine.setOutputWarningsToStandardError(false);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, addErrors);

    engine.loadFromModule(ModuleUri, "Main");
    const QList<QObject *> roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!window) {
        addProblem(QStringLiteral("Main did not load as a window."));
    } else {
        openMeeting(window);
        std::vector<std::unique_ptr<QObject>> objects;
        for (const QString &type : moduleTypes()) {
            if (type == QLatin1String("Main") || isPartOfAPage(type)) {
                continue;
            }
            QQmlComponent component(&engine, ModuleUri, type);
            objects.emplace_back(component.createWithInitialProperties(subjectOf(type)));
            if (!objects.back()) {
                addErrors(component.errors());
            } else if (auto *item = qobject_cast<QQuickItem *>(objects.back().get())) {
                // Inside the window, where the pages live: attached window properties resolve.
                item->setParentItem(window->contentItem());
            }
            std::printf("%s %s\n", objects.back() ? "Created" : "FAILED", qPrintable(type));
        }
        waitForFrame(window);
        objects.clear();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    const QMutexLocker lock(&problemsMutex);
    if (problems.isEmpty()) {
        std::printf("Self-test passed.\n");
        return 0;
    }
    std::fprintf(stderr,
                 "ratsmappe --self-test: %lld problem(s), see above.\n",
                 static_cast<long long>(problems.size()));
    return 1;
}

} // namespace Ratsmappe::SelfTest
