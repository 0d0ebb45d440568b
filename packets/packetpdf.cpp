// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetpdf.h"

#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Ratsmappe::Packets {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QPDFObjectHandle
a4Page(QPDF &pdf, const std::string &ops, QPDFObjectHandle fonts, double width, double height)
{
    QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
    page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
    page.replaceKey("/MediaBox", QPDFObjectHandle::newFromRectangle({0, 0, width, height}));
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts);
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, ops));
    return pdf.makeIndirectObject(page);
}

QPDFObjectHandle imagePage(QPDF &pdf, const QImage &source, QPDFObjectHandle fonts)
{
    // Transparent parts show as paper.
    QImage image(source.size(), QImage::Format_RGB888);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, source);
    }
    std::string data;
    data.reserve(size_t(image.width()) * size_t(image.height()) * 3);
    for (int y = 0; y < image.height(); ++y) {
        data.append(reinterpret_cast<const char *>(image.constScanLine(y)), size_t(image.width()) * 3);
    }
    QPDFObjectHandle xobject = QPDFObjectHandle::newStream(&pdf, data);
    QPDFObjectHandle dict = xobject.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(image.width()));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(image.height()));
    dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceRGB"));
    dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
    const bool landscape = image.width() > image.height();
    const double pw = landscape ? 842 : 595;
    const double ph = landscape ? 595 : 842;
    const double margin = 36;
    const double scale = std::min((pw - 2 * margin) / image.width(), (ph - 2 * margin) / image.height());
    const double w = image.width() * scale;
    const double h = image.height() * scale;
    std::string ops = "q ";
    ops += QStringLiteral("%1 0 0 %2 %3 %4 cm /Im0 Do Q\n")
               .arg(w, 0, 'f', 2)
               .arg(h, 0, 'f', 2)
               .arg((pw - w) / 2, 0, 'f', 2)
               .arg((ph - h) / 2, 0, 'f', 2)
               .toStdString();
    QPDFObjectHandle page = a4Page(pdf, ops, fonts, pw, ph);
    QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
    xobjects.replaceKey("/Im0", xobject);
    page.getKey("/Resources").replaceKey("/XObject", xobjects);
    return page;
}

int linkOutline(QPDF &pdf,
                QPDFObjectHandle parent,
                const std::vector<OutlineNode> &nodes,
                const std::vector<QPDFObjectHandle> &pages)
{
    std::vector<QPDFObjectHandle> items;
    int count = 0;
    for (const OutlineNode &node : nodes) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(node.title)));
        item.replaceKey("/Parent", parent);
        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(pages[size_t(node.page)]);
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        for (int i = 0; i < 3; ++i) {
            dest.appendItem(QPDFObjectHandle::newNull());
        }
        item.replaceKey("/Dest", dest);
        const int below = linkOutline(pdf, item, node.children, pages);
        if (below > 0) {
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(-below)); // closed: TOPs first
        }
        items.push_back(item);
        ++count;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            items[i].replaceKey("/Prev", items[i - 1]);
        }
        if (i + 1 < items.size()) {
            items[i].replaceKey("/Next", items[i + 1]);
        }
    }
    if (!items.empty()) {
        parent.replaceKey("/First", items.front());
        parent.replaceKey("/Last", items.back());
    }
    return count;
}

std::vector<OutlineNode> packetOutline(const PacketTexts &texts, const std::function<int(int)> &target)
{
    const Plan &plan = texts.plan;
    const Manifest &m = texts.layout.manifest;
    const bool isPublic = texts.edition == Edition::Public;
    // The outline: cover, agenda, the meeting's own documents, a TOP with its documents, a
    // Nachtrag with its own.
    // A TOP without documents of its own points to the agenda, where its line is.
    std::vector<OutlineNode> outline;
    QString lastItem;
    std::vector<OutlineNode> *under = &outline;
    int agendaPage = 0;
    qsizetype nextItem = 0; // the main part's TOPs are named in agenda order
    // TOPs with pages of their own in the main part are named by those pages (once, even when
    // the agenda was reordered after the packet was issued); the others point to the agenda.
    QSet<QString> withPages;
    for (const ManifestEntry &e : m.entries) {
        if (e.kind == ManifestEntry::Kind::Document && e.supplement == 0 && !(isPublic && e.nonPublic)) {
            withPages.insert(e.item);
        }
    }
    const auto itemsBefore = [&](qsizetype stop) {
        for (; nextItem < stop && nextItem < plan.items.size(); ++nextItem) {
            const PlanItem &item = plan.items[nextItem];
            if (!(isPublic && item.nonPublic) && !withPages.contains(item.id)) {
                outline.push_back({item.number.isEmpty()
                                       ? item.name
                                       : QStringLiteral("TOP %1 %2").arg(item.number, item.name),
                                   agendaPage,
                                   {}});
            }
        }
    };
    const auto indexOfItem = [&plan](const QString &id) {
        for (qsizetype n = 0; n < plan.items.size(); ++n) {
            if (plan.items[n].id == id) {
                return n;
            }
        }
        return qsizetype(-1);
    };
    for (int i = 0; i < m.entries.size(); ++i) {
        const ManifestEntry &e = m.entries[i];
        const int first = target(e.first);
        if (e.kind == ManifestEntry::Kind::SupplementAgenda) {
            itemsBefore(plan.items.size());
        }
        if (isPublic && e.nonPublic) {
            continue;
        }
        if (e.kind == ManifestEntry::Kind::Document && e.supplement == 0 && !e.item.isEmpty()) {
            if (const qsizetype at = indexOfItem(e.item); at >= nextItem) {
                itemsBefore(at);
                nextItem = at + 1;
            }
        }
        switch (e.kind) {
        case ManifestEntry::Kind::Cover:
            outline.push_back({QStringLiteral("Deckblatt"), first, {}});
            break;
        case ManifestEntry::Kind::Agenda:
            outline.push_back({QStringLiteral("Tagesordnung"), first, {}});
            agendaPage = first;
            break;
        case ManifestEntry::Kind::SupplementAgenda:
            outline.push_back({QStringLiteral("Nachtrag %1").arg(e.supplement), first, {}});
            under = &outline.back().children;
            lastItem.clear();
            break;
        case ManifestEntry::Kind::Document: {
            QString title = e.title;
            if (!e.replacedBy.isEmpty()) {
                title += e.replacedBy == QLatin1String("-")
                    ? QStringLiteral(" (entfallen)")
                    : QStringLiteral(" (ersetzt, siehe %1)").arg(e.replacedBy);
            }
            if (e.item.isEmpty()) {
                under->push_back({title, first, {}});
                break;
            }
            if (e.item != lastItem || under->empty()) {
                lastItem = e.item;
                QString heading = texts.stampTitle(e);
                heading.replace(QStringLiteral(" – "), QStringLiteral(" "));
                under->push_back({heading, first, {}});
            }
            under->back().children.push_back({title, first, {}});
            break;
        }
        }
    }
    if (m.supplements == 0) {
        itemsBefore(plan.items.size());
    }
    return outline;
}

} // namespace Ratsmappe::Packets
