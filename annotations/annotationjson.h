// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotationstore.h"
#include "notestore.h"

#include <QJsonObject>

#include <optional>

namespace Ratsmappe::AnnotationJson {

/// Every field of \a annotation, for a backup or the annotation writer's job. Keys are the
/// struct's names; dates are ISO 8601 UTC with milliseconds; empty and default fields are left
/// out.
QJsonObject toJson(const StoredAnnotation &annotation);
/// Back from toJson(); nullopt when the id, the file, the type or the geometry is missing.
/// versionId is left 0: it is the cache's own number, which another cache does not share.
std::optional<StoredAnnotation> annotationFromJson(const QJsonObject &json);

QJsonObject toJson(const StoredNote &note);
std::optional<StoredNote> noteFromJson(const QJsonObject &json);

} // namespace Ratsmappe::AnnotationJson
