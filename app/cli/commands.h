// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ratsmappe {

struct StoredAnnotation;
struct SyncSummary;

/// `ratsmappe init`: creates the encrypted cache and prints the recovery key once.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe status`: what the cache holds.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe passwd`: a new passphrase for the same data key, unlocked by the old one, the
/// keychain, or the recovery key.
class PasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PasswdCommand)
public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe wipe --yes`: removes the cache and its keychain entry.
class WipeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::WipeCommand)
public:
    QString name() const override { return QStringLiteral("wipe"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

} // namespace Ratsmappe

namespace Ratsmappe {

/// `ratsmappe sync`: walks the city's OParl server into the cache.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;

private:
    /// One server's outcome: its --json object; messages on stderr, the plain line on stdout;
    /// \a exitCode raised to what the outcome calls for.
    static QJsonObject
    report(const QString &server, const SyncSummary &s, const CommandContext &context, int &exitCode);
};

/// `ratsmappe ls KIND`: what the cache holds of one kind.
class LsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::LsCommand)
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe cat FILE_ID`: a document's bytes on stdout.
class CatCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::CatCommand)
public:
    QString name() const override { return QStringLiteral("cat"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe render FILE_ID --out FILE.png`: one page as an image, rendered in the PDF helper
/// process (a broken document gives exit 1 and a reason, never a crash).
class RenderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::RenderCommand)
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe text FILE_ID [--page N]`: the text of a document, extracted in the helper process.
class TextCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::TextCommand)
public:
    QString name() const override { return QStringLiteral("text"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe annotations ls|add|rm`: the member's annotations.
class AnnotationsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::AnnotationsCommand)
public:
    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;

private:
    int list(const QCommandLineParser &parser, const CommandContext &context);
    int add(const QCommandLineParser &parser, const CommandContext &context);
    int remove(const QCommandLineParser &parser, const CommandContext &context);
    // annotationsexportcommand.cpp, annotationsimportcommand.cpp, annotationssummarycommand.cpp,
    // annotationsbackupcommand.cpp
    int exportPdf(const QCommandLineParser &parser, const CommandContext &context);
    int importPdf(const QCommandLineParser &parser, const CommandContext &context);
    int summarize(const QCommandLineParser &parser, const CommandContext &context);
    int backup(const QCommandLineParser &parser, const CommandContext &context);
    int restore(const QCommandLineParser &parser, const CommandContext &context);

public:
    /// One annotation as `annotations ls --json` prints it.
    static QJsonObject row(const StoredAnnotation &annotation);
};

/// `ratsmappe notes ls|set|rm`: the member's personal notes, one per object.
class NotesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::NotesCommand)
public:
    QString name() const override { return QStringLiteral("notes"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe search QUERY`: meetings, agenda items, papers, documents, annotations, notes,
/// persons and committees found in the cache, as the window's search finds them.
class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

/// `ratsmappe packet MEETING_ID --out FILE.pdf | --check`: a meeting's session packet written
/// to a file (built in the helper program ratsmappe-packet-worker), or the completeness check
/// before building it.
class PacketCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::PacketCommand)
public:
    QString name() const override { return QStringLiteral("packet"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesArguments() const override { return true; }
    int run(const QCommandLineParser &parser, const CommandContext &context) override;

private:
    int check(const QCommandLineParser &parser, const CommandContext &context);
    int build(const QCommandLineParser &parser, const CommandContext &context);
};

} // namespace Ratsmappe
