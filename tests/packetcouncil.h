// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What tst_cli_packet builds its packets from and checks them with: a council with a meeting
// whose documents are all there (one of them non-public) and one whose document never arrives,
// and qpdf's view of a written packet.

#include "demopdf.h"
#include "oparlserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace Ratsmappe::Test {

inline constexpr auto Member = "anna";
inline constexpr auto MemberPassword = "geheim-123";

// One meeting with everything in place — an invitation, a public item with a Vorlage, a
// non-public item with a confidential document — and one whose only document has no bytes on the
// server, so it never reaches the cache.
struct PacketCouncil
{
    Demo::OParlServer server;
    QString meeting, incomplete, invitation, vorlage, secret, missing, item, secretItem;

    static QByteArray pdf(const QString &title, int pages)
    {
        return Demo::writePdf(
            {Demo::PdfSpec::Style::Vorlage, title, QStringLiteral("Stadt Teststadt"), 11, pages, 0});
    }

    QString file(const QString &name, const QByteArray &bytes, bool nonPublic = false)
    {
        QJsonObject fields{
            {QStringLiteral("name"), name},
            {QStringLiteral("fileName"),
             QString(name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"))}};
        if (nonPublic) {
            fields.insert(Demo::OParlServer::nonPublicProperty(), true);
        }
        const QString id = server.add(QStringLiteral("File"), fields);
        if (!bytes.isEmpty()) {
            server.setFileBytes(id, bytes);
        }
        return id;
    }

    PacketCouncil()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        server.setNow(now.addDays(-1));
        server.addUser(QLatin1String(Member), QLatin1String(MemberPassword));
        invitation = file(QStringLiteral("Einladung"), pdf(QStringLiteral("Einladung Bauausschuss"), 2));
        vorlage =
            file(QStringLiteral("Vorlage Hofgarten"), pdf(QStringLiteral("Bebauungsplan Hofgarten"), 3));
        secret = file(QStringLiteral("Kaufvertrag Geheimsache"),
                      pdf(QStringLiteral("Grundstücksankauf Mühlenweg"), 2),
                      true);
        missing = file(QStringLiteral("Fehlende Anlage"), {});
        item = server.add(QStringLiteral("AgendaItem"),
                          {{QStringLiteral("name"), QStringLiteral("Bebauungsplan Hofgarten")},
                           {QStringLiteral("number"), QStringLiteral("1")},
                           {QStringLiteral("public"), true},
                           {QStringLiteral("auxiliaryFile"), QJsonArray{vorlage}}});
        secretItem = server.add(QStringLiteral("AgendaItem"),
                                {{QStringLiteral("name"), QStringLiteral("Grundstücksangelegenheiten")},
                                 {QStringLiteral("number"), QStringLiteral("2")},
                                 {QStringLiteral("public"), false},
                                 {QStringLiteral("auxiliaryFile"), QJsonArray{secret}}});
        meeting = server.add(QStringLiteral("Meeting"),
                             {{QStringLiteral("name"), QStringLiteral("Sitzung des Bauausschusses")},
                              {QStringLiteral("start"), now.addDays(6).toString(Qt::ISODate)},
                              {QStringLiteral("invitation"), invitation},
                              {QStringLiteral("agendaItem"), QJsonArray{item, secretItem}}});
        server.change(item, {{QStringLiteral("meeting"), meeting}});
        server.change(secretItem, {{QStringLiteral("meeting"), meeting}});
        incomplete = server.add(QStringLiteral("Meeting"),
                                {{QStringLiteral("name"), QStringLiteral("Sitzung des Finanzausschusses")},
                                 {QStringLiteral("start"), now.addDays(8).toString(Qt::ISODate)},
                                 {QStringLiteral("invitation"), missing}});
        server.setNow({});
    }
    QString url() const { return server.systemUrl().toString(); }
};

// Runs qpdf with \a args; its stdout, or a null array when it failed or warned.
inline QByteArray qpdf(const QStringList &args)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("qpdf")), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("qpdf %s: %s",
                 qPrintable(args.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

// Pages of a PDF as qpdf counts them; -1 when qpdf cannot read it.
inline int qpdfPages(const QString &path)
{
    bool ok = false;
    const int pages = qpdf({QStringLiteral("--show-npages"), path}).trimmed().toInt(&ok);
    return ok ? pages : -1;
}

// Whether process \a parent has a child named \a name (as /proc/PID/stat has it: at most 15 bytes).
inline bool hasChild(qint64 parent, const char *name)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // "PID (COMM) STATE PPID …"; COMM may hold spaces and parentheses, so split at the last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == name && rest.value(1).toLongLong() == parent) {
            return true;
        }
    }
    return false;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The runs of pages of the main part and earlier Nachträge, as "kind first+count".
inline QStringList runsOf(const QJsonObject &manifest, int upToSupplement)
{
    QStringList runs;
    for (const QJsonValue &v : manifest.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("supplement")).toInt() <= upToSupplement) {
            runs << QStringLiteral("%1 %2+%3")
                        .arg(e.value(QLatin1String("kind")).toString())
                        .arg(e.value(QLatin1String("first")).toInt())
                        .arg(e.value(QLatin1String("count")).toInt());
        }
    }
    return runs;
}

} // namespace Ratsmappe::Test
