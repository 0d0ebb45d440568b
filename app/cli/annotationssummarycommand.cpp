// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations summary MEETING_ID --out FILE.pdf`: the member's annotations and notes on
// a meeting as a printable PDF (AnnotationSummary).
#include "annotationsummary.h"
#include "atomicfile.h"
#include "cache.h"
#include "cacheunlocker.h"
#include "commands.h"
#include "documentlookup.h"
#include "exitcode.h"
#include "storeerror.h"

#include <QJsonObject>

namespace Ratsmappe {

int AnnotationsCommand::summarize(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString out = parser.value(QStringLiteral("out"));
    if (args.size() != 2 || out.isEmpty()) {
        context.message(
            tr("Usage: ratsmappe annotations summary MEETING_ID --out FILE.pdf [--confirm-nonpublic]"));
        return ExitUsage;
    }
    const QString meetingId = args.at(1);
    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const auto server = DocumentLookup::serverOf(*cache,
                                                 {ObjectKind::Meeting},
                                                 meetingId,
                                                 parser,
                                                 context,
                                                 QStringLiteral("annotations summary"),
                                                 &exitCode);
    if (!server) {
        return exitCode;
    }
    AnnotationSummary::Options options;
    options.includeNonPublic = parser.isSet(QStringLiteral("confirm-nonpublic"));
    const AnnotationSummary::Result result =
        AnnotationSummary::write(cache->database(), meetingId, *server, options);
    if (!result.found) {
        context.message(tr("ratsmappe annotations summary: no meeting %1 in the cache.").arg(meetingId));
        return ExitFailed;
    }
    if (!result.ok()) {
        context.message(tr("ratsmappe annotations summary: %1").arg(result.error));
        return ExitFailed;
    }
    try {
        writeFileAtomically(out, result.pdf);
    } catch (const StoreError &e) {
        context.message(tr("ratsmappe annotations summary: cannot write %1: %2").arg(out, e.message()));
        return ExitFailed;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("meeting"), meetingId},
                                      {QStringLiteral("server"), *server},
                                      {QStringLiteral("out"), out},
                                      {QStringLiteral("annotations"), result.annotations},
                                      {QStringLiteral("notes"), result.notes},
                                      {QStringLiteral("nonPublicLeftOut"), result.nonPublicLeftOut}});
    } else {
        context.print(tr("%1: %2 and %3 written to %4.")
                          .arg(result.meetingName,
                               tr("%n annotation(s)", "", result.annotations),
                               tr("%n note(s)", "", result.notes),
                               out));
    }
    if (result.nonPublicLeftOut > 0) {
        context.message(tr("%n annotation(s) and note(s) on non-public material were left out; add "
                           "--confirm-nonpublic to include them.",
                           "",
                           result.nonPublicLeftOut));
    }
    return ExitOk;
}

} // namespace Ratsmappe
