// SPDX-License-Identifier: GPL-2.0-or-later
// The worker's `export` mode (workerprotocol.h): a document with the member's annotations.
#include "annotationpdfwriter.h"
#include "pipeframe.h"
#include "workerprotocol.h"

#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace Ratsmappe::AnnotationPdf::Protocol {

namespace {

constexpr qint64 MaxJob = 256LL * 1024 * 1024; // foreign annotations carry images
constexpr qint64 MaxDocument = 1024LL * 1024 * 1024;

} // namespace

int runExport(QFile &in, std::FILE *out)
{
    const auto jobFrame = PipeFrame::readFrame(in, MaxJob);
    const std::optional<ExportJob> job = jobFrame ? ExportJob::fromJson(*jobFrame) : std::nullopt;
    if (!job) {
        return fail(Failure::Internal, "the export job could not be read");
    }
    const auto document = PipeFrame::readFrame(in, MaxDocument);
    if (!document) {
        return fail(Failure::Internal, "the document did not arrive whole");
    }
    // Declared first: the writer's capsules must outlive every use of the document.
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
    try {
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("document", document->constData(), size_t(document->size()));
        QPDFPageDocumentHelper helper(pdf);
        helper.pushInheritedAttributesToPage();
        pages = helper.getAllPages();
    } catch (const QPDFExc &e) {
        return fail(e.getErrorCode() == qpdf_e_password ? Failure::Encrypted : Failure::Unreadable, e.what());
    } catch (const std::exception &e) {
        return fail(Failure::Unreadable, e.what());
    }
    if (pages.empty()) {
        return fail(Failure::Unreadable, "the document has no pages");
    }
    // A document qpdf repaired may have lost a page's content: the member would get a copy with
    // a blank page. Refused, as the session packet does; the cache keeps the document as it is.
    try {
        if (const int page = damagedPage(pdf); page > 0) {
            const std::string why =
                "page " + std::to_string(page) + " lost its content (the file is damaged)";
            return fail(Failure::Unreadable, why.c_str());
        }
    } catch (const std::exception &e) {
        return fail(Failure::Unreadable, e.what());
    }
    AnnotationPdfWriter writer(pdf);
    try {
        if (const std::string error = writer.addAll(job->annotations, pages); !error.empty()) {
            return fail(Failure::Internal, error.c_str());
        }
        addWatermark(pdf, pages, job->watermark);
        if (!job->title.isEmpty()) {
            QPDFObjectHandle trailer = pdf.getTrailer();
            QPDFObjectHandle info = trailer.getKey("/Info");
            if (!info.isDictionary()) {
                info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
                trailer.replaceKey("/Info", info);
            }
            info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(job->title.toStdString()));
        }
    } catch (const std::exception &e) {
        return fail(Failure::Internal, e.what());
    }
    try {
        QPDFWriter w(pdf);
        w.setOutputFile("export", out, false);
        // The document's streams go out as they came (decoding and compressing them again costs
        // most of a write); the new ones are compressed.
        w.setDecodeLevel(qpdf_dl_none);
        w.setCompressStreams(true);
        w.setObjectStreamMode(qpdf_o_preserve);
        w.write();
    } catch (const std::exception &e) {
        return fail(Failure::WriteFailed, e.what());
    }
    return std::fflush(out) == 0 ? 0 : fail(Failure::WriteFailed, "the export could not be handed back");
}

} // namespace Ratsmappe::AnnotationPdf::Protocol
