// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe {

class Database;

/// A committee the search can be narrowed to.
struct CommitteeChoice
{
    QString id;
    QString name;
};

/// The search page's filter choices: the committees and the paper types in the cache.
class SearchFilterListing
{
public:
    explicit SearchFilterListing(Database &db)
        : m_db(db)
    { }

    /// Live organizations with a name, in name order.
    QList<CommitteeChoice> committees() const;
    /// The distinct types of live papers, in order.
    QStringList paperTypes() const;

private:
    Database &m_db;
};

} // namespace Ratsmappe
