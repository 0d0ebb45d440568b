// SPDX-License-Identifier: GPL-2.0-or-later
// The commands that read documents: render and text. Both go through IsolatedPdf, the same
// crash-isolated path the reader uses for a document's first open.
#include "commands.h"

#include "cacheunlocker.h"
#include "documentlookup.h"
#include "exitcode.h"
#include "isolatedpdf.h"

#include <QImageWriter>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Ratsmappe {

namespace {

// The document's bytes, decrypted in memory only, or nullopt after a message.
std::optional<QByteArray> documentBytes(const QCommandLineParser &parser,
                                        const CommandContext &context,
                                        const QString &command,
                                        QString *fileId,
                                        int *exitCode)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.message(
            QCoreApplication::translate("Ratsmappe::DocumentLookup", "ratsmappe %1: name one file id.")
                .arg(command));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    *fileId = args.first();
    const auto cache = CacheUnlocker(context).open();
    const auto version = DocumentLookup::find(*cache, *fileId, parser, context, command, exitCode);
    if (!version) {
        return std::nullopt;
    }
    return DocumentStore(cache->database()).readAll(version->id);
}

// --page N (from 1) as an index from 0; -1 when absent; nullopt after a usage message.
std::optional<int>
pageOption(const QCommandLineParser &parser, const CommandContext &context, const QString &command)
{
    if (!parser.isSet(QStringLiteral("page"))) {
        return -1;
    }
    bool ok = false;
    const int page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1) {
        context.message(QCoreApplication::translate("Ratsmappe::DocumentLookup",
                                                    "ratsmappe %1: --page takes a page number from 1.")
                            .arg(command));
        return std::nullopt;
    }
    return page - 1;
}

void addPageOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("page"), description, QStringLiteral("N")});
}

} // namespace

QString RenderCommand::summary() const
{
    return tr("Render a page of a downloaded document to a PNG image.");
}

void RenderCommand::addOptions(QCommandLineParser &parser) const
{
    addPageOption(parser, tr("The page, counted from 1 (default 1)."));
    parser.addOption(
        {QStringLiteral("dpi"), tr("Resolution in dots per inch (default 150)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("out"), tr("The PNG file to write."), QStringLiteral("FILE.png")});
    DocumentLookup::addOptions(parser);
}

int RenderCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString out = parser.value(QStringLiteral("out"));
    bool dpiOk = true;
    const double dpi =
        parser.isSet(QStringLiteral("dpi")) ? parser.value(QStringLiteral("dpi")).toDouble(&dpiOk) : 150.0;
    const auto page = pageOption(parser, context, name());
    if (out.isEmpty() || !dpiOk || dpi < 1 || dpi > 1200 || !page) {
        if (page) {
            context.message(tr("ratsmappe render: give --out FILE.png, and --dpi between 1 and 1200."));
        }
        return ExitUsage;
    }
    QString fileId;
    int exitCode = ExitOk;
    const auto bytes = documentBytes(parser, context, name(), &fileId, &exitCode);
    if (!bytes) {
        return exitCode;
    }
    const int index = std::max(*page, 0);
    const IsolatedPdf::Result result = IsolatedPdf::render(*bytes, index, dpi);
    if (!result.ok()) {
        context.message(tr("ratsmappe render: %1: %2").arg(fileId, result.error));
        return ExitFailed;
    }
    // A page of the document, which the cache keeps encrypted: readable by the member alone.
    QSaveFile file(out);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !writer.write(result.image) || !file.commit()) {
        const QString reason =
            file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString();
        context.message(tr("ratsmappe render: cannot write %1: %2").arg(out, reason));
        return ExitFailed;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("file"), fileId},
                                      {QStringLiteral("page"), index + 1},
                                      {QStringLiteral("pages"), result.pageCount},
                                      {QStringLiteral("dpi"), dpi},
                                      {QStringLiteral("width"), result.image.width()},
                                      {QStringLiteral("height"), result.image.height()},
                                      {QStringLiteral("out"), out}});
    }
    return ExitOk;
}

QString TextCommand::summary() const
{
    return tr("Print the text of a downloaded document.");
}

void TextCommand::addOptions(QCommandLineParser &parser) const
{
    addPageOption(parser,
                  tr("Only this page, counted from 1 (default: all pages, separated by form feeds)."));
    DocumentLookup::addOptions(parser);
}

int TextCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const auto page = pageOption(parser, context, name());
    if (!page) {
        return ExitUsage;
    }
    QString fileId;
    int exitCode = ExitOk;
    const auto bytes = documentBytes(parser, context, name(), &fileId, &exitCode);
    if (!bytes) {
        return exitCode;
    }
    const IsolatedPdf::Result result = IsolatedPdf::text(*bytes, *page);
    if (!result.ok()) {
        context.message(tr("ratsmappe text: %1: %2").arg(fileId, result.error));
        return ExitFailed;
    }
    if (context.json) {
        QJsonArray pages;
        for (qsizetype i = 0; i < result.pages.size(); ++i) {
            pages.append(QJsonObject{{QStringLiteral("page"), int(*page < 0 ? i + 1 : *page + 1)},
                                     {QStringLiteral("text"), result.pages.at(i)}});
        }
        context.printJson(QJsonObject{{QStringLiteral("file"), fileId}, {QStringLiteral("pages"), pages}});
    } else {
        context.print(result.pages.join(QChar(u'\f')));
    }
    return ExitOk;
}

} // namespace Ratsmappe
