// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cache.h"
#include "exitcode.h"
#include "passphrasepolicy.h"
#include "secretinput.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ratsmappe {

QString InitCommand::summary() const
{
    return tr("Create the encrypted cache.");
}

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("keychain"),
                      tr("Also keep the key in the system keychain, to unlock without typing.")});
}

int InitCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    if (Cache::exists(context.cacheDir)) {
        context.message(
            tr("A cache already exists in %1; it is left as it is. Remove it with “ratsmappe wipe --yes”.")
                .arg(context.cacheDir));
        return ExitFailed;
    }
    const SecretInput input(context.passwordFile, "RATSMAPPE_PASSWORD");
    const auto passphrase = input.read(tr("New passphrase for the cache: "), true);
    if (!passphrase) {
        context.message(
            tr("No passphrase given: use --password-file, RATSMAPPE_PASSWORD, or run on a terminal."));
        return ExitLocked;
    }
    if (const QString problem = PassphrasePolicy::check(*passphrase); !problem.isEmpty()) {
        context.message(problem);
        return ExitUsage;
    }

    QString recoveryKey;
    const auto cache = Cache::create(context.cacheDir, *passphrase, &recoveryKey);
    QJsonArray warnings;
    bool keychain = false;
    if (parser.isSet(QStringLiteral("keychain"))) {
        try {
            cache->setKeychainEnabled(true);
            keychain = true;
        } catch (const StoreError &e) {
            warnings.append(
                tr("The key could not be stored in the system keychain (%1). Unlock with the passphrase.")
                    .arg(e.message()));
        }
    }

    if (context.json) {
        context.printJson(QJsonObject{
            {QStringLiteral("cache"), context.cacheDir},
            {QStringLiteral("cacheId"), cache->keyEnvelope().cacheId()},
            {QStringLiteral("keychain"), keychain},
            {QStringLiteral("recoveryKey"), recoveryKey},
            {QStringLiteral("warnings"), warnings},
        });
    } else {
        for (const auto &w : std::as_const(warnings)) {
            context.message(w.toString());
        }
        context.print(tr("Created the encrypted cache in %1.").arg(context.cacheDir));
        context.print(
            tr("Recovery key — write it down and keep it apart from this computer. It is shown only now "
               "and unlocks the cache when the passphrase is lost:"));
        context.print(QLatin1String("\n    ") + recoveryKey + QLatin1Char('\n'));
    }
    return warnings.isEmpty() ? ExitOk : ExitPartial;
}

} // namespace Ratsmappe
