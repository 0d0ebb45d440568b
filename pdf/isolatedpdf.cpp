// SPDX-License-Identifier: GPL-2.0-or-later
#include "isolatedpdf.h"

#include "pdfdocument.h"
#include "pdfworkerprotocol.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Ratsmappe {

QString IsolatedPdf::workerPath()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_PDF_WORKER");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/ratsmappe-pdf-worker")
                         : env;
}

QProcessEnvironment IsolatedPdf::workerEnvironment()
{
    static constexpr const char *Kept[] = {"LANG",
                                           "LC_ALL",
                                           "LC_CTYPE",
                                           "HOME",
                                           "XDG_CACHE_HOME",
                                           "XDG_CONFIG_HOME",
                                           "XDG_DATA_DIRS",
                                           "FONTCONFIG_FILE",
                                           "FONTCONFIG_PATH",
                                           "TMPDIR",
                                           "LD_LIBRARY_PATH"};
    const QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env; // empty, not inherited (InheritFromParent would be)
    for (const char *name : Kept) {
        const QString key = QString::fromLatin1(name);
        if (all.contains(key)) {
            env.insert(key, all.value(key));
        }
    }
    return env;
}

void IsolatedPdf::prepare(QProcess &process, const QStringList &args, const Limits &limits)
{
    prepare(process, workerPath(), args, limits);
}

void IsolatedPdf::prepare(QProcess &process,
                          const QString &program,
                          const QStringList &args,
                          const Limits &limits)
{
    const rlim_t memory = rlim_t(limits.memoryBytes);
    const rlim_t seconds = rlim_t((limits.timeoutMs + 999) / 1000);
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, seconds] {
        const rlimit as{memory, memory};
        setrlimit(RLIMIT_AS, &as);
        const rlimit cpu{seconds, seconds + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0}; // a crash must not leave a core file with document bytes
        setrlimit(RLIMIT_CORE, &core);
        // The helper dies with the thread that started it, even when that ends without
        // stopping it (a crash, _Exit): it must never outlive the app working on a document.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process.setProcessEnvironment(workerEnvironment());
    process.setProgram(program);
    process.setArguments(args);
}

QString IsolatedPdf::notStarted(const QString &reason)
{
    return tr("The PDF helper program cannot be started (%1). Reinstall Ratsmappe.").arg(reason);
}

QString IsolatedPdf::timedOut(const Limits &limits)
{
    return tr("Reading the document took longer than %1 s and was stopped. It may be damaged or "
              "built to harm; ask the council office for another copy.")
        .arg(limits.timeoutMs / 1000);
}

IsolatedPdf::Result IsolatedPdf::outcome(const QProcess &process, const QStringList &args)
{
    Result result;
    const int page = args.size() > 1 ? args.at(1).toInt() : 0;
    if (process.exitStatus() == QProcess::CrashExit) {
        result.error = tr("The document crashed the PDF reader: it is damaged or built to harm. Ask the "
                          "council office for another copy.");
    } else if (process.exitCode() >= 10) {
        result.error = PdfDocument::describe(PdfDocument::Problem(process.exitCode() - 10), page);
    } else if (process.exitCode() != 0) {
        result.error = tr("The PDF reader gave up on the document. Ask the council office for another copy.");
    }
    return result;
}

QString IsolatedPdf::runPrepared(QProcess &process, const QByteArray &input, const Limits &limits)
{
    process.start();
    if (!process.waitForStarted()) {
        return notStarted(process.errorString());
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(limits.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return timedOut(limits);
    }
    return {};
}

IsolatedPdf::Result
IsolatedPdf::run(const QStringList &args, const QByteArray &pdf, const Limits &limits, QByteArray *out)
{
    QProcess process;
    prepare(process, args, limits);
    if (QString error = runPrepared(process, pdf, limits); !error.isEmpty()) {
        Result result;
        result.error = std::move(error);
        return result;
    }
    *out = process.readAllStandardOutput();
    return outcome(process, args);
}

IsolatedPdf::Result IsolatedPdf::probe(const QByteArray &pdf, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("probe")}, pdf, limits, &out);
    if (r.ok()) {
        r.pageCount = out.trimmed().toInt();
    }
    return r;
}

IsolatedPdf::Result
IsolatedPdf::render(const QByteArray &pdf, int page, double dpi, int rotation, const Limits &limits)
{
    QByteArray out;
    Result r = run(
        {QStringLiteral("render"), QString::number(page), QString::number(dpi), QString::number(rotation)},
        pdf,
        limits,
        &out);
    if (r.ok()) {
        r.image = PdfWorkerProtocol::readImage(out, &r.pageCount);
        if (r.image.isNull()) {
            r.error = tr("The PDF reader returned no image of the page. Save the document for inspection and "
                         "open it with another PDF program.");
        }
    }
    return r;
}

IsolatedPdf::Result IsolatedPdf::text(const QByteArray &pdf, int page, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("text"), QString::number(page)}, pdf, limits, &out);
    if (r.ok()) {
        r.pages = QString::fromUtf8(out).split(PdfWorkerProtocol::PageSeparator);
        r.pageCount = int(r.pages.size());
    }
    return r;
}

IsolatedPdf::Result IsolatedPdf::words(const QByteArray &pdf, int page, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("words"), QString::number(page)}, pdf, limits, &out);
    if (!r.ok()) {
        return r;
    }
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    r.pageCount = answer.value(QLatin1String("pages")).toInt();
    r.pageSize = QSizeF(answer.value(QLatin1String("width")).toDouble(),
                        answer.value(QLatin1String("height")).toDouble());
    for (const QJsonValue &v : answer.value(QLatin1String("words")).toArray()) {
        const QJsonArray w = v.toArray();
        r.words.append(
            {w.at(4).toString(),
             QRectF(w.at(0).toDouble(), w.at(1).toDouble(), w.at(2).toDouble(), w.at(3).toDouble())});
    }
    if (r.pageSize.isEmpty()) {
        r.error = tr("The PDF reader gave up on the document. Ask the council office for another copy.");
    }
    return r;
}

IsolatedPdf::Result IsolatedPdf::allWords(const QByteArray &pdf, const Limits &limits)
{
    QByteArray out;
    Result r = run({QStringLiteral("all-words")}, pdf, limits, &out);
    if (!r.ok()) {
        return r;
    }
    bool ok = false;
    const QList<PdfWorkerProtocol::PageWordsOut> pages = PdfWorkerProtocol::readAllWords(out, &ok);
    if (!ok) {
        r.error = tr("The PDF reader gave up on the document. Ask the council office for another copy.");
        return r;
    }
    r.pageCount = int(pages.size());
    r.pageWords.reserve(pages.size());
    r.pageSizes.reserve(pages.size());
    for (const PdfWorkerProtocol::PageWordsOut &p : pages) {
        r.pageWords.append(p.words);
        r.pageSizes.append(p.size);
    }
    return r;
}

} // namespace Ratsmappe
