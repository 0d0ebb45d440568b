// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"

#include <QJsonObject>
#include <QLocale>

namespace Ratsmappe {

QString StatusCommand::summary() const
{
    return tr("Show what the cache holds: counts per kind, sizes, last sync.");
}

namespace {

QString wrapStateName(WrapState state)
{
    switch (state) {
    case WrapState::Intact:
        return QStringLiteral("intact");
    case WrapState::Damaged:
        return QStringLiteral("damaged");
    case WrapState::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

} // namespace

int StatusCommand::run(const QCommandLineParser &, const CommandContext &context)
{
    if (!Cache::exists(context.cacheDir)) {
        if (context.json) {
            context.printJson(QJsonObject{{QStringLiteral("cache"), context.cacheDir},
                                          {QStringLiteral("initialized"), false}});
        } else {
            context.print(
                tr("There is no cache in %1 yet. Create one with “ratsmappe init”.").arg(context.cacheDir));
        }
        return ExitOk;
    }
    const auto cache = CacheUnlocker(context).open();
    const CacheStatus s = cache->status();
    // A way in that no longer works is found now, not on the day it is needed.
    const bool passphraseLost = s.passphraseWrap == WrapState::Damaged;
    const bool recoveryLost = s.recoveryWrap == WrapState::Damaged;
    if (passphraseLost) {
        context.message(tr("Warning: the key file is damaged where it keeps the passphrase; the passphrase "
                           "no longer unlocks this cache. Set a new one now with “ratsmappe passwd”."));
    }
    if (recoveryLost) {
        context.message(tr("Warning: the key file is damaged where it keeps the recovery key; the recovery "
                           "key no longer unlocks this cache. Create a new one now with “ratsmappe passwd "
                           "--new-recovery-key”."));
    }
    const int exitCode = passphraseLost || recoveryLost ? ExitPartial : ExitOk;

    if (context.json) {
        QJsonObject counts;
        for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it) {
            counts.insert(it.key(), it.value());
        }
        context.printJson(QJsonObject{
            {QStringLiteral("cache"), s.directory},
            {QStringLiteral("initialized"), true},
            {QStringLiteral("cacheId"), s.cacheId},
            {QStringLiteral("schemaVersion"), s.schemaVersion},
            {QStringLiteral("cipherVersion"), s.cipherVersion},
            {QStringLiteral("keychain"), s.keychain},
            {QStringLiteral("passphrase"), wrapStateName(s.passphraseWrap)},
            {QStringLiteral("recoveryKey"), wrapStateName(s.recoveryWrap)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("documents"), s.completeDocuments},
            {QStringLiteral("documentBytes"), s.documentBytes},
            {QStringLiteral("databaseBytes"), s.databaseBytes},
            {QStringLiteral("lastSync"),
             s.lastSync.isValid() ? QJsonValue(s.lastSync.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        });
        return exitCode;
    }
    const QLocale locale;
    context.print(tr("Cache:      %1").arg(s.directory));
    context.print(
        tr("Encryption: SQLCipher %1, schema version %2").arg(s.cipherVersion).arg(s.schemaVersion));
    context.print(
        tr("Keychain:   %1").arg(s.keychain ? tr("key kept in the system keychain") : tr("not used")));
    context.print(tr("Last sync:  %1")
                      .arg(s.lastSync.isValid()
                               ? locale.toString(s.lastSync.toLocalTime(), QLocale::ShortFormat)
                               : tr("never")));
    context.print(
        tr("Size:       %1 on disk, %2 in %n document(s)", nullptr, static_cast<int>(s.completeDocuments))
            .arg(locale.formattedDataSize(s.databaseBytes), locale.formattedDataSize(s.documentBytes)));
    for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it) {
        context.print(QStringLiteral("  %1 %2").arg(it.key(), -18).arg(it.value()));
    }
    return exitCode;
}

} // namespace Ratsmappe
