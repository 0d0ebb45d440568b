// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationjson.h"

namespace Ratsmappe::AnnotationJson {

namespace {

void putText(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

void putDate(QJsonObject &json, const char *key, const QDateTime &value)
{
    if (value.isValid()) {
        json.insert(QLatin1String(key), value.toUTC().toString(Qt::ISODateWithMs));
    }
}

QDateTime date(const QJsonObject &json, const char *key)
{
    QDateTime value = QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    return value.isValid() ? value.toUTC() : QDateTime();
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject toJson(const StoredAnnotation &a)
{
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("fileId"), a.fileId},
                     {QStringLiteral("type"), a.type},
                     {QStringLiteral("page"), a.page},
                     {QStringLiteral("geometry"), a.geometry},
                     {QStringLiteral("color"), a.color}};
    putText(json, "serverId", a.serverId);
    putText(json, "text", a.text);
    putText(json, "quote", a.quote);
    putText(json, "prefix", a.prefix);
    putText(json, "suffix", a.suffix);
    if (a.start >= 0) {
        json.insert(QStringLiteral("start"), a.start);
        json.insert(QStringLiteral("end"), a.end);
    }
    if (a.needsAttention) {
        json.insert(QStringLiteral("needsAttention"), true);
    }
    putText(json, "attentionReason", a.attentionReason);
    putText(json, "originId", a.originId);
    putText(json, "placement", a.placement);
    if (a.confidence >= 0) {
        json.insert(QStringLiteral("confidence"), a.confidence);
    }
    putDate(json, "created", a.created);
    putDate(json, "modified", a.modified);
    return json;
}

std::optional<StoredAnnotation> annotationFromJson(const QJsonObject &json)
{
    StoredAnnotation a;
    a.id = text(json, "id");
    a.fileId = text(json, "fileId");
    a.type = text(json, "type");
    a.geometry = json.value(QLatin1String("geometry")).toObject();
    if (a.id.isEmpty() || a.fileId.isEmpty() || a.type.isEmpty() || a.geometry.isEmpty()) {
        return std::nullopt;
    }
    a.serverId = text(json, "serverId");
    a.page = json.value(QLatin1String("page")).toInt();
    a.color = text(json, "color");
    a.text = text(json, "text");
    a.quote = text(json, "quote");
    a.prefix = text(json, "prefix");
    a.suffix = text(json, "suffix");
    a.start = json.value(QLatin1String("start")).toInt(-1);
    a.end = json.value(QLatin1String("end")).toInt(-1);
    a.needsAttention = json.value(QLatin1String("needsAttention")).toBool();
    a.attentionReason = text(json, "attentionReason");
    a.originId = text(json, "originId");
    a.placement = text(json, "placement");
    a.confidence = json.value(QLatin1String("confidence")).toDouble(-1);
    a.created = date(json, "created");
    a.modified = date(json, "modified");
    return a;
}

QJsonObject toJson(const StoredNote &note)
{
    QJsonObject json{{QStringLiteral("serverId"), note.serverId},
                     {QStringLiteral("targetId"), note.targetId},
                     {QStringLiteral("text"), note.text}};
    putDate(json, "created", note.created);
    putDate(json, "modified", note.modified);
    return json;
}

std::optional<StoredNote> noteFromJson(const QJsonObject &json)
{
    StoredNote note;
    note.serverId = text(json, "serverId");
    note.targetId = text(json, "targetId");
    note.text = text(json, "text");
    if (note.serverId.isEmpty() || note.targetId.isEmpty()) {
        return std::nullopt;
    }
    note.created = date(json, "created");
    note.modified = date(json, "modified");
    return note;
}

} // namespace Ratsmappe::AnnotationJson
