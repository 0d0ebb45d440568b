// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

namespace Ratsmappe {

/// What every command gets: the options all commands share, and the two output streams.
/// Results go to stdout (one JSON document with --json); progress and messages to stderr.
class CommandContext
{
public:
    QString cacheDir;
    QString passwordFile;
    bool json = false;

    void printJson(const QJsonValue &value) const;
    void print(const QString &text) const;
    void message(const QString &text) const;
    /// Everything on standard input as UTF-8, one trailing line break (\n or \r\n) dropped:
    /// for text that scripts keep off the command line (`-` as an option's value).
    static QString readStandardInput();
};

/// One `ratsmappe COMMAND`. Subclasses declare their own options and return an ExitCode.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    /// Commands that take positional arguments (ids, kinds) say so; others reject them.
    virtual bool takesArguments() const { return false; }
    virtual int run(const QCommandLineParser &parser, const CommandContext &context) = 0;
};

} // namespace Ratsmappe
