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
}

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

    const SecretInput input(parser.value(QStringLiteral("new-password-file")), "RATSMAPPE_NEW_PASSWORD");
    const auto passphrase = input.read(tr("New passphrase: "), true);
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
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("cache"), context.cacheDir}, {QStringLiteral("changed"), true}});
    } else {
        context.print(tr("The passphrase of the cache in %1 was changed.").arg(context.cacheDir));
    }
    return ExitOk;
}

} // namespace Ratsmappe
