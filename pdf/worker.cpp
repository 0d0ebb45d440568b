// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-pdf-worker: Poppler behind a process boundary (IsolatedPdf). Reads one PDF from
// stdin and answers one request on stdout:
//   probe                       → the page count (after rendering page 1 small)
//   render PAGE DPI [ROTATION]  → the page as an image (pdfworkerprotocol.h)
//   text PAGE|-1                → the text of one or every page
//   words PAGE                  → the page's size and words with their boxes (points of the
//                                 unrotated page, origin top left) as JSON
//   all-words                   → every page's size and words, binary (pdfworkerprotocol.h)
// Exit 0 done, 2 usage, 10 + PdfDocument::Problem when the document is not usable (the caller
// says why in the member's language).
#include "pdfdocument.h"
#include "pdfworkerprotocol.h"
#include "processhardening.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <poppler-qt6.h>

#include <cstdio>

using namespace Ratsmappe;

namespace {

int usage(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

int fail(PdfDocument::Problem problem)
{
    return 10 + int(problem);
}

bool writeOut(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
        std::fflush(stdout) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // It holds the document's bytes and text: no core file, no other process reading them.
    Ratsmappe::hardenProcess();
    // QImage and fonts need no display: Poppler's Splash backend renders by itself.
    QCoreApplication app(argc, argv);
    // Poppler's own diagnostics would bury the one-line reason the caller shows.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { }, QVariant());
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        return usage(QStringLiteral(
            "usage: ratsmappe-pdf-worker probe|render PAGE DPI [ROTATION]|text PAGE|words PAGE|all-words"));
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return usage(QStringLiteral("cannot read stdin"));
    }
    const QByteArray bytes = in.readAll();
    QString error;
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const auto doc = PdfDocument::fromData(bytes, &error, &problem);
    if (!doc) {
        return fail(problem);
    }
    const QString command = args.first();
    const int page = args.value(1).toInt();
    if (command == QLatin1String("probe")) {
        if (doc->render(0, 18).isNull()) {
            return fail(PdfDocument::Problem::NotRendered);
        }
        return writeOut(QByteArray::number(doc->pageCount()) + '\n') ? 0 : 2;
    }
    if (command == QLatin1String("render")) {
        if (page < 0 || page >= doc->pageCount()) {
            return fail(PdfDocument::Problem::NoSuchPage);
        }
        const QImage image =
            doc->render(page, args.value(2, QStringLiteral("150")).toDouble(), args.value(3).toInt());
        if (image.isNull()) {
            return fail(PdfDocument::Problem::NotRendered);
        }
        return writeOut(PdfWorkerProtocol::writeImage(image, doc->pageCount())) ? 0 : 2;
    }
    if (command == QLatin1String("text")) {
        if (page >= doc->pageCount() || page < -1) {
            return fail(PdfDocument::Problem::NoSuchPage);
        }
        QStringList pages;
        for (int p = page < 0 ? 0 : page; p < (page < 0 ? doc->pageCount() : page + 1); ++p) {
            pages.append(doc->text(p));
        }
        return writeOut(pages.join(PdfWorkerProtocol::PageSeparator).toUtf8()) ? 0 : 2;
    }
    if (command == QLatin1String("words")) {
        if (page < 0 || page >= doc->pageCount()) {
            return fail(PdfDocument::Problem::NoSuchPage);
        }
        QJsonArray words;
        for (const PdfWord &w : doc->words(page)) {
            words.append(QJsonArray{w.box.x(), w.box.y(), w.box.width(), w.box.height(), w.text});
        }
        const QSizeF size = doc->pageSize(page);
        const QJsonObject answer{{QStringLiteral("pages"), doc->pageCount()},
                                 {QStringLiteral("width"), size.width()},
                                 {QStringLiteral("height"), size.height()},
                                 {QStringLiteral("words"), words}};
        return writeOut(QJsonDocument(answer).toJson(QJsonDocument::Compact)) ? 0 : 2;
    }
    if (command == QLatin1String("all-words")) {
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s << quint32(0x524d5744) << qint32(doc->pageCount());
        for (int p = 0; p < doc->pageCount(); ++p) {
            PdfWorkerProtocol::writePageWords(s, doc->pageSize(p), doc->words(p));
        }
        return writeOut(out) ? 0 : 2;
    }
    return usage(QStringLiteral("unknown request “%1”").arg(command));
}
