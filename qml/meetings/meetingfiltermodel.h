// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "meetinglisting.h"

#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// A list of meetings read in the background with the meetings page's filter: the list and the
/// month calendar share it. Any change of the filter reads again.
class MeetingFilterModel : public CacheListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    /// An organization's id: only its meetings; empty: every meeting.
    Q_PROPERTY(QString committeeId READ committeeId WRITE setCommitteeId NOTIFY filterChanged)
    /// Days as YYYY-MM-DD (empty or invalid: no bound), inclusive.
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QString until READ until WRITE setUntil NOTIFY filterChanged)
    /// Only meetings with at least one document.
    Q_PROPERTY(bool withDocuments READ withDocuments WRITE setWithDocuments NOTIFY filterChanged)
    /// Whether any part of the filter is set.
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY filterChanged)

public:
    QString committeeId() const { return m_committeeId; }
    void setCommitteeId(const QString &id);
    QString from() const { return m_from; }
    void setFrom(const QString &day);
    QString until() const { return m_until; }
    void setUntil(const QString &day);
    bool withDocuments() const { return m_withDocuments; }
    void setWithDocuments(bool only);
    bool isFiltered() const;

    /// The filter as the store takes it.
    MeetingFilter filter() const;

    /// Empties the filter.
    Q_INVOKABLE void clearFilter();
    /// A day given as YYYY-MM-DD as people write it ("Mi., 02.12.2026"); empty when invalid.
    Q_INVOKABLE QString dayText(const QString &day) const;

Q_SIGNALS:
    void filterChanged();

protected:
    using CacheListModel::CacheListModel;
    /// Called when the filter changed: reads again (or a subclass's way).
    virtual void refilter() { reload(); }

private:
    void changed();

    QString m_committeeId;
    QString m_from;
    QString m_until;
    bool m_withDocuments = false;
};

} // namespace Ratsmappe
