// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "objectstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <span>

/// How OParl objects nest, as the sync reads them: which lists a Body links, which objects
/// embed which, where files hang, and the lenient readings real servers need.
namespace Ratsmappe::OParlShape {

/// A list a Body links, with the kind of object in it.
struct BodyList
{
    const char *property;
    ObjectKind kind;
};
/// 1.0 has the first four; 1.1 adds external lists for what 1.0 embeds.
std::span<const BodyList> bodyLists();

/// An object embedded in another's JSON: the property, its kind, and whether it belongs to the
/// embedding object (else to the body).
struct Embedding
{
    const char *property;
    ObjectKind kind;
    bool ownChild;
};
std::span<const Embedding> embeddingsOf(ObjectKind kind);
/// The properties under which a meeting, agenda item or paper lists its files.
std::span<const char *const> fileRolesOf(ObjectKind kind);
/// The body lists a kind of object can come from: its own and those of the objects embedding it.
QStringList sourcesOf(ObjectKind kind);

/// A single object where an array belongs counts as an array of one; anything else as none.
QJsonArray asArray(const QJsonValue &value);
/// Embedded files and file URLs, without "N/A" and blanks.
QJsonArray linksOf(const QJsonValue &value);
/// "https://schema.oparl.org/1.1/Body" → "Body".
QString typeName(const QJsonObject &object);
/// A `modified` stamp in UTC; without a zone it is taken as UTC; invalid when it does not parse.
QDateTime parseStamp(const QString &text);

} // namespace Ratsmappe::OParlShape
