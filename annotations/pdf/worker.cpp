// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-annotation-worker: reads and writes annotations in PDFs with libqpdf, away from the
// app, under the limits its caller sets (AnnotationWorker). The protocol is in workerprotocol.h.

#include "processhardening.h"
#include "workerprotocol.h"

#include <QCoreApplication>

#include <clocale>
#include <cstdio>
#include <cstring>

namespace Ratsmappe::AnnotationPdf::Protocol {

int fail(Failure failure, const char *detail)
{
    std::fprintf(stderr, "%s\n", detail);
    std::fflush(stderr);
    return FailureExitBase + int(failure);
}

} // namespace Ratsmappe::AnnotationPdf::Protocol

int main(int argc, char **argv)
{
    Ratsmappe::hardenProcess();
    QCoreApplication app(argc, argv);
    // QCoreApplication takes the locale from the environment, and libqpdf reads a PDF's real
    // numbers with the C library's atof: under de_DE "0.992" would read as 0 (colours black,
    // rectangles cut to whole points). PDF numbers are always written with a point.
    std::setlocale(LC_NUMERIC, "C");
    using namespace Ratsmappe::AnnotationPdf::Protocol;
    const QStringList args = app.arguments();
    QFile in;
    if (args.size() != 2 || !in.open(stdin, QIODevice::ReadOnly)) {
        return fail(Failure::Internal, "usage: ratsmappe-annotation-worker export|read|summary");
    }
    const QString mode = args.at(1);
    if (mode == QLatin1String("export")) {
        return runExport(in, stdout);
    }
    if (mode == QLatin1String("read")) {
        return runRead(in, stdout);
    }
    if (mode == QLatin1String("summary")) {
        return runSummary(in, stdout);
    }
    return fail(Failure::Internal, "unknown mode");
}
