// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "documentstore.h"
#include "objectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Ratsmappe {

class Cache;
class CommandContext;

/// The current version of a file the cache holds, for the commands that read documents
/// (cat, render, text): with `--fetch`, a document not yet downloaded is fetched first. A file id
/// alone names the one file that has it; where several servers serve a file with that id,
/// `--server URL` says which (without it: a usage error naming the servers).
class DocumentLookup
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::DocumentLookup)
public:
    /// --fetch and --server.
    static void addOptions(QCommandLineParser &parser);
    /// On failure, prints why and sets \a exitCode.
    static std::optional<FileVersion> find(Cache &cache,
                                           const QString &fileId,
                                           const QCommandLineParser &parser,
                                           const CommandContext &context,
                                           const QString &command,
                                           int *exitCode);
    /// The server of the object \a id of one of \a kinds: `--server URL` where given (it must
    /// hold such an object), else the one server that has it. Prints why not and sets \a exitCode:
    /// 1 when no server has it, 2 when several do and `--server` is missing.
    static std::optional<QString> serverOf(Cache &cache,
                                           const QList<ObjectKind> &kinds,
                                           const QString &id,
                                           const QCommandLineParser &parser,
                                           const CommandContext &context,
                                           const QString &command,
                                           int *exitCode);
};

} // namespace Ratsmappe
