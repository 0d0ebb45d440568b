// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "councillisting.h"

#include <QDate>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The council's persons for the council page, by family name, with their current faction and
/// how many committees they sit on; a text filter over names and factions as the member types.
class PersonsModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /// Rows before the filter: tells "nothing in the cache" from "nothing matches".
    Q_PROPERTY(int totalCount READ totalCount NOTIFY loaded)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole, ///< may be empty: the delegate says "unnamed"
        FactionRole,
        MembershipCountRole, ///< current memberships outside factions
        SubtitleRole, ///< "SPD-Fraktion · 2 committees"
        InitialRole, ///< the family name's first letter, for sections
    };

    explicit PersonsModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads on the calling thread (tests); memberships are current on \a today (the local date
    /// when invalid).
    void load(Database *db, const QDate &today = {});

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int totalCount() const { return static_cast<int>(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterTextChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    struct Row
    {
        PersonSummary person;
        QString folded;
    };
    static QList<Row> fetch(Database &db, const QDate &today);
    void setRows(QList<Row> rows);

    QList<Row> m_all;
    QList<qsizetype> m_shown;
    QString m_filterText;
    QString m_filterFolded;
};

} // namespace Ratsmappe
