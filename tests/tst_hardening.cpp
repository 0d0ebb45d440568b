// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 12: the running `ratsmappe` window seen from outside. No core file (RLIMIT_CORE 0 even
// when it was started with core dumps on), not dumpable: another process of the same user
// cannot read its memory or environment; the passphrase is gone from its environment once
// read; its temporary folder is a private one in XDG_RUNTIME_DIR, emptied when it quits; a
// scripted first start never prints the recovery key to stderr (the journal).

#include "cache.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Ratsmappe;

namespace {

// While it lives, this thread (credentials are per thread on Linux) has no effective
// capabilities: it is "another process of the same user", not root with CAP_SYS_PTRACE, which
// may read any process. The permitted set stays, so they come back afterwards. The window runs
// without capabilities too, so that only its own dumpable flag decides.
class WithoutCapabilities
{
public:
    WithoutCapabilities()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        m_ok = ::syscall(SYS_capget, &m_header, m_saved) == 0;
        __user_cap_data_struct none[2] = {};
        for (int i = 0; i < 2; ++i) {
            none[i].permitted = m_saved[i].permitted;
            none[i].inheritable = m_saved[i].inheritable;
        }
        m_ok = m_ok && ::syscall(SYS_capset, &m_header, none) == 0;
    }
    ~WithoutCapabilities() { ::syscall(SYS_capset, &m_header, m_saved); }
    WithoutCapabilities(const WithoutCapabilities &) = delete;
    WithoutCapabilities &operator=(const WithoutCapabilities &) = delete;
    bool ok() const { return m_ok; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2] = {};
    bool m_ok = false;
};

// The line "Max core file size  SOFT  HARD  bytes" of /proc/PID/limits, as "SOFT HARD".
QString coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unreadable");
    }
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QStringList fields =
                QString::fromLatin1(line.mid(18)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return fields.mid(0, 2).join(QLatin1Char(' '));
        }
    }
    return QStringLiteral("missing");
}

// Opens a /proc file of \a pid: the errno when that fails, 0 when it worked. The kernel checks
// access when the file is opened (a read of /proc/PID/mem at 0 fails anyway: nothing is mapped).
int openProcFile(qint64 pid, const char *name)
{
    const QByteArray path = QStringLiteral("/proc/%1/").arg(pid).toLatin1() + name;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    ::close(fd);
    return 0;
}

} // namespace

class HardeningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningWindowKeepsItsSecretsInside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        const QString runtimeDir = dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtimeDir));
        QVERIFY(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray passphrase = Test::passphrase().bytes();

        QProcessEnvironment env = Test::cliEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("RATSMAPPE_CACHE"), cacheDir);
        env.insert(QStringLiteral("RATSMAPPE_PASSWORD"), QString::fromUtf8(passphrase));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);

        QProcess app;
        app.setProcessEnvironment(env);
        app.setStandardInputFile(QProcess::nullDevice());
        app.setStandardOutputFile(QProcess::nullDevice());
        // As a member's session may have it: core dumps on, as far as this process may. And no
        // capabilities, even when the test runs as root: a process of an ordinary user, which
        // another one of that user may inspect unless it forbids it itself (with root's
        // capabilities it could be inspected only by a holder of CAP_SYS_PTRACE anyway).
        app.setChildProcessModifier([] {
            ::prctl(PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NOROOT_LOCKED, 0, 0, 0);
            __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
            __user_cap_data_struct none[2] = {};
            ::syscall(SYS_capset, &header, none);
            rlimit core{};
            getrlimit(RLIMIT_CORE, &core);
            core.rlim_cur = core.rlim_max = RLIM_INFINITY;
            if (setrlimit(RLIMIT_CORE, &core) != 0) {
                getrlimit(RLIMIT_CORE, &core);
                core.rlim_cur = core.rlim_max;
                setrlimit(RLIMIT_CORE, &core);
            }
        });
        app.start(Test::binDir() + QStringLiteral("/ratsmappe"), {});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        const qint64 pid = app.processId();

        // A first start from RATSMAPPE_PASSWORD: the cache is made, then the window would
        // show (or print) its recovery key.
        QTRY_VERIFY_WITH_TIMEOUT(Cache::exists(cacheDir), 60000);
        QTest::qWait(3000);
        QCOMPARE(app.state(), QProcess::Running);

        // Every finding is collected, so that one run names all that is wrong.
        QStringList problems;
        if (const QString limit = coreLimit(pid); limit != QLatin1String("0 0")) {
            problems << QStringLiteral("core file size limit is \"%1\", not \"0 0\"").arg(limit);
        }

        {
            WithoutCapabilities asAnotherProcess;
            QVERIFY(asAnotherProcess.ok());
            // The parent may look at its child when the process is dumpable (Yama's ptrace
            // scope allows descendants): a refusal here is the process's own doing.
            for (const char *name : {"environ", "mem"}) {
                const int error = openProcFile(pid, name);
                if (error != EACCES && error != EPERM) {
                    problems << QStringLiteral("another process of the user can open /proc/PID/%1 (errno %2)")
                                    .arg(QLatin1String(name))
                                    .arg(error);
                }
            }
        }

        // The passphrase is taken out of the environment once read: as root (CAP_SYS_PTRACE)
        // the test still sees the block the process started with, now without it.
        QFile startEnvironment(QStringLiteral("/proc/%1/environ").arg(pid));
        if (startEnvironment.open(QIODevice::ReadOnly)) {
            const QByteArray block = startEnvironment.readAll();
            QVERIFY(block.contains("RATSMAPPE_CACHE="));
            if (block.contains(passphrase)) {
                problems << QStringLiteral("the passphrase is still in /proc/PID/environ");
            }
        } else {
            qWarning("not root: the process's environment is unreadable, as it should be");
        }

        // Its temporary folder: private, below XDG_RUNTIME_DIR.
        const QString tempDir = runtimeDir + QStringLiteral("/ratsmappe/tmp-%1").arg(pid);
        struct stat st{};
        const bool madeTempDir = ::stat(QFile::encodeName(tempDir).constData(), &st) == 0;
        if (!madeTempDir) {
            problems << QStringLiteral("no temporary folder %1").arg(tempDir);
        } else if (!S_ISDIR(st.st_mode) || (st.st_mode & 07777) != 0700 || st.st_uid != ::geteuid()) {
            problems << QStringLiteral("temporary folder mode %1 owner %2")
                            .arg(st.st_mode & 07777, 0, 8)
                            .arg(st.st_uid);
        } else {
            Test::writeFile(tempDir, QStringLiteral("spool"), "a print job");
        }

        // The end of the session: SIGTERM quits like closing the window, and the folder goes.
        app.terminate();
        QVERIFY(app.waitForFinished(30000));
        if (app.exitStatus() != QProcess::NormalExit) {
            problems << QStringLiteral("SIGTERM killed the window instead of ending it");
        }
        if (madeTempDir && QFileInfo::exists(tempDir)) {
            problems << QStringLiteral("the temporary folder is still there after the exit");
        }

        // Nothing on stderr (the journal) holds the recovery key or the passphrase.
        const QByteArray err = app.readAllStandardError();
        const QRegularExpression recoveryKey(QStringLiteral("([A-Z2-7]{4}-){12}[A-Z2-7]{4}"));
        if (recoveryKey.match(QString::fromUtf8(err)).hasMatch()) {
            problems << QStringLiteral("the recovery key is on stderr");
        }
        if (err.contains(passphrase)) {
            problems << QStringLiteral("the passphrase is on stderr");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(HardeningTest)
#include "tst_hardening.moc"
