// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetbenchdata.h"

#include "database.h"
#include "demopdf.h"
#include "documentstore.h"
#include "filelinks.h"
#include "objectstore.h"
#include "serverstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace Ratsmappe::Bench {

namespace {

using Style = Demo::PdfSpec::Style;

// A Rat's agenda as such meetings have them: the minutes, the budget draft (the long one), a
// development plan with its annexes, the usual Vorlagen, two non-public items.
struct Item
{
    const char *name;
    const char *paperType;
    bool isPublic;
};
constexpr Item Items[] = {
    {"Genehmigung der Niederschrift der Sitzung vom 18.09.2026", "Mitteilungsvorlage", true},
    {"Haushaltsplanentwurf 2027 mit Stellenplan", "Beschlussvorlage", true},
    {"Bebauungsplan Nr. 47 \"Hofgarten\" - Satzungsbeschluss", "Beschlussvorlage", true},
    {"Sanierung der Grundschule Am Markt", "Beschlussvorlage", true},
    {"Radverkehrskonzept 2030", "Beschlussvorlage", true},
    {"Gebührenkalkulation Abwasser 2027", "Beschlussvorlage", true},
    {"Feuerwehrbedarfsplan 2027-2031", "Beschlussvorlage", true},
    {"Jahresabschluss 2025 der Stadtwerke", "Beschlussvorlage", true},
    {"Grundstücksangelegenheit Gemarkung Lindenau", "Beschlussvorlage", false},
    {"Vergabe der Rohbauarbeiten Feuerwache Nord", "Beschlussvorlage", false},
    {"Anfrage der Fraktion zum Breitbandausbau", "Anfrage", true},
    {"Mitteilungen der Verwaltung", "Mitteilungsvorlage", true},
};

// The documents in packet order: item -1 is the meeting's own (the invitation); under an item the
// first is the paper's main file, the rest its annexes. 1,074 pages, 142 of them scanned
// (about 40 MB: a scanned page weighs about 240 KB, a text page 3 KB).
struct Doc
{
    int item;
    Style style;
    const char *title;
    int pages;
    int scans;
};
constexpr Doc Docs[] = {
    {-1, Style::Invitation, "Einladung zur 14. Sitzung des Rates", 6, 0},
    {0, Style::Protocol, "Niederschrift der 13. Sitzung des Rates", 28, 2},
    {1, Style::Budget, "Entwurf des Haushaltsplans 2027", 390, 0},
    {1, Style::Vorlage, "Anlage: Stellenplan 2027", 36, 0},
    {2, Style::Vorlage, "Beschlussvorlage Bebauungsplan Nr. 47 \"Hofgarten\"", 14, 2},
    {2, Style::Vorlage, "Anlage 1: Planzeichnung", 8, 7},
    {2, Style::Vorlage, "Anlage 2: Begründung", 42, 0},
    {2, Style::Vorlage, "Anlage 3: Umweltbericht", 64, 12},
    {2, Style::Vorlage, "Anlage 4: Stellungnahmen der Träger öffentlicher Belange", 40, 36},
    {3, Style::Vorlage, "Beschlussvorlage Sanierung der Grundschule Am Markt", 9, 0},
    {3, Style::Vorlage, "Anlage 1: Kostenschätzung nach DIN 276", 12, 0},
    {3, Style::Vorlage, "Anlage 2: Fotodokumentation", 24, 23},
    {3, Style::Vorlage, "Anlage 3: Schadstoffgutachten", 16, 8},
    {4, Style::Vorlage, "Beschlussvorlage Radverkehrskonzept 2030", 6, 0},
    {4, Style::Vorlage, "Anlage 1: Radverkehrskonzept 2030", 88, 14},
    {4, Style::Vorlage, "Anlage 2: Verkehrszählung 2026", 20, 10},
    {5, Style::Vorlage, "Beschlussvorlage Gebührenkalkulation Abwasser 2027", 8, 0},
    {5, Style::Budget, "Anlage: Gebührenkalkulation", 46, 0},
    {6, Style::Vorlage, "Beschlussvorlage Feuerwehrbedarfsplan", 5, 0},
    {6, Style::Vorlage, "Anlage: Feuerwehrbedarfsplan 2027-2031", 72, 10},
    {7, Style::Vorlage, "Beschlussvorlage Jahresabschluss 2025", 4, 0},
    {7, Style::Budget, "Anlage 1: Jahresabschluss 2025", 58, 0},
    {7, Style::Vorlage, "Anlage 2: Bericht über die Jahresabschlussprüfung", 30, 6},
    {8, Style::Vorlage, "Beschlussvorlage Grundstücksangelegenheit", 4, 0},
    {8, Style::Vorlage, "Anlage: Wertgutachten", 18, 12},
    {9, Style::Vorlage, "Beschlussvorlage Vergabe Rohbauarbeiten", 5, 0},
    {9, Style::Vorlage, "Anlage: Vergabevermerk", 12, 0},
    {10, Style::Vorlage, "Anfrage der Fraktion zum Breitbandausbau", 3, 0},
    {11, Style::Vorlage, "Mitteilung: Sachstand Breitbandausbau", 4, 0},
    {11, Style::Vorlage, "Mitteilung: Baustellen im Stadtgebiet", 2, 0},
};

constexpr int FullPages = [] {
    int sum = 0;
    for (const Doc &d : Docs) {
        sum += d.pages;
    }
    return sum;
}();

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

int packetBenchFullPages()
{
    return FullPages;
}

PacketBenchMeeting makePacketBenchMeeting(Database &db, const QString &plainDir, int pageGoal)
{
    const QString base = QStringLiteral("https://ratsinfo.bench.example/oparl/");
    const auto url = [&base](const char *kind, int n) {
        return QString(base + QLatin1String(kind) + QLatin1Char('/') + QString::number(n));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PacketBenchMeeting meeting;
    meeting.serverId = base + QStringLiteral("body/1");
    meeting.meetingId = url("meeting", 14);
    meeting.items = int(std::size(Items));
    const QString body = meeting.serverId;
    const QString council = url("organization", 1);

    Transaction tx(db);
    ServerStore(db).addIfMissing(meeting.serverId, now);
    ObjectStore objects(db, meeting.serverId);
    FileLinks links(db, meeting.serverId);
    objects.upsert(ObjectKind::Body,
                   meeting.serverId,
                   {{QStringLiteral("id"), body},
                    {QStringLiteral("name"), QStringLiteral("Stadt Wiesenfeld")},
                    {QStringLiteral("shortName"), QStringLiteral("Wiesenfeld")}},
                   now);
    objects.upsert(ObjectKind::Organization,
                   body,
                   {{QStringLiteral("id"), council},
                    {QStringLiteral("name"), QStringLiteral("Rat der Stadt")},
                    {QStringLiteral("organizationType"), QStringLiteral("Gremium")}},
                   now);
    objects.upsert(
        ObjectKind::Meeting,
        body,
        {{QStringLiteral("id"), meeting.meetingId},
         {QStringLiteral("name"), QStringLiteral("14. Sitzung des Rates")},
         {QStringLiteral("start"), QStringLiteral("2026-11-26T17:00:00+01:00")},
         {QStringLiteral("end"), QStringLiteral("2026-11-26T21:30:00+01:00")},
         {QStringLiteral("location"),
          QJsonObject{{QStringLiteral("id"), url("location", 1)},
                      {QStringLiteral("description"), QStringLiteral("Ratssaal, Rathaus, Markt 1")}}},
         {QStringLiteral("organization"), QJsonArray{council}}},
        now);
    QStringList papers;
    for (int i = 0; i < meeting.items; ++i) {
        const Item &item = Items[i];
        const QString itemId = url("agendaItem", 1400 + i);
        const QString paper = url("paper", 2600 + i);
        const QString reference = QStringLiteral("2026/%1").arg(300 + i * 7, 4, 10, QLatin1Char('0'));
        objects.upsert(ObjectKind::AgendaItem,
                       meeting.meetingId,
                       {{QStringLiteral("id"), itemId},
                        {QStringLiteral("meeting"), meeting.meetingId},
                        {QStringLiteral("number"), QString::number(i + 1)},
                        {QStringLiteral("order"), i},
                        {QStringLiteral("name"), text(item.name)},
                        {QStringLiteral("public"), item.isPublic}},
                       now);
        objects.upsert(ObjectKind::Paper,
                       body,
                       {{QStringLiteral("id"), paper},
                        {QStringLiteral("name"), text(item.name)},
                        {QStringLiteral("reference"), reference},
                        {QStringLiteral("paperType"), text(item.paperType)},
                        {QStringLiteral("date"), QStringLiteral("2026-11-05")}},
                       now);
        objects.upsert(ObjectKind::Consultation,
                       paper,
                       {{QStringLiteral("id"), url("consultation", 2600 + i)},
                        {QStringLiteral("paper"), paper},
                        {QStringLiteral("meeting"), meeting.meetingId},
                        {QStringLiteral("agendaItem"), itemId},
                        {QStringLiteral("role"), QStringLiteral("Entscheidung")}},
                       now);
        papers.append(paper);
    }

    // Scaled to the page goal, each document keeping at least one text page.
    const double scale = double(std::max(1, pageGoal)) / double(FullPages);
    QDir().mkpath(plainDir);
    int previousItem = -2;
    for (int d = 0; d < int(std::size(Docs)); ++d) {
        const Doc &doc = Docs[d];
        Demo::PdfSpec spec;
        spec.style = doc.style;
        spec.title = text(doc.title);
        spec.subtitle = QStringLiteral("Stadt Wiesenfeld · Rat der Stadt");
        spec.seed = quint64(1600 + d);
        spec.pages = std::max(1, int(std::lround(doc.pages * scale)));
        spec.scanPages = std::min(spec.pages - 1, int(std::lround(doc.scans * scale)));
        const QByteArray pdf = Demo::writePdf(spec);

        PacketBenchDocument out;
        out.fileId = url("file", 5000 + d);
        out.title = spec.title;
        out.pages = spec.pages;
        out.scanPages = spec.scanPages;
        out.bytes = pdf.size();
        out.path = QDir(plainDir).filePath(QStringLiteral("%1.pdf").arg(d + 1, 2, 10, QLatin1Char('0')));
        objects.upsert(ObjectKind::File,
                       {},
                       {{QStringLiteral("id"), out.fileId},
                        {QStringLiteral("accessUrl"), out.fileId},
                        {QStringLiteral("name"), out.title},
                        {QStringLiteral("fileName"), QStringLiteral("dokument-%1.pdf").arg(5000 + d)},
                        {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                        {QStringLiteral("size"), out.bytes},
                        {QStringLiteral("date"), QStringLiteral("2026-11-05")}},
                       now);
        const bool first = doc.item != previousItem;
        previousItem = doc.item;
        if (doc.item < 0) {
            links.add(meeting.meetingId, out.fileId, QStringLiteral("invitation"));
        } else {
            links.add(papers.at(doc.item),
                      out.fileId,
                      first ? QStringLiteral("mainFile") : QStringLiteral("auxiliaryFile"));
        }
        DocumentWriter writer(db,
                              out.fileId,
                              QStringLiteral("application/pdf"),
                              QString(),
                              DocumentWriter::DefaultChunkSize,
                              meeting.serverId);
        // In pieces, as a download arrives.
        for (qsizetype at = 0; at < pdf.size(); at += 64 * 1024) {
            writer.write(pdf.mid(at, 64 * 1024));
        }
        writer.finish(DocumentKind::Pdf);

        QFile plain(out.path);
        if (!plain.open(QIODevice::WriteOnly) || plain.write(pdf) != pdf.size() || !plain.flush()) {
            throw std::runtime_error("cannot write " + out.path.toStdString());
        }
        meeting.pages += out.pages;
        meeting.bytes += out.bytes;
        meeting.documents.append(out);
    }
    tx.commit();
    return meeting;
}

} // namespace Ratsmappe::Bench
