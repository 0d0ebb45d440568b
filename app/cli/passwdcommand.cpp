// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "exitcode.h"
#include "passphrasepolicy.h"
#include "secretinput.h"
#include "storeerror.h"

#include <QJsonObject>

namespace Ratsmappe {

QString PasswdCommand::summary() const
{
    return tr("Change the cache's passphrase (with the old one, the keychain, or the recovery key).");
}

void PasswdCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("new-password-file"),
                      tr("Read the new passphrase from FILE (else RATSMAPPE_NEW_PASSWORD, else a prompt)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("recovery-key-file"),
                      tr("Unlock with the recovery key in FILE instead of the old passphrase."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("new-recovery-key"),
                      tr("Create a new recovery key (the old one stops working). The passphrase is "
                         "changed too only when a new one is given.")});
}

namespace {

void printRecoveryKey(const CommandContext &context, const QString &recoveryKey, bool passphraseChanged)
{
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("cache"), context.cacheDir},
                                      {QStringLiteral("changed"), passphraseChanged},
                                      {QStringLiteral("recoveryKey"), recoveryKey}});
        return;
    }
    if (passphraseChanged) {
        context.print(QCoreApplication::translate("Ratsmappe::PasswdCommand",
                                                  "The passphrase of the cache in %1 was changed.")
                          .arg(context.cacheDir));
    }
    context.print(QCoreApplication::translate(
        "Ratsmappe::PasswdCommand",
        "The new recovery key (the old one no longer works). Write it down and keep it safe:"));
    context.print(recoveryKey);
}

} // namespace

int PasswdCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    std::unique_ptr<Cache> cache;
    if (parser.isSet(QStringLiteral("recovery-key-file"))) {
        const auto recovery =
            SecretInput(parser.value(QStringLiteral("recovery-key-file")), nullptr).fromFileOrEnvironment();
        const KeyEnvelope envelope = Cache::envelope(context.cacheDir);
        cache = Cache::open(context.cacheDir,
                            envelope.unwrapWithRecoveryKey(QString::fromUtf8(recovery->bytes())));
    } else {
        cache = CacheUnlocker(context).open();
    }

    const bool renewRecovery = parser.isSet(QStringLiteral("new-recovery-key"));
    const SecretInput input(parser.value(QStringLiteral("new-password-file")), "RATSMAPPE_NEW_PASSWORD");
    // A new recovery key alone needs no new passphrase, so none is asked for.
    const auto passphrase =
        renewRecovery ? input.fromFileOrEnvironment() : input.read(tr("New passphrase: "), true);
    if (renewRecovery && !passphrase) {
        const QString recoveryKey = cache->renewRecoveryKey();
        printRecoveryKey(context, recoveryKey, false);
        return ExitOk;
    }
    if (!passphrase) {
        context.message(
            tr("No new passphrase given: use --new-password-file, RATSMAPPE_NEW_PASSWORD, or run on a "
               "terminal."));
        return ExitUsage;
    }
    if (const QString problem = PassphrasePolicy::check(*passphrase); !problem.isEmpty()) {
        context.message(problem);
        return ExitUsage;
    }
    cache->changePassphrase(*passphrase);
    if (renewRecovery) {
        printRecoveryKey(context, cache->renewRecoveryKey(), true);
        return ExitOk;
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("cache"), context.cacheDir}, {QStringLiteral("changed"), true}});
    } else {
        context.print(tr("The passphrase of the cache in %1 was changed.").arg(context.cacheDir));
    }
    return ExitOk;
}

} // namespace Ratsmappe
