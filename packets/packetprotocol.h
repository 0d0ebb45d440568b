// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The pipe between PacketBuilder and ratsmappe-packet-worker.
//
// `ratsmappe-packet-worker build`: stdin holds a frame with the job (JSON: the plan, the edition,
// the watermark, the previous layout, the retained sources) and then one frame per source: the
// plan's documents that are placed, in order, then the retained versions (an empty frame for
// one the cache does not hold). A frame is a 64-bit big-endian length and the bytes. The worker
// answers on stdout with a frame holding the result (JSON: the manifest, the member layout, the
// page count) and then the PDF up to the end. Progress goes to stderr as lines
// "progress DONE TOTAL"; a failure as a line "error MESSAGE" and exit status 1.
//
// `ratsmappe-packet-worker manifest`: stdin is a PDF; stdout its embedded manifest.

#include "pipeframe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace Ratsmappe::Packets::Protocol {

inline constexpr int ErrorExit = 1;

using PipeFrame::frameHeader;
using PipeFrame::readFrame;
using PipeFrame::writeFrame;

/// Why the helper failed. It has no translations, so it sends the kind and the facts, and the
/// builder words them in the member's language.
struct HelperFailure
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::Packets::HelperFailure)
public:
    enum class Kind {
        Internal, ///< the pipe or the job; detail says what
        Unreadable, ///< a document cannot be parsed; detail is the parser's own words
        NoPages, ///< a document has no pages
        DamagedPage, ///< a document's page lost its content (a truncated file)
        NotAnImage, ///< an image that cannot be decoded
        NotAPacket, ///< a file without a packet's manifest
        WriteFailed, ///< writing the packet failed; detail is the writer's own words
    };
    Kind kind = Kind::Internal;
    QString title; ///< the document's
    int page = 0; ///< from 1
    QString detail;

    /// One line for the pipe.
    QString encode() const;
    static HelperFailure decode(const QString &line);
    /// For the member, translated.
    QString describe() const;
};

} // namespace Ratsmappe::Packets::Protocol
