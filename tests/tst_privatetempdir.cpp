// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 12: the window's temporary folder, where Qt's print engine spools whole print jobs, is a
// private folder in memory: below XDG_RUNTIME_DIR, else /dev/shm; 0700 and owned; emptied when
// it goes. Without either, none is made and the reason is given (printing is then off).

#include "privatetempdir.h"
#include "testmain.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Ratsmappe;

namespace {

void verifyPrivate(const QString &path)
{
    struct stat st{};
    QVERIFY2(::lstat(QFile::encodeName(path).constData(), &st) == 0, qPrintable(path));
    QVERIFY(S_ISDIR(st.st_mode));
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QCOMPARE(st.st_uid, ::geteuid());
}

// Makes a file in the folder through Qt, as the print engine would, and checks where it went.
void verifyTempFilesGoThere(const QString &path)
{
    QCOMPARE(QDir::tempPath(), path);
    QCOMPARE(qEnvironmentVariable("TMPDIR"), path);
    QVERIFY(PrivateTempDir::problemWith(QDir::tempPath()).isEmpty());
    Test::writeFile(QDir::tempPath(), QStringLiteral("spool"), "%PDF-1.7 a print job");
}

} // namespace

class PrivateTempDirTest : public QObject
{
    Q_OBJECT

    QByteArray m_tmpdir;
    QByteArray m_runtimeDir;

private Q_SLOTS:
    void init()
    {
        m_tmpdir = qgetenv("TMPDIR");
        m_runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    }
    void cleanup()
    {
        qputenv("TMPDIR", m_tmpdir);
        if (m_runtimeDir.isNull()) {
            qunsetenv("XDG_RUNTIME_DIR");
        } else {
            qputenv("XDG_RUNTIME_DIR", m_runtimeDir);
        }
    }

    void belowXdgRuntimeDir()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        const QString expected = runtime.path() + QStringLiteral("/ratsmappe/tmp-%1").arg(::getpid());
        {
            PrivateTempDir temp;
            QCOMPARE(temp.path(), expected);
            QVERIFY(temp.problem().isEmpty());
            verifyPrivate(runtime.path() + QStringLiteral("/ratsmappe"));
            verifyPrivate(temp.path());
            verifyTempFilesGoThere(temp.path());
        }
        QVERIFY(!QFileInfo::exists(expected));
        QVERIFY(QDir(runtime.path() + QStringLiteral("/ratsmappe")).isEmpty());
    }

    void inDevShmWithoutXdgRuntimeDir()
    {
        RATSMAPPE_REQUIRE(QFileInfo(QStringLiteral("/dev/shm")).isDir(), "/dev/shm");
        qunsetenv("XDG_RUNTIME_DIR");
        const QString base = QStringLiteral("/dev/shm/ratsmappe-%1").arg(::geteuid());
        const QString expected = base + QStringLiteral("/tmp-%1").arg(::getpid());
        {
            PrivateTempDir temp;
            QCOMPARE(temp.path(), expected);
            verifyPrivate(base);
            verifyPrivate(temp.path());
            verifyTempFilesGoThere(temp.path());
        }
        QVERIFY(!QFileInfo::exists(expected));
    }

    void neitherMeansNoneAndAReason()
    {
        const QByteArray before = qgetenv("TMPDIR");
        PrivateTempDir temp{QString(), QString()};
        QVERIFY(temp.path().isEmpty());
        QVERIFY(!temp.problem().isEmpty());
        QCOMPARE(qgetenv("TMPDIR"), before);

        // A shared temporary folder is named as the reason printing is off.
        QTemporaryDir open;
        QVERIFY(QFile::setPermissions(open.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther));
        QVERIFY(!PrivateTempDir::problemWith(open.path()).isEmpty());
        QVERIFY(!PrivateTempDir::problemWith(QStringLiteral("/nonexistent")).isEmpty());
    }

    // In a world-writable folder someone else may have put the name first: a link is refused.
    void aPlantedLinkIsRefused()
    {
        QTemporaryDir shm;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), shm.path() + QStringLiteral("/ratsmappe-%1").arg(::geteuid())));
        PrivateTempDir temp(QString(), shm.path());
        QVERIFY(temp.path().isEmpty());
        QVERIFY(!temp.problem().isEmpty());
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    // A folder left by a process that is gone (a crash) is removed by the next start.
    void staleFoldersGo()
    {
        QTemporaryDir runtime;
        const QString stale = runtime.path() + QStringLiteral("/ratsmappe/tmp-999999999");
        QVERIFY(QDir().mkpath(stale));
        Test::writeFile(stale, QStringLiteral("spool"), "left behind");
        PrivateTempDir temp(runtime.path(), QString());
        QVERIFY(!temp.path().isEmpty());
        QVERIFY(!QFileInfo::exists(stale));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(PrivateTempDirTest)
#include "tst_privatetempdir.moc"
