// SPDX-License-Identifier: GPL-2.0-or-later
// The job and the result of packetwriter.h as they cross the pipe (packetprotocol.h).
#include "packetwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe::Packets {

namespace {

QJsonObject retainedJson(const RetainedSource &r)
{
    Manifest one;
    one.entries = {r.entry};
    one.pages = r.entry.first + r.entry.count - 1;
    return {{QStringLiteral("file"), r.fileId},
            {QStringLiteral("entry"), QJsonDocument::fromJson(one.toJson()).object()}};
}

} // namespace

QByteArray WriterJob::toJson() const
{
    QJsonArray kept;
    for (const RetainedSource &r : retained) {
        kept.append(retainedJson(r));
    }
    QJsonObject o{{QStringLiteral("plan"), plan.toJson()},
                  {QStringLiteral("edition"), editionName(edition)},
                  {QStringLiteral("watermark"), watermark},
                  {QStringLiteral("built"), built.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("retained"), kept}};
    if (previous) {
        o.insert(QStringLiteral("previous"), QJsonDocument::fromJson(previous->toJson()).object());
    }
    if (!annotations.isEmpty()) {
        QJsonObject byVersion;
        for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
            QJsonArray list;
            for (const QJsonObject &a : it.value()) {
                list.append(a);
            }
            byVersion.insert(QString::number(it.key()), list);
        }
        o.insert(QStringLiteral("annotations"), byVersion);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<WriterJob> WriterJob::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty()) {
        return std::nullopt;
    }
    WriterJob job;
    job.plan = Plan::fromJson(o.value(QLatin1String("plan")).toObject());
    job.edition = editionFromName(o.value(QLatin1String("edition")).toString()).value_or(Edition::Member);
    job.watermark = o.value(QLatin1String("watermark")).toString();
    job.built = QDateTime::fromString(o.value(QLatin1String("built")).toString(), Qt::ISODate);
    if (o.contains(QLatin1String("previous"))) {
        job.previous =
            Manifest::fromJson(QJsonDocument(o.value(QLatin1String("previous")).toObject()).toJson());
        if (!job.previous) {
            return std::nullopt;
        }
    }
    for (const QJsonValue &v : o.value(QLatin1String("retained")).toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject entry = r.value(QLatin1String("entry")).toObject();
        const QJsonObject e = entry.value(QLatin1String("entries")).toArray().first().toObject();
        RetainedSource source;
        source.fileId = r.value(QLatin1String("file")).toString();
        // Read through a one-entry manifest: the same parser as every other manifest.
        QJsonObject single = entry;
        QJsonObject first = e;
        first.insert(QStringLiteral("first"), 1);
        single.insert(QStringLiteral("entries"), QJsonArray{first});
        single.insert(QStringLiteral("pages"), e.value(QLatin1String("count")).toInt());
        const auto parsed = Manifest::fromJson(QJsonDocument(single).toJson());
        if (!parsed) {
            return std::nullopt;
        }
        source.entry = parsed->entries.first();
        source.entry.first = e.value(QLatin1String("first")).toInt();
        job.retained.append(source);
    }
    const QJsonObject byVersion = o.value(QLatin1String("annotations")).toObject();
    for (auto it = byVersion.constBegin(); it != byVersion.constEnd(); ++it) {
        bool ok = false;
        const qint64 version = it.key().toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
        QList<QJsonObject> list;
        for (const QJsonValue &a : it.value().toArray()) {
            list.append(a.toObject());
        }
        job.annotations.insert(version, list);
    }
    return job;
}

QByteArray WriterResult::toJson() const
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("error"), error},
                   {QStringLiteral("memberLayout"), QJsonDocument::fromJson(memberLayout.toJson()).object()},
                   {QStringLiteral("manifest"), QJsonDocument::fromJson(manifest.toJson()).object()},
                   {QStringLiteral("pages"), pages},
                   {QStringLiteral("note"), note}})
        .toJson(QJsonDocument::Compact);
}

WriterResult WriterResult::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    WriterResult r;
    r.error = o.value(QLatin1String("error")).toString();
    const auto manifest = [&o](const char *name) {
        return Manifest::fromJson(QJsonDocument(o.value(QLatin1String(name)).toObject()).toJson())
            .value_or(Manifest{});
    };
    r.memberLayout = manifest("memberLayout");
    r.manifest = manifest("manifest");
    r.pages = o.value(QLatin1String("pages")).toInt();
    r.note = o.value(QLatin1String("note")).toString();
    if (o.isEmpty()) {
        r.error = QStringLiteral("the packet helper gave no result");
    }
    return r;
}

} // namespace Ratsmappe::Packets
