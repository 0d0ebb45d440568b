// SPDX-License-Identifier: GPL-2.0-or-later
// `ratsmappe annotations ls|add|rm`. Text markup is placed on the words of a quote, read from the
// document in the crash-isolated helper process (as `text` reads it).
#include "commands.h"

#include "annotationstore.h"
#include "cache.h"
#include "cacheunlocker.h"
#include "documentlookup.h"
#include "exitcode.h"
#include "isolatedpdf.h"
#include "quotelocator.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Ratsmappe {

namespace {

const QString DefaultColor = QStringLiteral("#ffeb3b");

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray rectArray(const QRectF &r)
{
    return QJsonArray{r.left(), r.top(), r.right(), r.bottom()};
}

QJsonObject toJson(const StoredAnnotation &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("file"), a.fileId},
                       {QStringLiteral("server"), a.serverId},
                       {QStringLiteral("version"), a.versionId},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("page"), a.page + 1},
                       {QStringLiteral("rect"), rectArray(AnnotationStore::bounds(a.geometry))},
                       {QStringLiteral("color"), a.color},
                       {QStringLiteral("text"), optional(a.text)},
                       {QStringLiteral("quote"), optional(a.quote)},
                       {QStringLiteral("needsAttention"), a.needsAttention},
                       {QStringLiteral("attentionReason"), optional(a.attentionReason)},
                       {QStringLiteral("origin"), optional(a.originId)},
                       {QStringLiteral("placement"), optional(a.placement)}};
}

void print(const CommandContext &context, const QList<StoredAnnotation> &annotations)
{
    if (context.json) {
        QJsonArray out;
        for (const StoredAnnotation &a : annotations) {
            out.append(toJson(a));
        }
        context.printJson(out);
        return;
    }
    for (const StoredAnnotation &a : annotations) {
        const QRectF r = AnnotationStore::bounds(a.geometry);
        context.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6,%7,%8,%9\t%10\t%11\t%12")
                          .arg(a.id, terminalField(a.fileId), QString::number(a.page + 1), a.type, a.color)
                          .arg(r.left())
                          .arg(r.top())
                          .arg(r.right())
                          .arg(r.bottom())
                          .arg(a.needsAttention ? QStringLiteral("attention") : QStringLiteral("-"),
                               terminalField(a.quote),
                               terminalField(a.text)));
    }
}

// --rect X0,Y0,X1,Y1: normalized, inside the page, not empty.
std::optional<QRectF> parseRect(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 4) {
        return std::nullopt;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || v[i] < 0 || v[i] > 1) {
            return std::nullopt;
        }
    }
    if (v[0] >= v[2] || v[1] >= v[3]) {
        return std::nullopt;
    }
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

// The geometry of an annotation of \a type drawn over the rectangle \a r.
QJsonObject rectGeometry(const QString &type, const QRectF &r)
{
    if (AnnotationStore::isTextMarkup(type)) {
        return {{QStringLiteral("rects"), QJsonArray{rectArray(r)}}};
    }
    if (type == QLatin1String("arrow")) {
        return {{QStringLiteral("from"), QJsonArray{r.left(), r.top()}},
                {QStringLiteral("to"), QJsonArray{r.right(), r.bottom()}}};
    }
    if (type == QLatin1String("ink")) {
        return {{QStringLiteral("strokes"),
                 QJsonArray{QJsonArray{QJsonArray{r.left(), r.top()}, QJsonArray{r.right(), r.bottom()}}}}};
    }
    return {{QStringLiteral("rect"), rectArray(r)}};
}

} // namespace

QJsonObject AnnotationsCommand::row(const StoredAnnotation &annotation)
{
    return toJson(annotation);
}

QString AnnotationsCommand::summary() const
{
    return tr("List, add or remove annotations: annotations ls [FILE_ID] | add FILE_ID | rm ID.");
}

void AnnotationsCommand::addOptions(QCommandLineParser &parser) const
{
    DocumentLookup::addOptions(parser);
    parser.addOption(
        {QStringLiteral("all-versions"),
         tr("ls: also the annotations on older versions that were carried over to a newer one.")});
    parser.addOption({QStringLiteral("page"), tr("add: the page, counted from 1."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("quote"),
                      tr("add: mark these words of the page (“-”: read them from standard input)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("occurrence"),
                      tr("add: the K-th occurrence of the quote on the page (default 1)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("rect"),
                      tr("add: the area, normalized to the page (0..1, origin top left)."),
                      QStringLiteral("X0,Y0,X1,Y1")});
    parser.addOption({QStringLiteral("type"),
                      tr("add: highlight, underline, strikeout, squiggly, ink, note, freetext, rectangle or "
                         "arrow (default: highlight for --quote, rectangle for --rect)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("color"),
                      tr("add: the colour (default %1).").arg(DefaultColor),
                      QStringLiteral("#RRGGBB")});
    parser.addOption({QStringLiteral("text"),
                      tr("add: the note's text (“-”: read it from standard input)."),
                      QStringLiteral("NOTE")});
    parser.addOption(
        {QStringLiteral("out"), tr("export, summary, backup: the file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("confirm-nonpublic"),
                      tr("export, summary: write a non-public document's annotations too.")});
    parser.addOption({QStringLiteral("watermark"),
                      tr("export: a name written across every page."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("include-nonpublic"),
                      tr("backup: also the annotations and notes on non-public material.")});
    parser.addOption({QStringLiteral("backup-password-file"),
                      tr("backup, restore: read the backup's passphrase from FILE (else "
                         "RATSMAPPE_BACKUP_PASSWORD, a prompt)."),
                      QStringLiteral("FILE")});
}

int AnnotationsCommand::run(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("ls")) {
        return list(parser, context);
    }
    if (action == QLatin1String("add")) {
        return add(parser, context);
    }
    if (action == QLatin1String("rm")) {
        return remove(parser, context);
    }
    if (action == QLatin1String("export")) {
        return exportPdf(parser, context);
    }
    if (action == QLatin1String("import")) {
        return importPdf(parser, context);
    }
    if (action == QLatin1String("summary")) {
        return summarize(parser, context);
    }
    if (action == QLatin1String("backup")) {
        return backup(parser, context);
    }
    if (action == QLatin1String("restore")) {
        return restore(parser, context);
    }
    context.message(tr("ratsmappe annotations: say ls [FILE_ID], add FILE_ID or rm ID."));
    return ExitUsage;
}

int AnnotationsCommand::list(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2) {
        context.message(tr("ratsmappe annotations ls: name at most one file id."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    AnnotationStore store(cache->database());
    QList<StoredAnnotation> annotations;
    if (args.size() == 2) {
        int exitCode = ExitOk;
        const auto server = DocumentLookup::serverOf(
            *cache, {ObjectKind::File}, args.at(1), parser, context, name(), &exitCode);
        if (!server) {
            return exitCode;
        }
        annotations = store.forFile(args.at(1), *server);
    } else {
        annotations = store.all();
        if (parser.isSet(QStringLiteral("server"))) {
            const QString server = QUrl(parser.value(QStringLiteral("server"))).toString();
            annotations.removeIf([&server](const StoredAnnotation &a) { return a.serverId != server; });
        }
    }
    if (!parser.isSet(QStringLiteral("all-versions"))) {
        // Those carried over to a newer version are history: their copies are listed.
        annotations.removeIf([](const StoredAnnotation &a) { return a.carriedTo > 0; });
    }
    print(context, annotations);
    return ExitOk;
}

int AnnotationsCommand::add(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const bool byQuote = parser.isSet(QStringLiteral("quote"));
    const bool byRect = parser.isSet(QStringLiteral("rect"));
    bool pageOk = false;
    const int page = parser.value(QStringLiteral("page")).toInt(&pageOk) - 1;
    bool occurrenceOk = true;
    const int occurrence = parser.isSet(QStringLiteral("occurrence"))
        ? parser.value(QStringLiteral("occurrence")).toInt(&occurrenceOk)
        : 1;
    const QString type = parser.isSet(QStringLiteral("type"))
        ? parser.value(QStringLiteral("type"))
        : (byQuote ? QStringLiteral("highlight") : QStringLiteral("rectangle"));
    const QString color = parser.isSet(QStringLiteral("color"))
        ? parser.value(QStringLiteral("color")).toLower()
        : DefaultColor;
    const auto rect = parseRect(parser.value(QStringLiteral("rect")));
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-f]{6}$"));

    QString problem;
    if (args.size() != 2) {
        problem = tr("name one file id.");
    } else if (!pageOk || page < 0) {
        problem = tr("--page takes a page number from 1.");
    } else if (byQuote == byRect) {
        problem = tr("give either --quote TEXT or --rect X0,Y0,X1,Y1.");
    } else if (!occurrenceOk || occurrence < 1 || (byRect && parser.isSet(QStringLiteral("occurrence")))) {
        problem = tr("--occurrence takes a number from 1, with --quote.");
    } else if (byRect && !rect) {
        problem = tr("--rect takes four numbers from 0 to 1, X0 < X1 and Y0 < Y1.");
    } else if (!AnnotationStore::types().contains(type) || type == QLatin1String("foreign")) {
        // foreign: only imported (annotations import), with another program's appearance.
        QStringList made = AnnotationStore::types();
        made.removeAll(QStringLiteral("foreign"));
        problem = tr("--type takes one of %1.").arg(made.join(QLatin1String(", ")));
    } else if (byQuote && !AnnotationStore::isTextMarkup(type)) {
        problem = tr("--quote makes a highlight, underline, strikeout or squiggly.");
    } else if (!colour.match(color).hasMatch()) {
        problem = tr("--color takes a colour of the form #RRGGBB.");
    } else if (parser.value(QStringLiteral("quote")) == QLatin1String("-") &&
               parser.value(QStringLiteral("text")) == QLatin1String("-")) {
        problem = tr("only one of --quote and --text can be read from standard input.");
    }
    if (!problem.isEmpty()) {
        context.message(QStringLiteral("ratsmappe annotations add: %1").arg(problem));
        return ExitUsage;
    }
    const auto fromOption = [&parser](const QString &option) {
        const QString value = parser.value(option);
        return value == QLatin1String("-") ? CommandContext::readStandardInput() : value;
    };
    const QString quote = byQuote ? fromOption(QStringLiteral("quote")) : QString();
    const QString text = fromOption(QStringLiteral("text"));
    if (byQuote && QuoteLocator::collapsed(quote).isEmpty()) {
        context.message(tr("ratsmappe annotations add: the quote is empty."));
        return ExitUsage;
    }

    const QString fileId = args.at(1);
    const auto cache = CacheUnlocker(context).open();
    int exitCode = ExitOk;
    const QString command = QStringLiteral("annotations add");
    const auto version = DocumentLookup::find(*cache, fileId, parser, context, command, &exitCode);
    if (!version) {
        return exitCode;
    }
    const QByteArray bytes = DocumentStore(cache->database()).readAll(version->id);
    const IsolatedPdf::Result words = IsolatedPdf::words(bytes, page);
    if (!words.ok()) {
        context.message(tr("ratsmappe annotations add: %1: %2").arg(fileId, words.error));
        return ExitFailed;
    }

    StoredAnnotation a;
    a.serverId = version->serverId;
    a.fileId = fileId;
    a.versionId = version->id;
    a.type = type;
    a.page = page;
    a.color = color;
    a.text = text;
    if (byQuote) {
        const QuoteLocator locator(words.words, words.pageSize);
        const auto match = locator.find(quote, occurrence);
        if (!match) {
            const int found = locator.count(quote);
            context.message(found == 0
                                ? tr("ratsmappe annotations add: the quote is not on page %1 of %2.")
                                      .arg(page + 1)
                                      .arg(fileId)
                                : tr("ratsmappe annotations add: the quote is on page %1 of %2 only %n "
                                     "time(s).",
                                     nullptr,
                                     found)
                                      .arg(page + 1)
                                      .arg(fileId));
            return ExitFailed;
        }
        QJsonArray rects;
        for (const QRectF &r : match->rects) {
            rects.append(rectArray(r));
        }
        a.geometry = {{QStringLiteral("rects"), rects}};
        a.quote = match->quote;
        a.prefix = match->prefix;
        a.suffix = match->suffix;
        a.start = match->start;
        a.end = match->end;
    } else {
        a.geometry = rectGeometry(type, *rect);
    }
    a = AnnotationStore(cache->database()).add(a);
    if (context.json) {
        context.printJson(toJson(a));
    } else {
        print(context, {a});
    }
    return ExitOk;
}

int AnnotationsCommand::remove(const QCommandLineParser &parser, const CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        context.message(tr("ratsmappe annotations rm: name one annotation id."));
        return ExitUsage;
    }
    const auto cache = CacheUnlocker(context).open();
    if (!AnnotationStore(cache->database()).remove(args.at(1))) {
        context.message(tr("ratsmappe annotations rm: there is no annotation %1.").arg(args.at(1)));
        return ExitFailed;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("id"), args.at(1)}, {QStringLiteral("removed"), true}});
    }
    return ExitOk;
}

} // namespace Ratsmappe
