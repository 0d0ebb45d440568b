// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "councillisting.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// The council's organizations for the council page: committees first (the organizations of no
/// known kind after them, in a section of their own), or factions, or all; in name order, with
/// their current member count and next meeting. The text filter works on what was read, as the
/// member types.
class OrganizationsModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(KindFilter kind READ kind WRITE setKind NOTIFY kindChanged)
    /// Matches names, short names and types, folded as search folds German (ä = ae = a).
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /// Rows before the filters: tells "nothing in the cache" from "nothing matches".
    Q_PROPERTY(int totalCount READ totalCount NOTIFY loaded)

public:
    enum KindFilter {
        Committees, ///< committees, then organizations of no known kind
        Factions,
        AllKinds,
    };
    Q_ENUM(KindFilter)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ServerIdRole,
        NameRole,
        ShortNameRole,
        KindRole, ///< "committee", "faction", "other"
        TypeTextRole, ///< the server's word for its type ("Ausschuss")
        MemberCountRole,
        NextMeetingIdRole,
        NextMeetingNameRole,
        NextMeetingRole, ///< a date-time, invalid when none is planned
        NextMeetingTextRole, ///< "Mo., 30.11.2026, 16:00" or empty
    };

    explicit OrganizationsModel(QObject *parent = nullptr)
        : CacheListModel(false, parent)
    { }

    /// Reads on the calling thread (tests): from \a db, or nothing when null; the next meeting
    /// is the first at or after \a now (the current time when invalid).
    void load(Database *db, const QDateTime &now = {});

    KindFilter kind() const { return m_kind; }
    void setKind(KindFilter kind);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int totalCount() const { return static_cast<int>(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void kindChanged();
    void filterTextChanged();

protected:
    void read(Database *db) override { load(db); }
    CacheReader::Job backgroundRead() override;

private:
    struct Row
    {
        OrganizationSummary organization;
        QString folded; ///< name, short name and type, for the text filter
    };
    static QList<Row> fetch(Database &db, const QDateTime &now);
    void setRows(QList<Row> rows);
    void refilter();

    QList<Row> m_all;
    QList<qsizetype> m_shown;
    KindFilter m_kind = Committees;
    QString m_filterText;
    QString m_filterFolded;
};

} // namespace Ratsmappe
