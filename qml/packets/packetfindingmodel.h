// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packetcheck.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

/// A meeting's packet check (Packets::CheckReport) as rows for the packet page: what is missing
/// first, then what changed since the last build, then notes. The summary is on the model too,
/// so the page binds to one object.
class PacketFindingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The report of a PacketController")
    /// False until a check has run (then the summary below means something).
    Q_PROPERTY(bool checked READ isChecked NOTIFY reportChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY reportChanged)
    Q_PROPERTY(int missingCount READ missingCount NOTIFY reportChanged)
    /// Documents the packet would place, and agenda items.
    Q_PROPERTY(int documents READ documents NOTIFY reportChanged)
    Q_PROPERTY(int items READ items NOTIFY reportChanged)
    /// A packet was built before, and documents changed, arrived or went since.
    Q_PROPERTY(bool hasPacket READ hasPacket NOTIFY reportChanged)
    Q_PROPERTY(bool outdated READ isOutdated NOTIFY reportChanged)
    /// When that packet was built (local time, for the page to format in the member's locale).
    Q_PROPERTY(QDateTime built READ built NOTIFY reportChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY reportChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< CheckFinding::kindName(): "notDownloaded", …
        GroupRole, ///< "missing", "changed" or "note": the rows' sections, in that order
        TextRole, ///< "line": the finding as one translated line
        ItemRole, ///< "TOP 7 Bebauungsplan Hofgarten"; "" for the meeting's own documents
        TitleRole, ///< the document's title; "" for an agenda item's finding
        ReasonRole,
        FileIdRole,
        MissingRole, ///< it keeps the packet from being built
    };
    Q_ENUM(Role)

    explicit PacketFindingModel(QObject *parent = nullptr);

    void setReport(const Packets::CheckReport &report);
    /// No check (yet): no rows, checked false.
    void clear();

    bool isChecked() const { return m_checked; }
    bool isComplete() const { return m_report.complete(); }
    int missingCount() const { return m_report.missing(); }
    int documents() const { return m_report.documents; }
    int items() const { return m_report.items; }
    bool hasPacket() const { return m_report.hasPacket; }
    bool isOutdated() const { return m_report.outdated; }
    QDateTime built() const { return m_report.built.toLocalTime(); }

    /// The section a finding's kind belongs to (GroupRole).
    static QString groupOf(const Packets::CheckFinding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reportChanged();

private:
    Packets::CheckReport m_report; // its findings sorted by group
    bool m_checked = false;
};

} // namespace Ratsmappe
