// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include "cache.h"
#include "commands.h"
#include "exitcode.h"
#include "icscommand.h"
#include "storeerror.h"
#include "terminaltext.h"

#include <QDir>

#include <cstdio>
#include <memory>
#include <vector>

namespace Ratsmappe {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<PasswdCommand>());
    commands.push_back(std::make_unique<WipeCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<LsCommand>());
    commands.push_back(std::make_unique<CatCommand>());
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<TextCommand>());
    commands.push_back(std::make_unique<AnnotationsCommand>());
    commands.push_back(std::make_unique<NotesCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<PacketCommand>());
    commands.push_back(std::make_unique<IcsCommand>());
    return commands;
}

void printErr(const QString &text)
{
    std::fputs(terminalSafe(text).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

// Log lines can quote a server (a name, an error page): the same escaping as every other line.
void logToTerminal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    printErr(qFormatLogMessage(type, context, message));
}

} // namespace

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString &first = arguments.at(1);
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help") ||
        first == QLatin1String("-h") || first == QLatin1String("--version");
}

QString CommandLine::usage()
{
    QString text = tr("Usage: ratsmappe [COMMAND] [options]\n\n"
                      "Without a command, Ratsmappe opens its window. Commands run without a display:\n\n");
    for (const auto &command : allCommands()) {
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -10).arg(command->summary());
    }
    text += tr("\nRun “ratsmappe COMMAND --help” for a command's options. Exit codes: 0 done, 1 failed, "
               "2 usage error, 3 locked, 4 server or network failure, 5 done with warnings (items skipped, a "
               "damaged key).");
    return text;
}

int CommandLine::exitCodeFor(const StoreError &error)
{
    switch (error.kind()) {
    case StoreError::Locked:
    case StoreError::WrongKey:
    case StoreError::KeychainMissing:
    case StoreError::KeychainUnavailable:
        return ExitLocked;
    case StoreError::InvalidArgument:
        return ExitUsage;
    default:
        return ExitFailed;
    }
}

int CommandLine::run(const QStringList &arguments)
{
    qInstallMessageHandler(logToTerminal);
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        std::fputc('\n', stdout);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        std::printf("ratsmappe %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const auto commands = allCommands();
    const auto it =
        std::find_if(commands.begin(), commands.end(), [&](const auto &c) { return c->name() == name; });
    if (it == commands.end()) {
        printErr(tr("Unknown command “%1”.").arg(name));
        printErr(usage());
        return ExitUsage;
    }
    Command &command = **it;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    parser.addOption(helpOption);
    parser.addOption(
        {QStringLiteral("cache"),
         tr("The cache folder (default: %1).").arg(QDir::toNativeSeparators(Cache::defaultDirectory())),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as one JSON document.")});
    parser.addOption(
        {QStringLiteral("password-file"),
         tr("Read the cache passphrase from FILE (else RATSMAPPE_PASSWORD, the keychain, a prompt)."),
         QStringLiteral("FILE")});
    command.addOptions(parser);

    QStringList commandArgs = arguments;
    commandArgs.removeAt(1);
    if (!parser.parse(commandArgs)) {
        printErr(QStringLiteral("ratsmappe %1: %2").arg(name, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(parser.helpText()
                       .replace(QLatin1String("[options]"), name + QLatin1String(" [options]"))
                       .toLocal8Bit()
                       .constData(),
                   stdout);
        return ExitOk;
    }
    if (!command.takesArguments() && !parser.positionalArguments().isEmpty()) {
        printErr(
            tr("ratsmappe %1: unexpected argument “%2”.").arg(name, parser.positionalArguments().first()));
        return ExitUsage;
    }

    CommandContext context;
    context.json = parser.isSet(QStringLiteral("json"));
    context.passwordFile = parser.value(QStringLiteral("password-file"));
    context.cacheDir = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
        : qEnvironmentVariableIsSet("RATSMAPPE_CACHE")       ? qEnvironmentVariable("RATSMAPPE_CACHE")
                                                             : Cache::defaultDirectory();
    context.cacheDir = QDir::cleanPath(QDir::current().absoluteFilePath(context.cacheDir));
    try {
        return command.run(parser, context);
    } catch (const StoreError &e) {
        printErr(QStringLiteral("ratsmappe %1: %2").arg(name, e.message()));
        return exitCodeFor(e);
    }
}

} // namespace Ratsmappe
