// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

struct PaperConsultation;

/// A paper's path through the committees, one row per consultation in meeting order: the
/// meeting (when, committee, name), the agenda item (TOP), the role and what was decided.
/// Filled by PaperModel, which reads it with the paper.
class ConsultationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PaperModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        MeetingIdRole = Qt::UserRole + 1, ///< empty when the consultation names no meeting
        MeetingNameRole,
        WhenRole, ///< the meeting's start (DateText); empty when unknown
        CancelledRole,
        CommitteeRole,
        AgendaItemIdRole,
        AgendaItemRole, ///< "TOP 4: name", or the name alone; empty when not on an agenda yet
        NonPublicRole, ///< the agenda item is not public
        RoleRole, ///< "Vorberatung", "Entscheidung", … as the server says; may be empty
        AuthoritativeRole,
        ResultRole, ///< the result, and the resolution text after it; empty when not said
    };
    Q_ENUM(Role)

    explicit ConsultationModel(QObject *parent = nullptr)
        : QAbstractListModel(parent)
    { }

    void setConsultations(const QList<PaperConsultation> &consultations);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString meetingId;
        QString meetingName;
        QString when;
        bool cancelled = false;
        QString committee;
        QString agendaItemId;
        QString agendaItem;
        bool nonPublic = false;
        QString role;
        bool authoritative = false;
        QString result;
    };
    QList<Row> m_rows;
};

} // namespace Ratsmappe
