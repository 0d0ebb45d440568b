// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetwriter.h"

#include "annotationpdfwriter.h"
#include "packetpages.h"
#include "packetpdf.h"
#include "packetprotocol.h"
#include "pagestamp.h"

#include <QImage>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace Ratsmappe::Packets {

namespace {

/// One source: a parsed PDF or an image, with its page count.
struct Source
{
    std::unique_ptr<QPDF> pdf;
    QImage image;
    int pages = 0;
};

using Protocol::HelperFailure;

QString failure(HelperFailure::Kind kind, const QString &title, const QString &detail = {}, int page = 0)
{
    return HelperFailure{kind, title, page, detail}.encode();
}

std::optional<Source>
parse(const QByteArray &bytes, const QString &kind, QString *error, const QString &title)
{
    Source s;
    try {
        if (kind == QLatin1String("image")) {
            s.image = QImage::fromData(bytes);
            if (s.image.isNull()) {
                *error = failure(HelperFailure::Kind::NotAnImage, title);
                return std::nullopt;
            }
            s.pages = 1;
            return s;
        }
        s.pdf = std::make_unique<QPDF>();
        s.pdf->setSuppressWarnings(true);
        s.pdf->processMemoryFile(title.toUtf8().constData(), bytes.constData(), size_t(bytes.size()));
        s.pdf->pushInheritedAttributesToPage();
        s.pages = int(s.pdf->getAllPages().size());
        if (s.pages == 0) {
            *error = failure(HelperFailure::Kind::NoPages, title);
            return std::nullopt;
        }
        if (const int page = AnnotationPdf::damagedPage(*s.pdf); page > 0) {
            *error = failure(HelperFailure::Kind::DamagedPage, title, {}, page);
            return std::nullopt;
        }
        return s;
    } catch (const std::exception &e) {
        *error = failure(HelperFailure::Kind::Unreadable, title, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace

struct PacketWriter::Private
{
    WriterJob job;
    QList<QByteArray> documentBytes;
    QList<QByteArray> retainedBytes;
    std::vector<std::optional<Source>> documents;
    std::vector<std::optional<Source>> retained;
    Layout layout;
    WriterResult result;
    int placed = 0;
};

PacketWriter::PacketWriter(WriterJob job, QList<QByteArray> documents, QList<QByteArray> retained)
    : d(std::make_unique<Private>())
{
    d->job = std::move(job);
    d->documentBytes = std::move(documents);
    d->retainedBytes = std::move(retained);
}

PacketWriter::~PacketWriter() = default;

const WriterResult &PacketWriter::result() const
{
    return d->result;
}

bool PacketWriter::prepare()
{
    Plan &plan = d->job.plan;
    const int total = int(plan.documents.size() + d->job.retained.size());
    int done = 0;
    d->documents.resize(size_t(plan.documents.size()));
    for (int i = 0; i < plan.documents.size(); ++i) {
        PlanDocument &doc = plan.documents[i];
        const QByteArray &bytes = d->documentBytes.value(i);
        if (doc.placed() && doc.versionId != 0 && !bytes.isEmpty()) {
            d->documents[size_t(i)] = parse(bytes, doc.kind, &d->result.error, doc.title);
            if (!d->documents[size_t(i)]) {
                return false;
            }
            doc.pages = d->documents[size_t(i)]->pages;
            // The public edition's cover counts only what it holds.
            if (d->job.edition == Edition::Member || !doc.nonPublic) {
                ++d->placed;
            }
        } else {
            doc.pages = -1;
        }
        if (onProgress) {
            onProgress(++done, total);
        }
    }
    d->retained.resize(size_t(d->job.retained.size()));
    for (int i = 0; i < d->job.retained.size(); ++i) {
        const QByteArray &bytes = d->retainedBytes.value(i);
        if (!bytes.isEmpty()) {
            const bool pdf = bytes.left(1024).contains("%PDF-");
            QString ignored;
            d->retained[size_t(i)] = parse(bytes,
                                           pdf ? QStringLiteral("pdf") : QStringLiteral("image"),
                                           &ignored,
                                           d->job.retained[i].entry.title);
            // An old version that now counts other pages (or fails) gives way to blank pages.
            if (d->retained[size_t(i)] && d->retained[size_t(i)]->pages != d->job.retained[i].entry.count) {
                d->retained[size_t(i)].reset();
            }
        }
        if (onProgress) {
            onProgress(++done, total);
        }
    }

    const std::optional<Manifest> &previous = d->job.previous;
    int agendaPages = PacketTexts::agendaPageCount(plan);
    if (previous) {
        // The issued agenda keeps its pages: what follows it keeps its numbers.
        for (const ManifestEntry &e : previous->entries) {
            if (e.kind == ManifestEntry::Kind::Agenda) {
                agendaPages = e.count;
            }
        }
    }
    QString note;
    d->layout = layOut(plan, previous, d->job.retained, agendaPages, 1, &note);
    if (!note.isEmpty()) {
        d->layout = layOut(plan, std::nullopt, {}, PacketTexts::agendaPageCount(plan), 1);
    }
    if (d->layout.newSupplement > 0) {
        QList<int> added;
        for (int i = 0; i < d->layout.placements.size(); ++i) {
            if (d->layout.manifest.entries[i].supplement == d->layout.newSupplement &&
                d->layout.placements[i].document >= 0) {
                added.append(d->layout.placements[i].document);
            }
        }
        const int pages = PacketTexts::supplementAgendaPageCount(plan, added);
        if (pages != 1) {
            d->layout = layOut(plan, previous, d->job.retained, agendaPages, pages, &note);
        }
    }
    d->layout.manifest.built = d->job.built;
    d->result.note = note;
    d->result.memberLayout = d->layout.manifest;
    d->result.manifest = d->job.edition == Edition::Public ? d->layout.manifest.publicView(plan.keySecret)
                                                           : d->layout.manifest;
    d->result.pages = d->layout.manifest.pagesIn(d->job.edition);
    return true;
}

bool PacketWriter::write(FILE *out)
{
    const Plan &plan = d->job.plan;
    const Manifest &m = d->layout.manifest;
    const bool isPublic = d->job.edition == Edition::Public;
    const PacketTexts texts{plan, d->layout, d->job.edition, d->job.watermark, d->job.built, d->placed};
    QPDF pdf;
    pdf.emptyPDF();
    // Lives until the packet is written: foreign annotations' appearances are read from it.
    AnnotationPdf::AnnotationPdfWriter annotationWriter(pdf);
    QPDFPageDocumentHelper pageHelper(pdf);
    QPDFObjectHandle helvetica = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    QPDFObjectHandle helveticaBold = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
    QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
    fonts.replaceKey("/F1", helvetica);
    fonts.replaceKey("/F2", helveticaBold);

    struct Written
    {
        QPDFObjectHandle page;
        int member = 0; ///< member page number; 0 for a gap page
        int entry = -1;
        QString gapFirst, gapLast;
        QList<PageLink> links;
    };
    std::vector<Written> written;
    const auto addPage = [&](QPDFObjectHandle page, int member, int entry) {
        pageHelper.addPage(QPDFPageObjectHelper(page), false);
        written.push_back({pdf.getAllPages().back(), member, entry, {}, {}, {}});
    };
    std::vector<int> gapOf(size_t(m.pages + 1), -1); // member page → written gap page
    try {
        for (int i = 0; i < m.entries.size(); ++i) {
            const ManifestEntry &e = m.entries[i];
            const Placement &p = d->layout.placements[i];
            if (isPublic && e.nonPublic) {
                // One page stands for a run of left-out pages.
                if (written.empty() || written.back().member != 0 || written.back().gapFirst.isEmpty()) {
                    const GeneratedPage gap =
                        PacketTexts::gap(m.label(e.first), m.label(e.first + e.count - 1));
                    addPage(a4Page(pdf, gap.ops, fonts), 0, i);
                    written.back().gapFirst = m.label(e.first);
                }
                written.back().gapLast = m.label(e.first + e.count - 1);
                for (int page = e.first; page < e.first + e.count; ++page) {
                    gapOf[size_t(page)] = int(written.size()) - 1;
                }
                continue;
            }
            switch (e.kind) {
            case ManifestEntry::Kind::Cover:
                addPage(a4Page(pdf, texts.cover().ops, fonts), e.first, i);
                break;
            case ManifestEntry::Kind::Agenda:
            case ManifestEntry::Kind::SupplementAgenda: {
                const QList<GeneratedPage> pages = e.kind == ManifestEntry::Kind::Agenda
                    ? texts.agenda(e.count)
                    : texts.supplementAgenda(e.supplement, e.count);
                for (int n = 0; n < pages.size(); ++n) {
                    addPage(a4Page(pdf, pages[n].ops, fonts), e.first + n, i);
                    written.back().links = pages[n].links;
                }
                break;
            }
            case ManifestEntry::Kind::Document: {
                const std::optional<Source> *source = p.document >= 0 ? &d->documents[size_t(p.document)]
                    : p.retained >= 0                                 ? &d->retained[size_t(p.retained)]
                                                                      : nullptr;
                if (!source || !*source) {
                    for (int n = 0; n < e.count; ++n) {
                        addPage(a4Page(pdf, PacketTexts::missingPage(e.title, n + 1, e.count).ops, fonts),
                                e.first + n,
                                i);
                    }
                } else if (!(*source)->image.isNull()) {
                    addPage(imagePage(pdf, (*source)->image, fonts), e.first, i);
                } else {
                    try {
                        const std::vector<QPDFObjectHandle> &pages = (*source)->pdf->getAllPages();
                        // The member's annotations on the version placed here (not on an old
                        // version a supplement keeps: they were carried to the current one).
                        const QList<QJsonObject> marks = p.document >= 0
                            ? d->job.annotations.value(plan.documents[p.document].versionId)
                            : QList<QJsonObject>();
                        for (int n = 0; n < e.count; ++n) {
                            addPage(pages[size_t(n)], e.first + n, i);
                            // Before the stamp's band extends the page's box: the annotations are
                            // placed on the box they were made on, and the band keeps user space.
                            QPDFPageObjectHelper page(written.back().page);
                            for (const QJsonObject &a : marks) {
                                if (a.value(QLatin1String("page")).toInt() != n) {
                                    continue;
                                }
                                const std::string error =
                                    annotationWriter.add(page, AnnotationPdf::PageSpace(page), a);
                                if (!error.empty()) {
                                    d->result.error = failure(HelperFailure::Kind::WriteFailed,
                                                              e.title,
                                                              QString::fromStdString(error));
                                    return false;
                                }
                            }
                        }
                        for (const QJsonObject &a : marks) {
                            if (const int page = a.value(QLatin1String("page")).toInt();
                                page < 0 || page >= e.count) {
                                d->result.error = failure(HelperFailure::Kind::WriteFailed,
                                                          e.title,
                                                          QStringLiteral("an annotation is on page %1 of %2")
                                                              .arg(page + 1)
                                                              .arg(e.count));
                                return false;
                            }
                        }
                    } catch (const std::exception &ex) {
                        d->result.error =
                            failure(HelperFailure::Kind::Unreadable, e.title, QString::fromUtf8(ex.what()));
                        return false;
                    }
                }
                break;
            }
            }
        }

        // Stamps, links, outline, labels and the manifest, now that every page exists.
        const int mainPages = m.firstPageOf(1) - 1 > 0 && m.supplements > 0 ? m.firstPageOf(1) - 1 : m.pages;
        std::vector<QPDFObjectHandle> pages;
        std::vector<int> writtenOf(size_t(m.pages + 1), 0);
        for (size_t w = 0; w < written.size(); ++w) {
            pages.push_back(written[w].page);
            if (written[w].member > 0) {
                writtenOf[size_t(written[w].member)] = int(w);
            }
        }
        const auto target = [&](int member) {
            return gapOf[size_t(member)] >= 0 ? gapOf[size_t(member)] : writtenOf[size_t(member)];
        };
        for (Written &w : written) {
            const ManifestEntry &e = m.entries[w.entry];
            PageStamp stamp;
            if (w.member == 0) {
                stamp.left = QStringLiteral("Öffentliche Ausgabe");
                stamp.right = w.gapFirst == w.gapLast
                    ? QStringLiteral("S. %1: nichtöffentlich").arg(w.gapFirst)
                    : QStringLiteral("S. %1–%2: nichtöffentlich").arg(w.gapFirst, w.gapLast);
            } else {
                stamp.left = texts.stampTitle(e);
                if (e.supplement == 0) {
                    stamp.right = QStringLiteral("Seite %1 von %2").arg(w.member).arg(mainPages);
                } else {
                    const int first = m.firstPageOf(e.supplement);
                    const int last =
                        e.supplement < m.supplements ? m.firstPageOf(e.supplement + 1) - 1 : m.pages;
                    stamp.right = QStringLiteral("Seite %1 von %2").arg(m.label(w.member), m.label(last));
                    Q_UNUSED(first)
                }
                stamp.nonPublic = e.nonPublic && !isPublic;
                if (e.replacedBy == QLatin1String("-")) {
                    stamp.replaced = QStringLiteral("entfallen");
                } else if (!e.replacedBy.isEmpty()) {
                    stamp.replaced = QStringLiteral("ersetzt, siehe %1").arg(e.replacedBy);
                }
                if (!isPublic) {
                    stamp.watermark = d->job.watermark;
                }
            }
            stampPage(pdf, w.page, stamp, helvetica);
            if (!w.links.isEmpty()) {
                QPDFObjectHandle annots = QPDFObjectHandle::newArray();
                for (const PageLink &link : std::as_const(w.links)) {
                    QPDFObjectHandle a =
                        QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Border [0 0 0] >>");
                    a.replaceKey("/Rect",
                                 QPDFObjectHandle::newFromRectangle({link.x0, link.y0, link.x1, link.y1}));
                    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
                    dest.appendItem(pages[size_t(target(link.target))]);
                    dest.appendItem(QPDFObjectHandle::newName("/Fit"));
                    a.replaceKey("/Dest", dest);
                    annots.appendItem(pdf.makeIndirectObject(a));
                }
                w.page.replaceKey("/Annots", annots);
            }
        }

        const std::vector<OutlineNode> outline = packetOutline(texts, target);
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
        outlines.replaceKey("/Count",
                            QPDFObjectHandle::newInteger(linkOutline(pdf, outlines, outline, pages)));
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));

        // Page labels: "12" in the main part, "N1-3" in a Nachtrag, "S. 120–134" on a gap page.
        QPDFObjectHandle nums = QPDFObjectHandle::newArray();
        int previousSupplement = -1;
        bool afterGap = false;
        for (size_t w = 0; w < written.size(); ++w) {
            const Written &page = written[w];
            QPDFObjectHandle label;
            if (page.member == 0) {
                label = QPDFObjectHandle::newDictionary();
                label.replaceKey("/P",
                                 QPDFObjectHandle::newUnicodeString(utf8(
                                     page.gapFirst == page.gapLast
                                         ? QStringLiteral("S. %1").arg(page.gapFirst)
                                         : QStringLiteral("S. %1–%2").arg(page.gapFirst, page.gapLast))));
                afterGap = true;
            } else {
                const ManifestEntry &e = m.entries[page.entry];
                if (e.supplement != previousSupplement || afterGap) {
                    label = QPDFObjectHandle::newDictionary();
                    label.replaceKey("/S", QPDFObjectHandle::newName("/D"));
                    const int start =
                        e.supplement == 0 ? page.member : page.member - m.firstPageOf(e.supplement) + 1;
                    label.replaceKey("/St", QPDFObjectHandle::newInteger(start));
                    if (e.supplement > 0) {
                        label.replaceKey("/P",
                                         QPDFObjectHandle::newUnicodeString(
                                             utf8(QStringLiteral("N%1-").arg(e.supplement))));
                    }
                    previousSupplement = e.supplement;
                    afterGap = false;
                }
            }
            if (label.isInitialized()) {
                nums.appendItem(QPDFObjectHandle::newInteger(qint64(w)));
                nums.appendItem(label);
            }
        }
        QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums", nums);
        root.replaceKey("/PageLabels", labels);

        const QByteArray manifest = d->result.manifest.toJson();
        QPDFEmbeddedFileDocumentHelper files(pdf);
        files.replaceEmbeddedFile(ManifestFileName,
                                  QPDFFileSpecObjectHelper::createFileSpec(
                                      pdf,
                                      ManifestFileName,
                                      QPDFEFStreamObjectHelper::createEFStream(pdf, manifest.toStdString())));
        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        info.replaceKey(
            "/Title",
            QPDFObjectHandle::newUnicodeString(utf8(QStringLiteral("Sitzungsmappe: ") + plan.meeting.name)));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Ratsmappe"));
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));
        Q_ASSERT(d->result.pages == int(written.size()));

        QPDFWriter writer(pdf);
        writer.setOutputFile("packet", out, false);
        // Streams go out as they came: decoding and compressing them again costs most of a
        // write and gains little. Our own new streams are compressed.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.write();
    } catch (const std::exception &e) {
        d->result.error = failure(HelperFailure::Kind::WriteFailed, {}, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

QByteArray embeddedManifest(const QByteArray &bytes, QString *error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("packet", bytes.constData(), size_t(bytes.size()));
        QPDFEmbeddedFileDocumentHelper files(pdf);
        const auto spec = files.getEmbeddedFile(ManifestFileName);
        if (!spec) {
            *error = failure(HelperFailure::Kind::NotAPacket, {});
            return {};
        }
        const std::shared_ptr<Buffer> data = spec->getEmbeddedFileStream().getStreamData();
        return QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
    } catch (const std::exception &e) {
        *error =
            failure(HelperFailure::Kind::Unreadable, QStringLiteral("packet"), QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace Ratsmappe::Packets
