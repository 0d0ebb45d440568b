// SPDX-License-Identifier: GPL-2.0-or-later
#include "testutil.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

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

} // namespace Ratsmappe::Test
