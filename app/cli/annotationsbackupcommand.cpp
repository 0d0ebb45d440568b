// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations backup --out FILE` and `annotations restore FILE`: every annotation and
// note as one file sealed under a passphrase of the member's choice, and back (AnnotationBackup).
#include "commands.h"

#include "annotationbackup.h"
#include "cache.h"
#include "cacheunlocker.h"
#include "exitcode.h"
#include "passphrasepolicy.h"
#include "secretinput.h"
#include "storeerror.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Ratsmappe {

namespace {

constexpr const char *BackupPasswordVariable = "RATSMAPPE_BACKUP_PASSWORD";

// The backup's passphrase: --backup-password-file, RATSMAPPE_BACKUP_PASSWORD, a prompt (twice
// for a new backup). nullopt (and the exit code) when there is none or it is refused.
std::optional<SecretBytes> backupPassphrase(const QCommandLineParser &parser,
                                            const CommandContext &context,
                                            const QString &command,
                                            bool newBackup,
                                            int *exitCode)
{
    const SecretInput input(parser.value(QStringLiteral("backup-password-file")), BackupPasswordVariable);
    std::optional<SecretBytes> passphrase;
    try {
        passphrase = input.read(newBackup ? AnnotationsCommand::tr("New passphrase for the backup: ")
                                          : AnnotationsCommand::tr("Passphrase of the backup: "),
                                newBackup);
    } catch (const StoreError &e) {
        context.message(QStringLiteral("ratsmappe %1: %2").arg(command, e.message()));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (!passphrase) {
        context.message(AnnotationsCommand::tr("ratsmappe %1: no backup passphrase given: use "
                                               "--backup-password-file, RATSMAPPE_BACKUP_PASSWORD, or run "
                                               "on a terminal.")
                            .arg(command));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (newBackup) {
        if (const QString problem = PassphrasePolicy::check(*passphrase); !problem.isEmpty()) {
            context.message(QStringLiteral("ratsmappe %1: %2").arg(command, problem));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
    }
    return passphrase;
}

} // namespace

int AnnotationsCommand::backup(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString command = QStringLiteral("annotations backup");
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.positionalArguments().size() != 1 || out.isEmpty()) {
        context.message(tr("ratsmappe %1: say --out FILE (and nothing else).").arg(command));
        return ExitUsage;
    }
    if (QFileInfo(out).isDir()) {
        context.message(tr("ratsmappe %1: %2 is a folder; name a file.").arg(command, out));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto passphrase = backupPassphrase(parser, context, command, true, &exitCode);
    if (!passphrase) {
        return exitCode;
    }
    const auto cache = CacheUnlocker(context).open();
    AnnotationBackup::Options options;
    options.includeNonPublic = parser.isSet(QStringLiteral("include-nonpublic"));
    AnnotationBackup::Written written;
    try {
        written = AnnotationBackup::write(cache->database(), *passphrase, options, out);
    } catch (const StoreError &e) {
        context.message(tr("ratsmappe %1: the backup was not written: %2").arg(command, e.message()));
        return ExitFailed;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("annotations"), written.annotations},
                                      {QStringLiteral("notes"), written.notes},
                                      {QStringLiteral("nonPublicLeftOut"), written.nonPublicLeftOut}});
        return ExitOk;
    }
    context.print(tr("Wrote %n annotation(s)", nullptr, written.annotations) + QLatin1String(", ") +
                  tr("%n note(s) to %1.", nullptr, written.notes).arg(out));
    if (written.nonPublicLeftOut > 0) {
        context.print(tr("Left out %n annotation(s) and note(s) on non-public material (add "
                         "--include-nonpublic to include them).",
                         nullptr,
                         written.nonPublicLeftOut));
    }
    return ExitOk;
}

int AnnotationsCommand::restore(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString command = QStringLiteral("annotations restore");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        context.message(tr("ratsmappe %1: name the backup file.").arg(command));
        return ExitUsage;
    }
    const QString path = args.at(1);
    if (!QFileInfo(path).isFile()) {
        context.message(tr("ratsmappe %1: there is no file %2.").arg(command, path));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto passphrase = backupPassphrase(parser, context, command, false, &exitCode);
    if (!passphrase) {
        return exitCode;
    }
    const auto cache = CacheUnlocker(context).open();
    AnnotationBackup::Restored r;
    try {
        r = AnnotationBackup::restore(cache->database(), *passphrase, path);
    } catch (const StoreError &e) {
        // A wrong backup passphrase is a failed restore, not a locked cache (exit 3).
        context.message(tr("ratsmappe %1: nothing was restored: %2").arg(command, e.message()));
        return ExitFailed;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("added"), r.added},
                                      {QStringLiteral("updated"), r.updated},
                                      {QStringLiteral("unchanged"), r.unchanged},
                                      {QStringLiteral("reanchored"), r.reanchored},
                                      {QStringLiteral("waiting"), r.waiting},
                                      {QStringLiteral("historyWaiting"), r.historyWaiting},
                                      {QStringLiteral("notesAdded"), r.notesAdded},
                                      {QStringLiteral("notesMerged"), r.notesMerged},
                                      {QStringLiteral("notesUnchanged"), r.notesUnchanged}});
        return ExitOk;
    }
    context.print(tr("Annotations: %1 added, %2 updated, %3 unchanged; %4 of them re-anchored on another "
                     "version.")
                      .arg(r.added)
                      .arg(r.updated)
                      .arg(r.unchanged)
                      .arg(r.reanchored));
    if (r.waiting > 0) {
        context.print(
            tr("%n annotation(s) wait for their document: they are attached after a sync brings it.",
               nullptr,
               r.waiting));
    }
    if (r.historyWaiting > 0) {
        context.print(tr("%n annotation(s) of earlier versions (carried over to newer ones) are kept until "
                         "their version is in the cache.",
                         nullptr,
                         r.historyWaiting));
    }
    context.print(tr("Notes: %1 added, %2 merged, %3 unchanged.")
                      .arg(r.notesAdded)
                      .arg(r.notesMerged)
                      .arg(r.notesUnchanged));
    return ExitOk;
}

} // namespace Ratsmappe
