// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe::Test {

/// Every field of \a a as one line of JSON, so a child process can report what it committed
/// and its parent can compare it with what the cache holds.
inline QByteArray annotationJson(const StoredAnnotation &a)
{
    const QJsonObject o{{QStringLiteral("id"), a.id},
                        {QStringLiteral("serverId"), a.serverId},
                        {QStringLiteral("fileId"), a.fileId},
                        {QStringLiteral("versionId"), a.versionId},
                        {QStringLiteral("type"), a.type},
                        {QStringLiteral("page"), a.page},
                        {QStringLiteral("geometry"), a.geometry},
                        {QStringLiteral("color"), a.color},
                        {QStringLiteral("text"), a.text},
                        {QStringLiteral("quote"), a.quote},
                        {QStringLiteral("prefix"), a.prefix},
                        {QStringLiteral("suffix"), a.suffix},
                        {QStringLiteral("start"), a.start},
                        {QStringLiteral("end"), a.end},
                        {QStringLiteral("needsAttention"), a.needsAttention},
                        {QStringLiteral("attentionReason"), a.attentionReason},
                        {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("modified"), a.modified.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Ratsmappe::Test
