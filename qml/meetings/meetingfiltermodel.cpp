// SPDX-License-Identifier: GPL-2.0-or-later
#include "meetingfiltermodel.h"

#include "datetext.h"

namespace Ratsmappe {

void MeetingFilterModel::setCommitteeId(const QString &id)
{
    if (id != m_committeeId) {
        m_committeeId = id;
        changed();
    }
}

void MeetingFilterModel::setFrom(const QString &day)
{
    if (day != m_from) {
        m_from = day;
        changed();
    }
}

void MeetingFilterModel::setUntil(const QString &day)
{
    if (day != m_until) {
        m_until = day;
        changed();
    }
}

void MeetingFilterModel::setWithDocuments(bool only)
{
    if (only != m_withDocuments) {
        m_withDocuments = only;
        changed();
    }
}

bool MeetingFilterModel::isFiltered() const
{
    const MeetingFilter f = filter();
    return !f.committeeIds.isEmpty() || f.from.isValid() || f.until.isValid() || f.withDocumentsOnly;
}

MeetingFilter MeetingFilterModel::filter() const
{
    MeetingFilter f;
    if (!m_committeeId.isEmpty()) {
        f.committeeIds << m_committeeId;
    }
    f.from = QDate::fromString(m_from.trimmed(), Qt::ISODate);
    f.until = QDate::fromString(m_until.trimmed(), Qt::ISODate);
    f.withDocumentsOnly = m_withDocuments;
    return f;
}

void MeetingFilterModel::clearFilter()
{
    if (isFiltered() || !m_from.isEmpty() || !m_until.isEmpty()) {
        m_committeeId.clear();
        m_from.clear();
        m_until.clear();
        m_withDocuments = false;
        changed();
    }
}

QString MeetingFilterModel::dayText(const QString &day) const
{
    return DateText::date(QDate::fromString(day.trimmed(), Qt::ISODate));
}

void MeetingFilterModel::changed()
{
    Q_EMIT filterChanged();
    refilter();
}

} // namespace Ratsmappe
