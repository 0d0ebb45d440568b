// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "cacheunlocker.h"
#include "documentlookup.h"
#include "documentstore.h"
#include "exitcode.h"

#include <cstdio>

namespace Ratsmappe {

void CatCommand::addOptions(QCommandLineParser &parser) const
{
    DocumentLookup::addOptions(parser);
}

QString CatCommand::summary() const
{
    return tr("Write the current version of a downloaded document to stdout.");
}

int CatCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.message(tr("ratsmappe cat: name one file id."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const auto version = DocumentLookup::find(*cache, args.first(), parser, context, name(), &exitCode);
    if (!version) {
        return exitCode;
    }
    DocumentStore docs(cache->database());
    // Chunk by chunk: a 1,000-page budget draft never sits in memory whole.
    auto device = docs.open(version->id);
    while (device && !device->atEnd()) {
        const QByteArray bytes = device->read(DocumentWriter::DefaultChunkSize);
        if (bytes.isEmpty() ||
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) !=
                static_cast<size_t>(bytes.size())) {
            context.message(tr("ratsmappe cat: writing %1 failed.").arg(args.first()));
            return ExitFailed;
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace Ratsmappe
