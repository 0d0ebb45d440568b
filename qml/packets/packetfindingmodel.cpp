// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetfindingmodel.h"

#include <algorithm>

namespace Ratsmappe {

using Packets::CheckFinding;

namespace {

int groupRank(const QString &group)
{
    if (group == QLatin1String("missing")) {
        return 0;
    }
    return group == QLatin1String("changed") ? 1 : 2;
}

} // namespace

PacketFindingModel::PacketFindingModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString PacketFindingModel::groupOf(const CheckFinding &finding)
{
    if (finding.missing()) {
        return QStringLiteral("missing");
    }
    switch (finding.kind) {
    case CheckFinding::Kind::Changed:
    case CheckFinding::Kind::Added:
    case CheckFinding::Kind::Removed:
        return QStringLiteral("changed");
    default:
        return QStringLiteral("note");
    }
}

void PacketFindingModel::setReport(const Packets::CheckReport &report)
{
    beginResetModel();
    m_report = report;
    // What stops a build comes first, whatever order the check found it in; within a group the
    // agenda's order stays.
    std::stable_sort(m_report.findings.begin(), m_report.findings.end(), [](const auto &a, const auto &b) {
        return groupRank(groupOf(a)) < groupRank(groupOf(b));
    });
    m_checked = true;
    endResetModel();
    Q_EMIT reportChanged();
}

void PacketFindingModel::clear()
{
    beginResetModel();
    m_report = {};
    m_checked = false;
    endResetModel();
    Q_EMIT reportChanged();
}

int PacketFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.findings.size());
}

QVariant PacketFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CheckFinding &finding = m_report.findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return finding.text();
    case KindRole:
        return CheckFinding::kindName(finding.kind);
    case GroupRole:
        return groupOf(finding);
    case ItemRole:
        if (finding.itemNumber.isEmpty() && finding.itemName.isEmpty()) {
            return QString();
        }
        return finding.itemNumber.isEmpty()
            ? finding.itemName
            : tr("TOP %1 %2").arg(finding.itemNumber, finding.itemName).trimmed();
    case TitleRole:
        return finding.title;
    case ReasonRole:
        return finding.reason;
    case FileIdRole:
        return finding.fileId;
    case MissingRole:
        return finding.missing();
    default:
        return {};
    }
}

QHash<int, QByteArray> PacketFindingModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {GroupRole, "group"},
        {TextRole, "line"},
        {ItemRole, "item"},
        {TitleRole, "title"},
        {ReasonRole, "reason"},
        {FileIdRole, "fileId"},
        {MissingRole, "missing"},
    };
}

} // namespace Ratsmappe
