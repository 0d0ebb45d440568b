// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Every test program's main(): like QTEST_MAIN, but in a home of its own (Test::TestHome) with
// the locale and time zone pinned, and with skips reported to ctest as skips (exit 77), never
// as passes. Missing fixtures and tools go through RATSMAPPE_REQUIRE, never a bare QSKIP.

#include "testutil.h"

#include <QCoreApplication>
#include <QTest>

#define RATSMAPPE_TEST_MAIN_WITH(TestObject, AppType, ...)                                                   \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        Ratsmappe::Test::TestHome home;                                                                      \
        AppType app(argc, argv);                                                                             \
        __VA_ARGS__                                                                                          \
        Ratsmappe::Test::pinEnvironment();                                                                   \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return Ratsmappe::Test::finish(QTest::qExec(&tc, argc, argv));                                       \
    }

/// A test without a GUI (QCoreApplication).
#define RATSMAPPE_TEST_GUILESS_MAIN(TestObject) RATSMAPPE_TEST_MAIN_WITH(TestObject, QCoreApplication, )

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define RATSMAPPE_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define RATSMAPPE_TEST_APPLICATION QGuiApplication
#else
#define RATSMAPPE_TEST_APPLICATION QCoreApplication
#endif

/// A test with a GUI application object (QApplication where the test links Qt Widgets).
#define RATSMAPPE_TEST_MAIN(TestObject)                                                                      \
    RATSMAPPE_TEST_MAIN_WITH(TestObject, RATSMAPPE_TEST_APPLICATION, app.setAttribute(Qt::AA_Use96Dpi, true);)

/// Fixtures and tools a test needs: where \a condition does not hold, the test fails under CI
/// (or with RATSMAPPE_REQUIRE_FIXTURES set) naming \a what is missing, and skips elsewhere —
/// a skip that the program's exit code reports to ctest as a skip.
#define RATSMAPPE_REQUIRE(condition, what)                                                                   \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            const QByteArray missing__ = QByteArray("missing: ") + QByteArray(what);                         \
            if (Ratsmappe::Test::requirementsEnforced()) {                                                   \
                QFAIL(missing__.constData());                                                                \
            }                                                                                                \
            Ratsmappe::Test::noteSkip();                                                                     \
            QSKIP(missing__.constData());                                                                    \
        }                                                                                                    \
    } while (false)
