// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The PDF objects a packet adds with libqpdf: its own pages, image pages, the outline.

#include "packetpages.h"

#include <QImage>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <functional>
#include <string>
#include <vector>

namespace Ratsmappe::Packets {

std::string utf8(const QString &s);

/// A page of \a width × \a height points drawn by \a ops, with \a fonts as its fonts.
QPDFObjectHandle
a4Page(QPDF &pdf, const std::string &ops, QPDFObjectHandle fonts, double width = 595, double height = 842);
/// \a image fitted on an A4 page (landscape when it is wider than high), transparency on white.
QPDFObjectHandle imagePage(QPDF &pdf, const QImage &image, QPDFObjectHandle fonts);

struct OutlineNode
{
    QString title;
    int page = 0; ///< index into the written pages
    std::vector<OutlineNode> children;
};

/// The packet's outline: cover, agenda, the meeting's own documents, each TOP with its documents
/// (one without documents points to the agenda, where its line is), each Nachtrag with its own.
/// \a target maps a member page number to the index of the written page that shows it.
std::vector<OutlineNode> packetOutline(const PacketTexts &texts, const std::function<int(int)> &target);

/// Links \a nodes as outline items under \a parent; returns how many items are open below it.
int linkOutline(QPDF &pdf,
                QPDFObjectHandle parent,
                const std::vector<OutlineNode> &nodes,
                const std::vector<QPDFObjectHandle> &pages);

} // namespace Ratsmappe::Packets
