// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The session packet tests' meeting (tst_packet*): one meeting of a council in a real SQLCipher
// cache, written as the sync writes it (OParl objects, file links, document versions), with
// PDFs made by libqpdf whose pages and words are known; the packet built into memory and read
// back with Poppler and the `qpdf` program.

#include "cache.h"
#include "database.h"
#include "documentstore.h"
#include "filelinks.h"
#include "objectstore.h"
#include "packetbuilder.h"
#include "pdfdocument.h"
#include "pdfsamples.h"
#include "serverstore.h"
#include "testutil.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <memory>

namespace Ratsmappe::Test::Packet {

inline QString ris(const QString &path)
{
    return QStringLiteral("https://ris.example/oparl/") + path;
}

/// A PDF of A4 pages, one per entry of \a pages, each with its lines of Helvetica text;
/// streams uncompressed, so each word is in the file's bytes as written.
inline QByteArray textPdf(const QList<QStringList> &pages)
{
    return PdfSamples::writeQpdf(
        [&](QPDF &q) {
            const QPDFObjectHandle resources = QPDFObjectHandle::parse(
                "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>");
            for (const QStringList &lines : pages) {
                QByteArray content = "BT /F1 14 Tf 72 760 Td 18 TL";
                for (const QString &line : lines) {
                    content += " (" + line.toLatin1() + ") '";
                }
                content += " ET";
                PdfSamples::addPage(q, q.newStream(content.toStdString()), resources);
            }
        },
        [](QPDFWriter &w) { w.setCompressStreams(false); });
}

/// \a count pages of \a title, each saying which page it is ("Blatt k") and carrying \a marker.
inline QByteArray documentPdf(const QString &title, int count, const QString &marker = {})
{
    QList<QStringList> pages;
    for (int k = 1; k <= count; ++k) {
        pages << QStringList{title, QStringLiteral("Blatt %1").arg(k), marker};
    }
    return textPdf(pages);
}

/// One A4 page filled with pure red well beyond its MediaBox on every side (full bleed).
inline QByteArray fullBleedPdf()
{
    return PdfSamples::writeQpdf(
        [](QPDF &q) { PdfSamples::addPage(q, q.newStream("1 0 0 rg -50 -50 695 942 re f")); });
}

inline QByteArray pngImage()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(20, 90, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A placed document of the fixture, in packet order.
struct PlacedDocument
{
    QString fileId;
    QString title;
    int pages = 0;
    QString item; ///< "TOP 2 – Bebauungsplan Hofgarten" style stamp prefix; "Einladung" for the meeting's own
    QString outlineItem; ///< the item's outline entry ("TOP 2 Bebauungsplan Hofgarten"); empty: own
    bool nonPublic = false;
};

/// The meeting: Rat der Stadt Teststadt, 10 December 2026, five TOPs.
///   own:   Einladung (2 pages)
///   TOP 1  Eröffnung (no documents)
///   TOP 2  Bebauungsplan Hofgarten: paper with Beschlussvorlage (3), Lageplan (PNG, 1 page),
///          a non-public Stellungnahme Kanzlei Falkenrot (2)
///   TOP 3  Haushaltssatzung 2027: paper with Haushaltssatzung (2) and Haushaltsplan (office,
///          only listed); the item's own Plakat Stadtfest (1 full-bleed red page)
///   TOP 4  non-public Grundstücksankauf Geheimweg 12: paper with its Vorlage (2)
///   TOP 5  Anfragen: a Tischvorlage (1), created the day before the meeting
class Town
{
public:
    explicit Town(const QString &dir)
        : cache(Test::createCache(dir))
        , token(QString::number(QRandomGenerator::global()->generate64(), 16).toUpper())
    {
        populate();
    }

    std::unique_ptr<Cache> cache;
    const QString server = ris(QStringLiteral("system"));
    const QString meeting = ris(QStringLiteral("meeting/100"));
    const QString body = ris(QStringLiteral("body/1"));
    /// Unique to this fixture: the non-public documents' words carry it, so a copy of them
    /// found anywhere is this run's.
    const QString token;

    QString secretMarker() const { return QStringLiteral("GEHEIM-MARKER-4711-") + token; }
    QString annexMarker() const { return QStringLiteral("ANLAGE-NOEFFENTLICH-") + token; }
    /// Every string of non-public content: words of the documents, titles of the item and file.
    QByteArrayList nonPublicMarkers() const
    {
        return {secretMarker().toUtf8(),
                annexMarker().toUtf8(),
                QByteArrayLiteral("Geheimweg"),
                QByteArrayLiteral("Falkenrot")};
    }

    // Ids of the files (ris("file/…")).
    const QString invitation = ris(QStringLiteral("file/einladung"));
    const QString vorlage = ris(QStringLiteral("file/hofgarten-vorlage"));
    const QString lageplan = ris(QStringLiteral("file/hofgarten-lageplan"));
    const QString stellungnahme = ris(QStringLiteral("file/hofgarten-stellungnahme"));
    const QString haushalt = ris(QStringLiteral("file/haushalt-satzung"));
    const QString haushaltsplan = ris(QStringLiteral("file/haushalt-plan"));
    const QString plakat = ris(QStringLiteral("file/plakat"));
    const QString geheim = ris(QStringLiteral("file/geheim-vorlage"));
    const QString tischvorlage = ris(QStringLiteral("file/tischvorlage"));
    const QString paper2 = ris(QStringLiteral("paper/2"));
    const QString paper3 = ris(QStringLiteral("paper/3"));
    const QString item3 = ris(QStringLiteral("item/3"));
    const QString paper5 = ris(QStringLiteral("paper/5"));

    Database &db() { return cache->database(); }

    /// The placed documents in packet order (member edition).
    QList<PlacedDocument> placed() const
    {
        const QString top2 = QStringLiteral("TOP 2 – Bebauungsplan Hofgarten");
        const QString top3 = QStringLiteral("TOP 3 – Haushaltssatzung 2027");
        const QString top4 = QStringLiteral("TOP 4 – Grundstücksankauf Geheimweg 12");
        const QString top5 = QStringLiteral("TOP 5 – Anfragen");
        return {
            {invitation, QStringLiteral("Einladung"), 2, QStringLiteral("Einladung"), {}, false},
            {vorlage, QStringLiteral("Beschlussvorlage Hofgarten"), 3, top2, outline(top2), false},
            {lageplan, QStringLiteral("Lageplan Hofgarten"), 1, top2, outline(top2), false},
            {stellungnahme, QStringLiteral("Stellungnahme Kanzlei Falkenrot"), 2, top2, outline(top2), true},
            {haushalt, QStringLiteral("Haushaltssatzung"), 2, top3, outline(top3), false},
            {plakat, QStringLiteral("Plakat Stadtfest"), 1, top3, outline(top3), false},
            {geheim, QStringLiteral("Vorlage Ankauf Geheimweg"), 2, top4, outline(top4), true},
            {tischvorlage, QStringLiteral("Tischvorlage Radweg"), 1, top5, outline(top5), false},
        };
    }
    /// Every agenda item's outline entry, in order.
    static QStringList itemOutlines()
    {
        return {QStringLiteral("TOP 1 Eröffnung"),
                QStringLiteral("TOP 2 Bebauungsplan Hofgarten"),
                QStringLiteral("TOP 3 Haushaltssatzung 2027"),
                QStringLiteral("TOP 4 Grundstücksankauf Geheimweg 12"),
                QStringLiteral("TOP 5 Anfragen")};
    }

    void upsert(ObjectKind kind, const QString &parent, const QJsonObject &data)
    {
        ObjectStore(db(), server).upsert(kind, parent, data, QDateTime::currentDateTimeUtc());
    }

    /// A new complete version of \a fileId holding \a bytes; its id.
    qint64
    storeVersion(const QString &fileId, const QByteArray &bytes, DocumentKind kind, const QString &type)
    {
        Transaction tx(db());
        DocumentWriter writer(db(), fileId, type, QString(), DocumentWriter::DefaultChunkSize, server);
        writer.write(bytes);
        const qint64 id = writer.finish(kind).id;
        tx.commit();
        return id;
    }
    qint64 storePdf(const QString &fileId, const QByteArray &bytes)
    {
        return storeVersion(fileId, bytes, DocumentKind::Pdf, QStringLiteral("application/pdf"));
    }

    /// A File \a id named \a name that \a owner lists as \a role, created on \a created (ISO date).
    void addFile(const QString &owner,
                 const QString &role,
                 const QString &id,
                 const QString &name,
                 const QString &created = QStringLiteral("2026-11-20T09:00:00+01:00"),
                 bool nonPublic = false)
    {
        QJsonObject file{{QStringLiteral("id"), id},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("created"), created},
                         {QStringLiteral("date"), created.left(10)}};
        if (nonPublic) {
            file.insert(QLatin1String("ratsmappe:nonPublic"), true);
        }
        upsert(ObjectKind::File, {}, file);
        FileLinks(db(), server).add(owner, id, role);
        FileLinks(db()).markLateDocuments();
    }

    void populate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ServerStore(db()).addIfMissing(server, now);
        upsert(ObjectKind::Body,
               server,
               {{QStringLiteral("id"), body}, {QStringLiteral("name"), QStringLiteral("Stadt Teststadt")}});
        upsert(ObjectKind::Organization,
               body,
               {{QStringLiteral("id"), ris(QStringLiteral("organization/rat"))},
                {QStringLiteral("name"), QStringLiteral("Rat der Stadt")}});
        upsert(ObjectKind::Meeting,
               body,
               {{QStringLiteral("id"), meeting},
                {QStringLiteral("name"), QStringLiteral("15. Sitzung des Rates")},
                {QStringLiteral("start"), QStringLiteral("2026-12-10T17:00:00+01:00")},
                {QStringLiteral("end"), QStringLiteral("2026-12-10T21:00:00+01:00")},
                {QStringLiteral("organization"), QJsonArray{ris(QStringLiteral("organization/rat"))}},
                {QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("description"), QStringLiteral("Ratssaal")}}}});
        auto item = [&](int n, const QString &name, bool isPublic, const QString &consultation = {}) {
            QJsonObject data{{QStringLiteral("id"), ris(QStringLiteral("item/%1").arg(n))},
                             {QStringLiteral("number"), QString::number(n)},
                             {QStringLiteral("order"), n},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("public"), isPublic}};
            if (!consultation.isEmpty()) {
                data.insert(QLatin1String("consultation"), consultation);
            }
            upsert(ObjectKind::AgendaItem, meeting, data);
        };
        auto paper = [&](int n, const QString &name) {
            const QString id = ris(QStringLiteral("paper/%1").arg(n));
            upsert(ObjectKind::Paper, body, {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
            upsert(ObjectKind::Consultation,
                   id,
                   {{QStringLiteral("id"), ris(QStringLiteral("consultation/%1").arg(n))},
                    {QStringLiteral("meeting"), meeting},
                    {QStringLiteral("agendaItem"), ris(QStringLiteral("item/%1").arg(n))}});
            return ris(QStringLiteral("consultation/%1").arg(n));
        };
        item(1, QStringLiteral("Eröffnung"), true);
        item(2,
             QStringLiteral("Bebauungsplan Hofgarten"),
             true,
             paper(2, QStringLiteral("Bebauungsplan Hofgarten")));
        item(3,
             QStringLiteral("Haushaltssatzung 2027"),
             true,
             paper(3, QStringLiteral("Haushaltssatzung 2027")));
        item(4,
             QStringLiteral("Grundstücksankauf Geheimweg 12"),
             false,
             paper(4, QStringLiteral("Ankauf Geheimweg 12")));
        item(5, QStringLiteral("Anfragen"), true, paper(5, QStringLiteral("Anfragen")));

        addFile(meeting, QStringLiteral("invitation"), invitation, QStringLiteral("Einladung"));
        storePdf(invitation, documentPdf(QStringLiteral("Einladung zur Sitzung"), 2));
        addFile(paper2, QStringLiteral("mainFile"), vorlage, QStringLiteral("Beschlussvorlage Hofgarten"));
        storePdf(vorlage, documentPdf(QStringLiteral("Beschlussvorlage Hofgarten"), 3));
        addFile(paper2, QStringLiteral("auxiliaryFile"), lageplan, QStringLiteral("Lageplan Hofgarten"));
        storeVersion(lageplan, pngImage(), DocumentKind::Image, QStringLiteral("image/png"));
        addFile(paper2,
                QStringLiteral("auxiliaryFile"),
                stellungnahme,
                QStringLiteral("Stellungnahme Kanzlei Falkenrot"),
                QStringLiteral("2026-11-20T09:00:00+01:00"),
                true);
        storePdf(stellungnahme, documentPdf(QStringLiteral("Stellungnahme"), 2, annexMarker()));
        addFile(paper3, QStringLiteral("mainFile"), haushalt, QStringLiteral("Haushaltssatzung"));
        storePdf(haushalt, documentPdf(QStringLiteral("Haushaltssatzung alt"), 2));
        addFile(paper3, QStringLiteral("auxiliaryFile"), haushaltsplan, QStringLiteral("Haushaltsplan"));
        storeVersion(haushaltsplan,
                     QByteArray("PK\x03\x04 not really a spreadsheet"),
                     DocumentKind::Office,
                     QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        addFile(item3, QStringLiteral("auxiliaryFile"), plakat, QStringLiteral("Plakat Stadtfest"));
        storePdf(plakat, fullBleedPdf());
        addFile(ris(QStringLiteral("paper/4")),
                QStringLiteral("mainFile"),
                geheim,
                QStringLiteral("Vorlage Ankauf Geheimweg"));
        storePdf(geheim, documentPdf(QStringLiteral("Ankauf"), 2, secretMarker()));
        addFile(paper5,
                QStringLiteral("auxiliaryFile"),
                tischvorlage,
                QStringLiteral("Tischvorlage Radweg"),
                QStringLiteral("2026-12-09T10:00:00+01:00"));
        storePdf(tischvorlage, documentPdf(QStringLiteral("Tischvorlage Radweg"), 1));
    }

private:
    static QString outline(const QString &stampPrefix)
    {
        QString s = stampPrefix;
        return s.replace(QStringLiteral(" – "), QStringLiteral(" "));
    }
};

/// The first page (from 1) of each placed document in the member edition with \a agendaPages.
inline QList<int> firstPages(const QList<PlacedDocument> &documents, int agendaPages)
{
    QList<int> first;
    int next = 2 + agendaPages;
    for (const PlacedDocument &d : documents) {
        first << next;
        next += d.pages;
    }
    return first;
}

inline int agendaPagesOf(const Packets::Manifest &manifest)
{
    int pages = 0;
    for (const Packets::ManifestEntry &e : manifest.entries) {
        if (e.kind == Packets::ManifestEntry::Kind::Agenda) {
            pages += e.count;
        }
    }
    return pages;
}

inline int documentPages(const QList<PlacedDocument> &documents)
{
    int sum = 0;
    for (const PlacedDocument &d : documents) {
        sum += d.pages;
    }
    return sum;
}

/// A packet built into memory and opened with Poppler.
struct Built
{
    Packets::BuildResult result;
    QByteArray pdf;
    std::unique_ptr<PdfDocument> doc; ///< null when nothing was written
    QString openError;
};

inline Built
build(Database &db, const QString &meeting, const QString &server, const Packets::BuildOptions &options)
{
    Built built;
    QBuffer out(&built.pdf);
    out.open(QIODevice::WriteOnly);
    Packets::PacketBuilder builder(db);
    built.result = builder.build(meeting, server, options, out);
    out.close();
    if (!built.pdf.isEmpty()) {
        built.doc = PdfDocument::fromData(built.pdf, &built.openError);
    }
    return built;
}

inline Packets::BuildOptions options(Packets::Edition edition,
                                     Packets::Numbering numbering = Packets::Numbering::Auto,
                                     const QString &watermark = {})
{
    Packets::BuildOptions o;
    o.edition = edition;
    o.numbering = numbering;
    o.watermark = watermark;
    return o;
}

/// The text in the stamped band: the bottom 18 pt of the page.
inline QString bandText(const PdfDocument &doc, int page)
{
    const QSizeF size = doc.pageSize(page);
    return doc.textIn(page, QRectF(0, size.height() - 18, size.width(), 18)).simplified();
}
/// The text above the band: the source page's own.
inline QString contentText(const PdfDocument &doc, int page)
{
    const QSizeF size = doc.pageSize(page);
    return doc.textIn(page, QRectF(0, 0, size.width(), size.height() - 18)).simplified();
}

/// Each page's content streams, decoded and joined (libqpdf): what the page draws.
inline QByteArrayList pageContents(const QByteArray &pdf)
{
    QPDF q;
    q.processMemoryFile("packet", pdf.constData(), size_t(pdf.size()));
    QByteArrayList out;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
        Pl_Buffer buffer("contents");
        page.pipeContents(&buffer);
        auto bytes = buffer.getBufferSharedPointer();
        out << QByteArray(reinterpret_cast<const char *>(bytes->getBuffer()), qsizetype(bytes->getSize()));
    }
    return out;
}

/// What a run of the `qpdf` program gave.
struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray output() const { return out + err; }
};

inline ToolRun runQpdf(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("qpdf"), args);
    ToolRun run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        run.err = "qpdf did not run: " + process.errorString().toUtf8();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Writes \a pdf to \a dir/\a name (the test's own folder) for the `qpdf` program.
inline QString saved(const QString &dir, const QString &name, const QByteArray &pdf)
{
    return Test::writeFile(dir, name, pdf);
}

} // namespace Ratsmappe::Test::Packet
