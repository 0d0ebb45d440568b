// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "syncscope.h"

#include <QList>
#include <QString>

namespace Ratsmappe {

class Database;

/// A body or committee the member can choose to keep offline.
struct ScopeChoice
{
    QString id;
    QString name;
};

/// What a scope would keep on this computer, estimated: the documents stored count with their
/// real size, the others with the average size of the documents stored (or a typical council
/// document's, 300 KiB, while none is).
struct ScopeSpace
{
    int files = 0;
    int stored = 0;
    qint64 bytes = 0;
};

/// The choices and the space for the settings page's "What to keep offline".
class ScopeChoices
{
public:
    explicit ScopeChoices(Database &db)
        : m_db(db)
    { }

    QList<ScopeChoice> bodies() const;
    QList<ScopeChoice> committees() const;
    ScopeSpace space(const SyncScope &scope) const;

    static constexpr qint64 TypicalDocumentBytes = 300 * 1024;

private:
    Database &m_db;
};

} // namespace Ratsmappe
