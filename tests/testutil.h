// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cache.h"
#include "objectstore.h"
#include "secret.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ratsmappe::Test {

/// Pins what a test must not inherit from the machine: locale, time zone, user folders.
void pinEnvironment();

SecretBytes passphrase(const char *text = "correct horse battery");

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

/// What a run of the `ratsmappe` program gave.
struct Run
{
    int exitCode = -1; ///< -2: crashed; -1: did not finish within the limit (killed)
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

/// Runs the built `ratsmappe` with stdin closed (not a terminal). Waits in an event loop, so a
/// server living in the test process keeps answering meanwhile.
Run runRatsmappe(const QStringList &args, const QProcessEnvironment &env);

} // namespace Ratsmappe::Test
