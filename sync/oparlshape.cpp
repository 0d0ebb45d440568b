// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlshape.h"

#include <QTimeZone>

#include <algorithm>

namespace Ratsmappe::OParlShape {

// Real servers put a single object where an array belongs, or "N/A" and blank strings.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toArray();
    }
    if (value.isObject()) {
        return QJsonArray{value};
    }
    return {};
}

// Files are embedded (1.0) or linked by URL (1.1); keep both, drop "N/A" and blanks.
QJsonArray linksOf(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonValue &v : value.isArray() ? value.toArray() : QJsonArray{value}) {
        if (v.isObject() || v.toString().startsWith(QLatin1String("http"))) {
            out.append(v);
        }
    }
    return out;
}

QString typeName(const QJsonObject &object)
{
    const QString type = object.value(QLatin1String("type")).toString();
    return type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
}

// The lists a Body links, with the kind of object in each. 1.0 has the first four; 1.1 adds
// external lists for what 1.0 embeds.
constexpr BodyList BodyListTable[] = {
    {"organization", ObjectKind::Organization},
    {"person", ObjectKind::Person},
    {"meeting", ObjectKind::Meeting},
    {"paper", ObjectKind::Paper},
    {"agendaItem", ObjectKind::AgendaItem},
    {"consultation", ObjectKind::Consultation},
    {"file", ObjectKind::File},
    {"membership", ObjectKind::Membership},
    {"locationList", ObjectKind::Location},
    {"legislativeTermList", ObjectKind::LegislativeTerm},
};

// Where each kind of object embeds others (OParl 1.0 embeds, 1.1 may link by URL instead).
// ownChild: the embedded object belongs to this one (its parent column), else to the body.
constexpr Embedding BodyEmbeds[] = {{"location", ObjectKind::Location, true},
                                    {"legislativeTerm", ObjectKind::LegislativeTerm, true}};
constexpr Embedding LocationOnly[] = {{"location", ObjectKind::Location, false}};
constexpr Embedding PersonEmbeds[] = {{"membership", ObjectKind::Membership, true},
                                      {"location", ObjectKind::Location, false}};
constexpr Embedding MeetingEmbeds[] = {{"location", ObjectKind::Location, false},
                                       {"agendaItem", ObjectKind::AgendaItem, true}};
constexpr Embedding PaperEmbeds[] = {{"location", ObjectKind::Location, false},
                                     {"consultation", ObjectKind::Consultation, true}};

constexpr const char *MeetingFiles[] = {"invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile"};
constexpr const char *AgendaItemFiles[] = {"resolutionFile", "auxiliaryFile"};
constexpr const char *PaperFiles[] = {"mainFile", "auxiliaryFile"};

// The lists a kind of object can come from: its own list and those of the objects that embed
// it. A kind is reconciled only after all of them (those the body has) were walked in full.
QStringList sourcesOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AgendaItem:
        return {QStringLiteral("agendaItem"), QStringLiteral("meeting")};
    case ObjectKind::Consultation:
        return {QStringLiteral("consultation"), QStringLiteral("paper")};
    case ObjectKind::Membership:
        return {QStringLiteral("membership"), QStringLiteral("person")};
    case ObjectKind::File:
        return {QStringLiteral("file"),
                QStringLiteral("meeting"),
                QStringLiteral("agendaItem"),
                QStringLiteral("paper")};
    case ObjectKind::LegislativeTerm:
        return {QStringLiteral("legislativeTermList")};
    case ObjectKind::Location: { // embedded almost everywhere
        QStringList all;
        for (const BodyList &list : BodyListTable) {
            all << QLatin1String(list.property);
        }
        return all;
    }
    default:
        for (const BodyList &list : BodyListTable) {
            if (list.kind == kind) {
                return {QLatin1String(list.property)};
            }
        }
        return {};
    }
}

// Unparseable stamps ("N/A") count as none; stamps without a zone are taken as UTC.
QDateTime parseStamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t.setTimeZone(QTimeZone::UTC);
    }
    return t.toUTC();
}

std::span<const Embedding> embeddingsOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Body:
        return BodyEmbeds;
    case ObjectKind::Organization:
        return LocationOnly;
    case ObjectKind::Person:
        return PersonEmbeds;
    case ObjectKind::Meeting:
        return MeetingEmbeds;
    case ObjectKind::Paper:
        return PaperEmbeds;
    default:
        return {};
    }
}

std::span<const char *const> fileRolesOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Meeting:
        return MeetingFiles;
    case ObjectKind::AgendaItem:
        return AgendaItemFiles;
    case ObjectKind::Paper:
        return PaperFiles;
    default:
        return {};
    }
}

std::span<const BodyList> bodyLists()
{
    return BodyListTable;
}

} // namespace Ratsmappe::OParlShape
