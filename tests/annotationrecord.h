// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ratsmappe::Test {

/// Every field of \a a (the cache's version id too) as one line of JSON, so a child process can
/// report what it committed and its parent can compare it with what the cache holds.
inline QByteArray annotationJson(const StoredAnnotation &a)
{
    QJsonObject o = AnnotationJson::toJson(a);
    o.insert(QStringLiteral("versionId"), a.versionId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Ratsmappe::Test
