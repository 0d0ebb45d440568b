// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-demo-server: the demo city server (docs/demo-server.md).
#include "oparlserver.h"
#include "town.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>
#include <optional>

using namespace Ratsmappe::Demo;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

int usage(const QString &message)
{
    std::fprintf(stderr, "ratsmappe-demo-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ratsmappe-demo-server"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kde.org"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A council information server of a generated German town, for Ratsmappe's demos, "
                       "tests and benchmarks. Prints its System URL as the first line."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("Port on 127.0.0.1 (default: 0, any free port)."),
         QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("seed"),
         QStringLiteral("The town's seed (default 1)."),
         QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("size"),
         QStringLiteral("small, town (default) or large."),
         QStringLiteral("SIZE"),
         QStringLiteral("town")},
        {QStringLiteral("oparl"),
         QStringLiteral("OParl version: 1.1 (default) or 1.0."),
         QStringLiteral("VERSION"),
         QStringLiteral("1.1")},
        {QStringLiteral("token"),
         QStringLiteral("A member's bearer token (repeatable)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("user"),
         QStringLiteral("A member for HTTP Basic, NAME:PASSWORD (repeatable)."),
         QStringLiteral("NAME:PASSWORD")},
        {QStringLiteral("defect"),
         QStringLiteral("Switch on a real-server defect (repeatable; --list-defects)."),
         QStringLiteral("NAME")},
        {QStringLiteral("list-defects"), QStringLiteral("Print the defect names and exit.")},
        {QStringLiteral("latency"),
         QStringLiteral("Delay of the latency defect in ms (default 300)."),
         QStringLiteral("MS"),
         QStringLiteral("300")},
        {QStringLiteral("page-size"),
         QStringLiteral("Objects per list page (default 50)."),
         QStringLiteral("N"),
         QStringLiteral("50")},
        {QStringLiteral("checksums"),
         QStringLiteral("Serve sha512Checksum for files (real servers rarely do).")},
        {QStringLiteral("no-admin"), QStringLiteral("Switch off the /admin/ endpoints.")},
        {QStringLiteral("clock-offset"),
         QStringLiteral("Run the server's clock ahead or behind: a sign, digits and a unit "
                        "(s, m, h, d), e.g. -30d, +2h, +90m, -45s. Shifts every served time stamp, "
                        "the filters and the Date header."),
         QStringLiteral("OFFSET")},
        {QStringLiteral("pdf-cache"),
         QStringLiteral("Folder for the generated PDFs (default: the user's cache folder)."),
         QStringLiteral("DIR")},
    });
    // parse(), not process(): a malformed command line is a usage error (exit 2), as documented.
    if (!parser.parse(QCoreApplication::arguments())) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }

    if (parser.isSet(QStringLiteral("list-defects"))) {
        for (OParlServer::Defect d : OParlServer::allDefects()) {
            std::printf("%s\n", qPrintable(OParlServer::defectName(d)));
        }
        return 0;
    }
    const QString clockOffset = parser.value(QStringLiteral("clock-offset"));
    const std::optional<qint64> offsetSeconds = parser.isSet(QStringLiteral("clock-offset"))
        ? OParlServer::parseClockOffset(clockOffset)
        : std::optional<qint64>(0);
    if (!offsetSeconds) {
        return usage(QStringLiteral("--clock-offset takes a sign, digits and a unit (s, m, h or d) "
                                    "up to 100 years, e.g. -30d, +2h, +90m or -45s; not “%1”")
                         .arg(clockOffset));
    }
    bool ok = false;
    TownOptions town;
    town.size = townSizeFromName(parser.value(QStringLiteral("size")), &ok);
    if (!ok) {
        return usage(QStringLiteral("--size takes small, town or large"));
    }
    town.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        return usage(QStringLiteral("--seed takes a number"));
    }
    town.pdfCacheDir = parser.value(QStringLiteral("pdf-cache"));
    const QString version = parser.value(QStringLiteral("oparl"));
    if (version != QLatin1String("1.0") && version != QLatin1String("1.1")) {
        return usage(QStringLiteral("--oparl takes 1.0 or 1.1"));
    }
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        return usage(QStringLiteral("--port takes a number up to 65535"));
    }
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || pageSize < 1) {
        return usage(QStringLiteral("--page-size takes a positive number"));
    }

    OParlServer server(pageSize, quint16(port));
    if (!server.isListening()) {
        std::fprintf(stderr, "ratsmappe-demo-server: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    server.setVersion(version);
    server.setEmbedChildren(true);
    server.setFileChecksums(parser.isSet(QStringLiteral("checksums")));
    server.setAdminEnabled(!parser.isSet(QStringLiteral("no-admin")));
    server.setLatencyMs(parser.value(QStringLiteral("latency")).toInt());
    server.setClockOffset(*offsetSeconds);
    for (const QString &name : parser.values(QStringLiteral("defect"))) {
        const auto defect = OParlServer::defectFromName(name);
        if (!defect) {
            return usage(QStringLiteral("unknown defect “%1” (see --list-defects)").arg(name));
        }
        server.setDefect(*defect);
    }
    for (const QString &token : parser.values(QStringLiteral("token"))) {
        server.addToken(token);
    }
    for (const QString &user : parser.values(QStringLiteral("user"))) {
        const qsizetype colon = user.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return usage(QStringLiteral("--user takes NAME:PASSWORD"));
        }
        server.addUser(user.left(colon), user.mid(colon + 1));
    }

    QElapsedTimer timer;
    timer.start();
    const TownSummary s = populateTown(server, town);
    // The first line is the contract: scripts and tests read the URL from it.
    std::printf("%s\n", qPrintable(server.systemUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "Stadt %s: %d organizations, %d persons, %d meetings, %d agenda items, %d papers, %d files, "
                 "%d PDFs (%.1f MB, %d made now) in %.1f s\n",
                 qPrintable(s.name),
                 s.organizations,
                 s.persons,
                 s.meetings,
                 s.agendaItems,
                 s.papers,
                 s.files,
                 s.pdfs,
                 double(s.pdfBytes) / 1e6,
                 s.generatedPdfs,
                 double(timer.elapsed()) / 1000.0);
    if (*offsetSeconds != 0) {
        std::fprintf(stderr,
                     "Clock offset %s: the server's clock says %s\n",
                     qPrintable(clockOffset),
                     qPrintable(server.servedNow().toString(Qt::ISODate)));
    }

    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    return app.exec();
}
