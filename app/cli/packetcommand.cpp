// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe packet MEETING_ID`: a meeting's session packet written to a file, or the check
// before building it. Parsing the documents and writing the PDF happen in the helper program
// ratsmappe-packet-worker (PacketBuilder); this command chooses, writes atomically and reports.
#include "commands.h"

#include "cacheunlocker.h"
#include "documentlookup.h"
#include "exitcode.h"
#include "packetbuilder.h"
#include "packetstore.h"
#include "terminaltext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Ratsmappe {

using namespace Packets;

namespace {

// Set by SIGINT, SIGTERM and SIGHUP during a build, so the build stops between steps and the
// half-written file beside the target is removed instead of left behind.
volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}

class StopOnSignals
{
public:
    StopOnSignals()
    {
        struct sigaction action{};
        action.sa_handler = requestStop;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i) {
            sigaction(Signals[i], &action, &m_old[i]);
        }
    }
    ~StopOnSignals()
    {
        for (int i = 0; i < 3; ++i) {
            sigaction(Signals[i], &m_old[i], nullptr);
        }
    }
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

private:
    static constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_old[3]{};
};

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Whether \a now keeps every page number \a before gave: each run of pages is still there,
// on the same pages. A public edition's manifest hides non-public keys, so runs are matched
// by their place and size.
bool keepsNumbers(const Manifest &before, const Manifest &now)
{
    for (const ManifestEntry &old : before.entries) {
        const bool kept =
            std::any_of(now.entries.cbegin(), now.entries.cend(), [&old](const ManifestEntry &e) {
                return e.kind == old.kind && e.first == old.first && e.count == old.count &&
                    e.supplement == old.supplement;
            });
        if (!kept) {
            return false;
        }
    }
    return now.supplements >= before.supplements;
}

// The layout this build continues: the one read from --supplement-to, else the one last
// issued from this cache.
std::optional<Manifest> previousLayout(Cache &cache,
                                       const QString &serverId,
                                       const QString &meetingId,
                                       const std::optional<Manifest> &fromFile)
{
    if (fromFile) {
        return fromFile;
    }
    const auto issued = PacketStore(cache.database()).issuedManifest(serverId, meetingId);
    return issued ? Manifest::fromJson(*issued) : std::nullopt;
}

} // namespace

QString PacketCommand::summary() const
{
    return tr("Write a meeting's session packet (one PDF of all its documents), or check it first.");
}

void PacketCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("edition"),
                      tr("member (everything, the default) or public (non-public items and documents "
                         "left out, the pages keep the member edition's numbers)."),
                      QStringLiteral("EDITION")});
    parser.addOption({QStringLiteral("watermark"),
                      tr("Print NAME across every page (member edition only)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("with-annotations"),
                      tr("Put your annotations on the documents' pages as standard PDF annotations "
                         "(member edition only).")});
    parser.addOption({QStringLiteral("supplement-to"),
                      tr("Keep the page numbers of this earlier packet of the meeting; new and changed "
                         "documents go into a Nachtrag."),
                      QStringLiteral("PREVIOUS.pdf")});
    parser.addOption({QStringLiteral("renumber"),
                      tr("Number every page afresh, even when a packet of the meeting was issued before.")});
    parser.addOption({QStringLiteral("check"),
                      tr("Only check whether every document is there; exit 5 when something is missing.")});
    parser.addOption({QStringLiteral("server"),
                      tr("The server whose meeting is meant (the URL it was synced with), where several "
                         "servers have a meeting with the same id."),
                      QStringLiteral("URL")});
}

int PacketCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.message(tr("ratsmappe packet: name one meeting id."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("check"))) {
        for (const char *option :
             {"out", "edition", "watermark", "with-annotations", "supplement-to", "renumber"}) {
            if (parser.isSet(QLatin1String(option))) {
                context.message(tr("ratsmappe packet: --check takes no --%1.").arg(QLatin1String(option)));
                return ExitUsage;
            }
        }
        return check(parser, context);
    }
    return build(parser, context);
}

int PacketCommand::check(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString meetingId = parser.positionalArguments().first();
    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const auto server = DocumentLookup::serverOf(
        *cache, {ObjectKind::Meeting}, meetingId, parser, context, QStringLiteral("packet"), &exitCode);
    if (!server) {
        return exitCode;
    }
    PacketBuilder builder(cache->database());
    const CheckReport report = builder.check(meetingId, *server);
    if (context.json) {
        context.printJson(report.toJson());
    } else {
        // A title with a line break in it must not start a line of its own: one line per finding.
        for (const CheckFinding &finding : report.findings) {
            context.print(terminalField(finding.text()));
        }
        context.print(
            report.complete()
                ? tr("Complete: %n document(s) to place from %1 agenda item(s).", nullptr, report.documents)
                      .arg(report.items)
                : tr("%n document(s) missing: the packet cannot be built until they are in the cache.",
                     nullptr,
                     report.missing()));
        if (report.hasPacket) {
            const QString built = QLocale().toString(report.built.toLocalTime(), QLocale::ShortFormat);
            context.print(report.outdated ? tr("The packet built %1 is outdated.").arg(built)
                                          : tr("The packet built %1 is up to date.").arg(built));
        }
    }
    return report.complete() ? ExitOk : ExitPartial;
}

int PacketCommand::build(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString meetingId = parser.positionalArguments().first();
    const QString out = parser.value(QStringLiteral("out"));
    BuildOptions options;
    if (parser.isSet(QStringLiteral("edition"))) {
        const auto edition = editionFromName(parser.value(QStringLiteral("edition")));
        if (!edition) {
            context.message(tr("ratsmappe packet: --edition takes public or member."));
            return ExitUsage;
        }
        options.edition = *edition;
    }
    options.watermark = parser.value(QStringLiteral("watermark")).trimmed();
    options.withAnnotations = parser.isSet(QStringLiteral("with-annotations"));
    const bool supplement = parser.isSet(QStringLiteral("supplement-to"));
    QString problem;
    if (out.isEmpty()) {
        problem = tr("give --out FILE.pdf (or --check).");
    } else if (parser.isSet(QStringLiteral("watermark")) && options.edition == Edition::Public) {
        problem = tr("--watermark is for the member edition only.");
    } else if (parser.isSet(QStringLiteral("watermark")) && options.watermark.isEmpty()) {
        problem = tr("--watermark takes a name.");
    } else if (options.withAnnotations && options.edition == Edition::Public) {
        problem = tr("--with-annotations is for the member edition only.");
    } else if (supplement && parser.isSet(QStringLiteral("renumber"))) {
        problem = tr("give either --supplement-to PREVIOUS.pdf or --renumber, not both.");
    }
    if (!problem.isEmpty()) {
        context.message(QStringLiteral("ratsmappe packet: %1").arg(problem));
        return ExitUsage;
    }
    options.numbering = parser.isSet(QStringLiteral("renumber")) ? Numbering::Fresh
        : supplement                                             ? Numbering::Supplement
                                                                 : Numbering::Auto;

    // The earlier packet is read before the cache is unlocked, so a wrong file fails fast.
    const QString previousPath = parser.value(QStringLiteral("supplement-to"));
    if (supplement) {
        QFile file(previousPath);
        if (!file.open(QIODevice::ReadOnly)) {
            context.message(tr("ratsmappe packet: cannot read %1: %2").arg(previousPath, file.errorString()));
            return ExitUsage;
        }
        QString error;
        options.previous = PacketBuilder::manifestOf(file.readAll(), &error);
        if (!options.previous) {
            context.message(tr("ratsmappe packet: %1 is not a session packet written by Ratsmappe (%2).")
                                .arg(previousPath, error));
            return ExitUsage;
        }
    }

    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const auto server = DocumentLookup::serverOf(
        *cache, {ObjectKind::Meeting}, meetingId, parser, context, QStringLiteral("packet"), &exitCode);
    if (!server) {
        return exitCode;
    }
    if (options.previous &&
        (options.previous->meetingId != meetingId || options.previous->serverId != *server)) {
        context.message(tr("ratsmappe packet: %1 is the packet of another meeting (%2).")
                            .arg(previousPath, options.previous->meetingId));
        return ExitUsage;
    }
    const std::optional<Manifest> before = previousLayout(*cache, *server, meetingId, options.previous);

    // The packet holds the meeting's documents, which the cache keeps encrypted: readable by the
    // member alone. QSaveFile writes beside the target and renames on commit, so FILE.pdf is
    // either the old file or the whole new one, and a failed build leaves nothing behind.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        context.message(tr("ratsmappe packet: cannot write %1: %2").arg(out, file.errorString()));
        return ExitFailed;
    }

    PacketBuilder builder(cache->database());
    // A live line on a terminal, as sync has it; scripts reading stderr get nothing but messages.
    const bool terminal = ::isatty(STDERR_FILENO) == 1 && !context.json;
    builder.onProgress = [terminal](int done, int total) {
        if (terminal && total > 0) {
            std::fprintf(stderr,
                         "\r\033[K%s",
                         qPrintable(tr("Building the packet: %1 %").arg(qint64(done) * 100 / total)));
            std::fflush(stderr);
        }
    };
    const StopOnSignals stopOnSignals;
    stopRequested = 0;
    builder.shouldStop = [] {
        return stopRequested != 0;
    };
    const BuildResult result = builder.build(meetingId, *server, options, file);
    if (terminal) {
        std::fputs("\r\033[K", stderr);
    }
    if (!result.ok()) {
        file.cancelWriting();
        if (result.cancelled) {
            context.message(tr("ratsmappe packet: stopped; %1 was not written.").arg(out));
            return ExitFailed;
        }
        // Refused for missing documents: the clerk learns which, one per line.
        for (const CheckFinding &finding : result.report.findings) {
            if (finding.missing()) {
                context.message(terminalField(finding.text()));
            }
        }
        context.message(QStringLiteral("ratsmappe packet: %1").arg(result.error));
        return ExitFailed;
    }
    if (!file.commit()) {
        context.message(tr("ratsmappe packet: cannot write %1: %2").arg(out, file.errorString()));
        return ExitFailed;
    }
    // A file handed out is issued: the next build keeps its page numbers.
    builder.issue(meetingId, *server, result);

    const Manifest &layout = result.memberLayout;
    const bool kept = before && options.numbering != Numbering::Fresh && keepsNumbers(*before, layout);
    const int added = kept && layout.supplements > before->supplements ? layout.supplements : 0;
    const QString numbering = !before ? QStringLiteral("fresh")
        : !kept                       ? QStringLiteral("renumbered")
        : added > 0                   ? QStringLiteral("supplement")
                                      : QStringLiteral("unchanged");
    if (!result.note.isEmpty()) {
        context.message(result.note);
    }
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("meeting"), meetingId},
                        {QStringLiteral("server"), *server},
                        {QStringLiteral("edition"), editionName(options.edition)},
                        {QStringLiteral("out"), out},
                        {QStringLiteral("pages"), result.pages},
                        {QStringLiteral("bytes"), result.bytes},
                        {QStringLiteral("numbering"), numbering},
                        {QStringLiteral("supplement"), added > 0 ? QJsonValue(added) : QJsonValue()},
                        {QStringLiteral("note"), optional(result.note)},
                        {QStringLiteral("manifest"), parsed(result.manifest.toJson())},
                        {QStringLiteral("check"), result.report.toJson()}});
        return ExitOk;
    }
    context.print(
        tr("%1: %n page(s), %2", nullptr, result.pages)
            .arg(out, options.edition == Edition::Public ? tr("public edition") : tr("member edition")));
    if (numbering == QLatin1String("supplement")) {
        const int first = layout.firstPageOf(added);
        context.print(tr("Nachtrag %1 added (pages %2 to %3); every earlier page number kept.")
                          .arg(added)
                          .arg(layout.label(first), layout.label(layout.pages)));
    } else if (numbering == QLatin1String("unchanged")) {
        context.print(tr("Nothing new since the packet issued before: every page number kept."));
    } else if (numbering == QLatin1String("renumbered")) {
        context.print(tr("Numbered afresh: the page numbers of the packet issued before no longer hold."));
    }
    return ExitOk;
}

} // namespace Ratsmappe
