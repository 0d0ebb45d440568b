// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Ratsmappe {

class Database;

/// One live object of a listing, as synced, with the cache's own fields.
struct ListedObject
{
    QString id;
    QString serverId; ///< the server it came from (ServerStore's key)
    QString name;
    QString detail; ///< a telling field: start, number, reference, file name or type
    QJsonObject data; ///< the OParl object as synced
    QString firstSeen;
    QString lastChanged;
    bool downloaded = false; ///< files: a complete version is stored
    bool late = false; ///< files: a Tischvorlage
};

/// What the cache holds of one kind, by the names the command line uses: meetings,
/// agenda-items, papers, files, organizations, persons. Deleted objects are not listed.
class ObjectListing
{
public:
    static QStringList kinds();
    static bool isFiles(const QString &kind) { return kind == QLatin1String("files"); }
    /// None for an unknown kind.
    static std::optional<QList<ListedObject>> list(Database &db, const QString &kind);
};

} // namespace Ratsmappe
