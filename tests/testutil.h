// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"
#include "objectstore.h"
#include "secret.h"
#include "storeerror.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ratsmappe::Test {

/// Pins what a test must not inherit from the machine: locale, time zone, user folders.
void pinEnvironment();

/// A home of the test's own for the whole run: HOME, the XDG data, config and cache folders
/// and TMPDIR point into one temporary folder (removed at the end), the locale is C.UTF-8, the
/// time zone UTC, and no language, cache or passphrase setting of the machine leaks in.
/// Made by RATSMAPPE_TEST_MAIN before the application object, so child processes inherit it.
class TestHome
{
public:
    TestHome();
    ~TestHome();
    TestHome(const TestHome &) = delete;
    TestHome &operator=(const TestHome &) = delete;

private:
    QByteArray m_path;
};

/// Whether a missing fixture or tool fails the test instead of skipping it: under CI, or
/// whenever RATSMAPPE_REQUIRE_FIXTURES is set.
bool requirementsEnforced();

/// Records that a test skipped (see RATSMAPPE_REQUIRE).
void noteSkip();

/// The exit code of a test program: QtTest's result, or ctest's skip code (77) when something
/// was skipped and nothing failed, so a skip never shows as a pass.
int finish(int qtestResult);

SecretBytes passphrase(const char *text = "correct horse battery");

/// What failureOf() gives when the call threw nothing.
inline constexpr StoreError::Kind NoFailure = StoreError::Kind(-1);
/// The kind of StoreError \a f throws, or NoFailure.
StoreError::Kind failureOf(const std::function<void()> &f);

/// A new cache in \a dir (which must not hold one yet).
std::unique_ptr<Cache> createCache(const QString &dir, QString *recoveryKey = nullptr);

/// Every file below \a dir that contains one of \a markers, as "file: marker" lines.
/// Reads every byte of every file, whatever its name.
QStringList findMarkers(const QString &dir, const QByteArrayList &markers);

/// A File row \a fileId (named \a name when given) and one complete PDF version of it holding
/// \a bytes; returns the version's id.
qint64 storeDocument(Cache &cache, const QString &fileId, const QByteArray &bytes, const QString &name = {});

/// The kind of an OParl "type" URI ("https://schema.oparl.org/1.1/Meeting" → Meeting).
ObjectKind objectKindOfType(const QString &type);

/// The folder of the built programs (ratsmappe and the test helpers).
QString binDir();

/// A TCP socket bound to a free loopback port (listening when \a listen), for test servers
/// that must not be Qt objects of the test's thread; sets \a port. Fails the program when
/// loopback cannot be had.
int bindLoopback(quint16 *port, bool listen);

/// The permission bits of \a path (st_mode & 0777), or -1 when it does not exist.
int fileMode(const QString &path);

/// Sets the process's umask for its lifetime (children inherit it), then restores the old one.
class ScopedUmask
{
public:
    explicit ScopedUmask(unsigned mask);
    ~ScopedUmask();
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    unsigned m_old;
};

/// Writes \a contents to \a dir/\a name and returns the path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &contents);

/// A loopback port bound by the test but not listening: connections to it are refused at once,
/// and no other program can take the port while this object lives (unlike a port that was
/// free a moment ago).
class RefusingPort
{
public:
    RefusingPort();
    ~RefusingPort();
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT/oparl/system
    QString systemUrl() const;

private:
    quint16 m_port = 0; // before m_fd: bindLoopback() sets it while m_fd is initialised
    int m_fd = -1;
};

/// What a run of the `ratsmappe` program gave.
struct Run
{
    int exitCode = -1; ///< -2: crashed; -1: did not finish within the limit (killed)
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

/// The environment for a run of `ratsmappe` that must neither prompt nor wait: the test's own
/// (TestHome: its home, C.UTF-8, no passphrase or cache setting of the machine), with the
/// session bus pointed nowhere, so no keychain answers.
QProcessEnvironment cliEnvironment();

/// Runs the built `ratsmappe` with stdin closed (not a terminal). Waits in an event loop, so a
/// server living in the test process keeps answering meanwhile.
Run runRatsmappe(const QStringList &args, const QProcessEnvironment &env);
/// The same with \a input on stdin (a pipe, closed after it).
Run runRatsmappeWithInput(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input);
/// The same for another program of the build (e.g. "ratsmappe-probe"); \a input as above, or
/// stdin closed when it is null.
Run runProgram(const QString &program,
               const QStringList &args,
               const QProcessEnvironment &env,
               const QByteArray &input = {});

/// How a run of `ratsmappe` that the test meant to interrupt ended. Only a SIGKILL the test
/// sent itself counts as a kill: a hang, a crash or any other signal is a failure of its own.
struct KillableRun
{
    enum class End { Exited, KilledByTest, Crashed, Hung };
    End end = End::Hung;
    int exitCode = -1; ///< the exit code, or the signal that ended the process
    QByteArray err;
    /// A line for a failed check: how it ended and what it printed on stderr.
    QByteArray describe() const;
};

/// Runs `ratsmappe` and sends it SIGKILL as soon as \a killWhen returns true (checked from the
/// event loop while the child runs; an empty function never kills). A run that has not ended
/// after \a limitMs is killed and reported as hung.
KillableRun runRatsmappeKillable(const QStringList &args,
                                 const QProcessEnvironment &env,
                                 const std::function<bool()> &killWhen,
                                 int limitMs = 180000);

} // namespace Ratsmappe::Test
