// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutil.h"

#include "database.h"
#include "documentstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

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

SecretBytes passphrase(const char *text)
{
    return SecretBytes(QByteArray(text));
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
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    // Generous: a command that waits for input that cannot come shows as a failure, not a hang.
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    p.start(binDir() + QLatin1String("/ratsmappe"), args);
    if (p.waitForStarted()) {
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

} // namespace Ratsmappe::Test
