// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetlayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Ratsmappe::Packets {

namespace {

/// A document's entry in the member layout (every layout built is one; the public view hides).
ManifestEntry documentEntry(const Plan &plan, const PlanDocument &d)
{
    ManifestEntry e;
    e.kind = ManifestEntry::Kind::Document;
    e.key = d.fileId;
    e.content = d.content;
    e.title = d.title;
    if (d.item >= 0) {
        e.item = plan.items[d.item].id;
        e.itemNumber = plan.items[d.item].number;
    }
    e.count = d.pages;
    e.nonPublic = d.nonPublic;
    return e;
}

const PlanItem *itemOf(const Plan &plan, const QString &id)
{
    for (const PlanItem &item : plan.items) {
        if (!id.isEmpty() && item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

bool isPlaced(const PlanDocument &d)
{
    return d.placed() && d.versionId != 0 && d.pages > 0;
}

Layout freshLayout(const Plan &plan, int agendaPages)
{
    Layout layout;
    Manifest &m = layout.manifest;
    m.serverId = plan.meeting.serverId;
    m.meetingId = plan.meeting.id;
    m.edition = Edition::Member;
    int next = 1;
    const auto append = [&](ManifestEntry e, Placement p) {
        e.first = next;
        next += e.count;
        m.entries.append(e);
        layout.placements.append(p);
    };
    ManifestEntry cover;
    cover.kind = ManifestEntry::Kind::Cover;
    cover.count = 1;
    append(cover, {});
    ManifestEntry agenda;
    agenda.kind = ManifestEntry::Kind::Agenda;
    agenda.count = std::max(1, agendaPages);
    append(agenda, {});
    for (int i = 0; i < plan.documents.size(); ++i) {
        if (isPlaced(plan.documents[i])) {
            append(documentEntry(plan, plan.documents[i]), Placement{i, -1});
        }
    }
    m.pages = next - 1;
    return layout;
}

} // namespace

QList<RetainedSource> retainedSources(const Plan &plan, const Manifest &previous)
{
    QHash<QString, const PlanDocument *> byKey;
    for (const PlanDocument &d : plan.documents) {
        byKey.insert(Manifest::keyFor(d.fileId, d.nonPublic, previous.edition, plan.keySecret), &d);
    }
    QList<RetainedSource> retained;
    for (const ManifestEntry &e : previous.entries) {
        if (e.kind != ManifestEntry::Kind::Document) {
            continue;
        }
        const PlanDocument *now = byKey.value(e.key);
        // Page counts are not known here (the helper counts them): a document with a stored
        // version that will be placed is enough.
        const bool sameNow = now && now->placed() && now->versionId != 0 &&
            Manifest::contentFor(now->content, now->nonPublic, previous.edition, plan.keySecret) == e.content;
        if (sameNow && (e.replacedBy.isEmpty() || e.replacedBy == QLatin1String("-"))) {
            continue; // current (or back with the same bytes): placed from the plan
        }
        RetainedSource r;
        r.entry = e;
        if (now) {
            r.fileId = now->fileId;
        } else if (!Manifest::isHidden(e.key)) {
            r.fileId = e.key;
        }
        retained.append(r);
    }
    return retained;
}

Layout layOut(const Plan &plan,
              const std::optional<Manifest> &previous,
              const QList<RetainedSource> &retained,
              int agendaPages,
              int supplementAgendaPages,
              QString *note)
{
    if (!previous) {
        return freshLayout(plan, agendaPages);
    }
    const auto fresh = [&](const QString &why) {
        if (note) {
            *note = why;
        }
        return freshLayout(plan, agendaPages);
    };
    Layout layout;
    Manifest &m = layout.manifest;
    m.serverId = plan.meeting.serverId;
    m.meetingId = plan.meeting.id;
    m.edition = Edition::Member;
    m.supplements = previous->supplements;

    QHash<QString, int> byKey; // the previous edition's key → plan document
    for (int i = 0; i < plan.documents.size(); ++i) {
        if (isPlaced(plan.documents[i])) {
            byKey.insert(
                Manifest::keyFor(
                    plan.documents[i].fileId, plan.documents[i].nonPublic, previous->edition, plan.keySecret),
                i);
        }
    }
    QHash<int, int> retainedAt; // first page → index into retained
    for (int i = 0; i < retained.size(); ++i) {
        retainedAt.insert(retained[i].entry.first, i);
    }
    QSet<int> used;
    QList<int> replacing; // entries whose successor goes into the new supplement
    QHash<int, int> successorOf; // entry index → plan document
    for (const ManifestEntry &old : previous->entries) {
        ManifestEntry e = old;
        Placement p;
        if (old.kind == ManifestEntry::Kind::Document) {
            const int doc = byKey.value(old.key, -1);
            // A document that went ("-") and is back with the same bytes gets its pages back.
            const bool current = old.replacedBy.isEmpty() || old.replacedBy == QLatin1String("-");
            if (current && doc >= 0 && !used.contains(doc) &&
                Manifest::contentFor(plan.documents[doc].content,
                                     plan.documents[doc].nonPublic,
                                     previous->edition,
                                     plan.keySecret) == old.content) {
                if (plan.documents[doc].pages != old.count) {
                    return fresh(
                        QStringLiteral("“%1” now counts %2 pages, the issued packet %3: numbered afresh")
                            .arg(plan.documents[doc].title)
                            .arg(plan.documents[doc].pages)
                            .arg(old.count));
                }
                const ManifestEntry now = documentEntry(plan, plan.documents[doc]);
                // In the member layout's own terms: a public layout continued had them hidden.
                e.key = now.key;
                e.content = now.content;
                e.title = now.title;
                e.item = now.item;
                e.itemNumber = now.itemNumber;
                e.nonPublic = now.nonPublic;
                e.replacedBy.clear();
                p.document = doc;
                used.insert(doc);
            } else {
                p.retained = retainedAt.value(old.first, -1);
                if (p.retained < 0) {
                    return fresh(
                        QStringLiteral("the issued packet's pages %1–%2 are not known: numbered afresh")
                            .arg(old.first)
                            .arg(old.first + old.count - 1));
                }
                if (current && doc >= 0) {
                    // Replaced now (or back with other bytes): its successor goes into the Nachtrag.
                    successorOf.insert(int(m.entries.size()), doc);
                    replacing.append(int(m.entries.size()));
                } else if (old.replacedBy.isEmpty()) {
                    e.replacedBy = QStringLiteral("-");
                }
                // Pages kept from before are hidden in a public edition when their TOP is now
                // non-public, whatever it was then.
                if (const PlanItem *item = itemOf(plan, old.item); item && item->nonPublic) {
                    e.nonPublic = true;
                }
            }
        }
        m.entries.append(e);
        layout.placements.append(p);
    }
    int next = previous->pages + 1;
    QList<int> additions;
    for (int i = 0; i < plan.documents.size(); ++i) {
        if (isPlaced(plan.documents[i]) && !used.contains(i)) {
            additions.append(i);
        }
    }
    if (!additions.isEmpty()) {
        layout.newSupplement = ++m.supplements;
        ManifestEntry agenda;
        agenda.kind = ManifestEntry::Kind::SupplementAgenda;
        agenda.count = std::max(1, supplementAgendaPages);
        agenda.supplement = layout.newSupplement;
        agenda.first = next;
        next += agenda.count;
        m.entries.append(agenda);
        layout.placements.append(Placement{});
        for (const int doc : std::as_const(additions)) {
            ManifestEntry e = documentEntry(plan, plan.documents[doc]);
            e.supplement = layout.newSupplement;
            e.first = next;
            next += e.count;
            m.entries.append(e);
            layout.placements.append(Placement{doc, -1});
        }
    }
    m.pages = next - 1;
    QHash<int, int> firstOf; // plan document → the first page it is placed on
    for (int i = 0; i < m.entries.size(); ++i) {
        if (layout.placements[i].document >= 0) {
            firstOf.insert(layout.placements[i].document, m.entries[i].first);
        }
    }
    for (const int entry : std::as_const(replacing)) {
        const QString successor = m.label(firstOf.value(successorOf.value(entry)));
        // Pages that pointed to the version replaced now point on to its successor.
        const QString replacedLabel = m.label(m.entries[entry].first);
        for (ManifestEntry &e : m.entries) {
            if (e.replacedBy == replacedLabel) {
                e.replacedBy = successor;
            }
        }
        m.entries[entry].replacedBy = successor;
    }
    m.pages = next - 1;
    return layout;
}

} // namespace Ratsmappe::Packets
