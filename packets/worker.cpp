// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-packet-worker: writes a session packet with libqpdf, away from the app. A broken or
// hostile document can crash or exhaust this process under the limits PacketBuilder set, never
// the app. The protocol is in packetprotocol.h.

#include "packetprotocol.h"
#include "packetwriter.h"
#include "processhardening.h"

#include <QCoreApplication>
#include <QFile>

#include <clocale>
#include <cstdio>
#include <cstdlib>

using namespace Ratsmappe::Packets;

namespace {

constexpr qint64 MaxJob = 64LL * 1024 * 1024;
constexpr qint64 MaxDocument = 1024LL * 1024 * 1024;

/// \a encoded: a Protocol::HelperFailure's line.
int fail(const QString &encoded)
{
    std::fprintf(stderr, "error %s\n", encoded.toUtf8().constData());
    return Protocol::ErrorExit;
}

int failInternally(const char *what)
{
    return fail(
        Protocol::HelperFailure{Protocol::HelperFailure::Kind::Internal, {}, 0, QString::fromLatin1(what)}
            .encode());
}

bool writeAll(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

int build(QFile &in)
{
    const auto jobFrame = Protocol::readFrame(in, MaxJob);
    std::optional<WriterJob> job = jobFrame ? WriterJob::fromJson(*jobFrame) : std::nullopt;
    if (!job) {
        return failInternally("the packet job could not be read");
    }
    QList<QByteArray> documents;
    for (qsizetype i = 0; i < job->plan.documents.size(); ++i) {
        const auto frame = Protocol::readFrame(in, MaxDocument);
        if (!frame) {
            return failInternally("a document did not arrive whole");
        }
        documents.append(*frame);
    }
    QList<QByteArray> retained;
    for (qsizetype i = 0; i < job->retained.size(); ++i) {
        const auto frame = Protocol::readFrame(in, MaxDocument);
        if (!frame) {
            return failInternally("a document did not arrive whole");
        }
        retained.append(*frame);
    }
    PacketWriter writer(std::move(*job), std::move(documents), std::move(retained));
    writer.onProgress = [](int done, int total) {
        std::fprintf(stderr, "progress %d %d\n", done, total);
        std::fflush(stderr);
    };
    if (!writer.prepare()) {
        return fail(writer.result().error);
    }
    const QByteArray result = writer.result().toJson();
    if (!writeAll(Protocol::frameHeader(result.size())) || !writeAll(result)) {
        return failInternally("the result could not be handed back");
    }
    if (!writer.write(stdout)) {
        return fail(writer.result().error);
    }
    return std::fflush(stdout) == 0 ? 0 : failInternally("the packet could not be handed back");
}

int manifest(QFile &in)
{
    const QByteArray pdf = in.readAll();
    QString error;
    const QByteArray json = embeddedManifest(pdf, &error);
    if (json.isEmpty()) {
        return fail(error);
    }
    return writeAll(json) && std::fflush(stdout) == 0
        ? 0
        : failInternally("the manifest could not be handed back");
}

} // namespace

int main(int argc, char **argv)
{
    Ratsmappe::hardenProcess();
    QCoreApplication app(argc, argv); // image format plugins load through it
    // QCoreApplication takes the locale from the environment, and libqpdf reads a PDF's real
    // numbers with the C library's atof: under de_DE "0.992" would read as 0 (colours black,
    // rectangles cut to whole points). PDF numbers are always written with a point.
    std::setlocale(LC_NUMERIC, "C");
    const QStringList args = app.arguments();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return failInternally("no input");
    }
    if (args.value(1) == QLatin1String("build")) {
        // The packet is out and flushed: tearing down every parsed document's objects would only
        // keep the builder waiting, and the kernel frees it all at once.
        const int status = build(in);
        std::fflush(stderr);
        std::_Exit(status);
    }
    if (args.value(1) == QLatin1String("manifest")) {
        return manifest(in);
    }
    return failInternally("usage: ratsmappe-packet-worker build|manifest");
}
