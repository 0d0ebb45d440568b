// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutil.h"

#include "database.h"
#include "documentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <ctime>

namespace Ratsmappe::Test {

void pinEnvironment()
{
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "UTC");
    tzset();
    QStandardPaths::setTestModeEnabled(true);
}

namespace {
bool s_skipped = false;
}

TestHome::TestHome()
{
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty()) {
        base = "/tmp";
    }
    // Before any Qt object exists: plain mkdtemp, removed in the destructor.
    QByteArray templ = base + "/ratsmappe-test-XXXXXX";
    if (!mkdtemp(templ.data())) {
        qFatal("cannot create the test's home below %s", base.constData());
    }
    m_path = templ;
    for (const char *sub : {"/home", "/home/.local/share", "/home/.config", "/home/.cache", "/tmp"}) {
        QDir().mkpath(QString::fromLocal8Bit(m_path + sub));
    }
    const auto below = [this](const char *sub) {
        return QByteArray(m_path + sub);
    };
    qputenv("HOME", below("/home"));
    qputenv("XDG_DATA_HOME", below("/home/.local/share"));
    qputenv("XDG_CONFIG_HOME", below("/home/.config"));
    qputenv("XDG_CACHE_HOME", below("/home/.cache"));
    qputenv("TMPDIR", below("/tmp"));
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("TZ", "UTC");
    tzset();
    for (const char *leak : {"LANGUAGE",
                             "LC_MESSAGES",
                             "RATSMAPPE_CACHE",
                             "RATSMAPPE_PASSWORD",
                             "RATSMAPPE_NEW_PASSWORD",
                             "RATSMAPPE_SERVER_PASSWORD",
                             "RATSMAPPE_DEMO_CACHE",
                             "QT_QUICK_CONTROLS_STYLE"}) {
        qunsetenv(leak);
    }
}

TestHome::~TestHome()
{
    QDir(QString::fromLocal8Bit(m_path)).removeRecursively();
}

bool requirementsEnforced()
{
    return qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("RATSMAPPE_REQUIRE_FIXTURES");
}

void noteSkip()
{
    s_skipped = true;
}

int finish(int qtestResult)
{
    if (qtestResult == 0 && s_skipped) {
        return 77;
    }
    return qtestResult;
}

SecretBytes passphrase(const char *text)
{
    return SecretBytes(QByteArray(text));
}

StoreError::Kind failureOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e.kind();
    }
    return NoFailure;
}

std::unique_ptr<Cache> createCache(const QString &dir, QString *recoveryKey)
{
    return Cache::create(dir, passphrase(), recoveryKey);
}

QStringList findMarkers(const QString &dir, const QByteArrayList &markers)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + QLatin1String(": unreadable");
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &marker : markers) {
            if (bytes.contains(marker)) {
                hits << path + QLatin1String(": ") + QString::fromUtf8(marker);
            }
        }
    }
    return hits;
}

int bindLoopback(quint16 *port, bool listen)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        (listen && ::listen(fd, 16) != 0) ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        qFatal("cannot bind a loopback port");
    }
    *port = ntohs(address.sin_port);
    return fd;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(contents);
    }
    return path;
}

RefusingPort::RefusingPort()
    : m_fd(bindLoopback(&m_port, false))
{ }

RefusingPort::~RefusingPort()
{
    ::close(m_fd);
}

QString RefusingPort::systemUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/oparl/system").arg(m_port);
}

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

Run runRatsmappe(const QStringList &args, const QProcessEnvironment &env)
{
    return runProgram(QStringLiteral("ratsmappe"), args, env);
}

Run runRatsmappeWithInput(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    return runProgram(QStringLiteral("ratsmappe"), args, env, input);
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return env;
}

Run runProgram(const QString &program,
               const QStringList &args,
               const QProcessEnvironment &env,
               const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (input.isNull()) {
        p.setStandardInputFile(QProcess::nullDevice());
    }
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    // Generous: a command that waits for input that cannot come shows as a failure, not a hang.
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    p.start(binDir() + QLatin1Char('/') + program, args);
    if (p.waitForStarted()) {
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        loop.exec();
    }
    Run r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + args.join(QLatin1Char(' ')).toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray KillableRun::describe() const
{
    static const char *const names[] = {
        "exited with", "killed by the test, signal", "crashed with signal", "hung, killed after the limit"};
    return QByteArray(names[int(end)]) + ' ' + QByteArray::number(exitCode) + "; stderr: " + err;
}

KillableRun runRatsmappeKillable(const QStringList &args,
                                 const QProcessEnvironment &env,
                                 const std::function<bool()> &killWhen,
                                 int limitMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    bool killed = false;
    bool hung = false;
    QEventLoop loop; // a server in the test process answers from this loop while the child runs
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!killed && killWhen && p.state() == QProcess::Running && killWhen()) {
            killed = ::kill(static_cast<pid_t>(p.processId()), SIGKILL) == 0;
        }
    });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        hung = true;
        loop.quit();
    });
    p.start(binDir() + QLatin1String("/ratsmappe"), args);
    KillableRun r;
    if (!p.waitForStarted()) {
        r.end = KillableRun::End::Crashed;
        r.err = "could not start: " + p.errorString().toUtf8();
        return r;
    }
    poll.start();
    limit.start(limitMs);
    loop.exec();
    if (hung) {
        p.kill();
        p.waitForFinished();
        r.end = KillableRun::End::Hung;
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.end = KillableRun::End::Exited;
    } else {
        // On Unix QProcess reports the terminating signal as the exit code of a crash.
        r.end =
            killed && p.exitCode() == SIGKILL ? KillableRun::End::KilledByTest : KillableRun::End::Crashed;
    }
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

ObjectKind objectKindOfType(const QString &type)
{
    static const QHash<QString, ObjectKind> kinds = {
        {QStringLiteral("Body"), ObjectKind::Body},
        {QStringLiteral("Organization"), ObjectKind::Organization},
        {QStringLiteral("Person"), ObjectKind::Person},
        {QStringLiteral("Membership"), ObjectKind::Membership},
        {QStringLiteral("Meeting"), ObjectKind::Meeting},
        {QStringLiteral("AgendaItem"), ObjectKind::AgendaItem},
        {QStringLiteral("Paper"), ObjectKind::Paper},
        {QStringLiteral("Consultation"), ObjectKind::Consultation},
        {QStringLiteral("File"), ObjectKind::File},
        {QStringLiteral("Location"), ObjectKind::Location},
        {QStringLiteral("LegislativeTerm"), ObjectKind::LegislativeTerm},
    };
    return kinds.value(type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), ObjectKind::Body);
}

qint64 storeDocument(Cache &cache, const QString &fileId, const QByteArray &bytes, const QString &name)
{
    Database &db = cache.database();
    QJsonObject file{{QStringLiteral("id"), fileId}};
    if (!name.isEmpty()) {
        file.insert(QLatin1String("name"), name);
    }
    ObjectStore(db).upsert(ObjectKind::File, {}, file, QDateTime::currentDateTimeUtc());
    Transaction tx(db);
    DocumentWriter writer(db, fileId, QStringLiteral("application/pdf"));
    writer.write(bytes);
    const qint64 version = writer.finish(DocumentKind::Pdf).id;
    tx.commit();
    return version;
}

int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

ScopedUmask::ScopedUmask(unsigned mask)
    : m_old(::umask(mask))
{ }

ScopedUmask::~ScopedUmask()
{
    ::umask(m_old);
}

} // namespace Ratsmappe::Test
