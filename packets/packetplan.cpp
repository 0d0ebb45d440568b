// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetplan.h"

#include "agendalisting.h"

#include <QJsonArray>
#include <QSet>

namespace Ratsmappe::Packets {

namespace {

QJsonObject documentJson(const PlanDocument &d)
{
    return {{QStringLiteral("file"), d.fileId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("role"), d.role},
            {QStringLiteral("item"), d.item},
            {QStringLiteral("nonPublic"), d.nonPublic},
            {QStringLiteral("late"), d.late},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("version"), d.versionId},
            {QStringLiteral("content"), d.content},
            {QStringLiteral("size"), d.size},
            {QStringLiteral("pages"), d.pages}};
}

} // namespace

QJsonObject Plan::toJson() const
{
    QJsonArray itemList;
    for (const PlanItem &i : items) {
        itemList.append(QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("number"), i.number},
                                    {QStringLiteral("name"), i.name},
                                    {QStringLiteral("nonPublic"), i.nonPublic}});
    }
    QJsonArray documentList;
    for (const PlanDocument &d : documents) {
        documentList.append(documentJson(d));
    }
    return {{QStringLiteral("server"), meeting.serverId},
            {QStringLiteral("meeting"), meeting.id},
            {QStringLiteral("name"), meeting.name},
            {QStringLiteral("body"), meeting.bodyName},
            {QStringLiteral("committees"), QJsonArray::fromStringList(meeting.committees)},
            {QStringLiteral("location"), meeting.location},
            {QStringLiteral("start"), meeting.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), meeting.end.toString(Qt::ISODate)},
            {QStringLiteral("cancelled"), meeting.cancelled},
            {QStringLiteral("sourcesAsOf"), sourcesAsOf.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("items"), itemList},
            {QStringLiteral("documents"), documentList}};
}

Plan Plan::fromJson(const QJsonObject &json)
{
    Plan plan;
    const auto text = [](const QJsonObject &o, const char *name) {
        return o.value(QLatin1String(name)).toString();
    };
    plan.meeting.serverId = text(json, "server");
    plan.meeting.id = text(json, "meeting");
    plan.meeting.name = text(json, "name");
    plan.meeting.bodyName = text(json, "body");
    for (const QJsonValue &c : json.value(QLatin1String("committees")).toArray()) {
        plan.meeting.committees << c.toString();
    }
    plan.meeting.location = text(json, "location");
    plan.meeting.start = QDateTime::fromString(text(json, "start"), Qt::ISODate);
    plan.meeting.end = QDateTime::fromString(text(json, "end"), Qt::ISODate);
    plan.meeting.cancelled = json.value(QLatin1String("cancelled")).toBool();
    plan.sourcesAsOf = QDateTime::fromString(text(json, "sourcesAsOf"), Qt::ISODate);
    for (const QJsonValue &v : json.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        plan.items.append({text(o, "id"),
                           text(o, "number"),
                           text(o, "name"),
                           o.value(QLatin1String("nonPublic")).toBool()});
    }
    for (const QJsonValue &v : json.value(QLatin1String("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        PlanDocument d;
        d.fileId = text(o, "file");
        d.title = text(o, "title");
        d.role = text(o, "role");
        d.item = o.value(QLatin1String("item")).toInt(-1);
        d.nonPublic = o.value(QLatin1String("nonPublic")).toBool();
        d.late = o.value(QLatin1String("late")).toBool();
        d.kind = text(o, "kind");
        d.versionId = qint64(o.value(QLatin1String("version")).toDouble());
        d.content = text(o, "content");
        d.size = qint64(o.value(QLatin1String("size")).toDouble());
        d.pages = o.value(QLatin1String("pages")).toInt(-1);
        if (d.item >= plan.items.size()) {
            d.item = -1;
        }
        plan.documents.append(d);
    }
    return plan;
}

QList<int> Plan::documentsOf(int item) const
{
    QList<int> out;
    for (int i = 0; i < documents.size(); ++i) {
        if (documents[i].item == item) {
            out.append(i);
        }
    }
    return out;
}

std::optional<Plan> readPlan(Database &db, const QString &meetingId, const QString &serverId)
{
    PacketStore packets(db);
    const auto meeting = packets.meeting(meetingId, serverId);
    if (!meeting) {
        return std::nullopt;
    }
    Plan plan;
    plan.meeting = *meeting;
    const MeetingAgenda agenda = AgendaListing(db).agenda(meetingId, meeting->serverId);
    // A file listed twice (under two papers of one item, or under two items) is placed once,
    // where it is first listed: a packet does not repeat pages.
    QSet<QString> seen;
    const auto add = [&](const AgendaDocument &doc, int item, bool itemNonPublic) {
        if (doc.withdrawn || seen.contains(doc.fileId)) {
            return;
        }
        seen.insert(doc.fileId);
        PlanDocument d;
        d.fileId = doc.fileId;
        d.title = doc.name;
        d.role = doc.role;
        d.item = item;
        d.nonPublic = doc.nonPublic || itemNonPublic;
        d.late = doc.late;
        const PacketSourceState state = packets.sourceState(meeting->serverId, doc.fileId);
        if (state.current) {
            d.kind = documentKindName(state.current->kind);
            d.versionId = state.current->id;
            d.content = state.current->blake2b;
            d.size = state.current->size;
            if (d.placed() && state.completed > plan.sourcesAsOf) {
                plan.sourcesAsOf = state.completed;
            }
        }
        d.downloadFailure = state.downloadFailure;
        d.unreadable = state.unreadable;
        plan.documents.append(d);
    };
    for (const AgendaDocument &doc : agenda.documents) {
        add(doc, -1, false);
    }
    for (const AgendaEntry &entry : agenda.items) {
        const int index = int(plan.items.size());
        plan.items.append({entry.id, entry.number, entry.name, entry.nonPublic});
        for (const AgendaDocument &doc : entry.documents) {
            add(doc, index, entry.nonPublic);
        }
    }
    return plan;
}

} // namespace Ratsmappe::Packets
