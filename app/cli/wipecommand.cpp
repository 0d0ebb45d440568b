// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cache.h"
#include "exitcode.h"

#include <QJsonObject>

namespace Ratsmappe {

QString WipeCommand::summary() const
{
    return tr("Delete the cache, with all documents, annotations and notes, and its keychain entry.");
}

void WipeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("yes"), tr("Confirm the deletion (required).")});
}

int WipeCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.message(tr("“wipe” deletes every document, annotation and note in %1. Confirm with --yes.")
                            .arg(context.cacheDir));
        return ExitUsage;
    }
    const bool existed = Cache::exists(context.cacheDir);
    Cache::wipe(context.cacheDir);
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("cache"), context.cacheDir}, {QStringLiteral("wiped"), existed}});
    } else {
        context.print(existed ? tr("The cache in %1 was deleted.").arg(context.cacheDir)
                              : tr("There was no cache in %1.").arg(context.cacheDir));
    }
    return ExitOk;
}

} // namespace Ratsmappe
