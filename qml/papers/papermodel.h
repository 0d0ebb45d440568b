// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cachelistmodel.h"
#include "consultationmodel.h"

#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Ratsmappe {

class Database;
struct PaperDetail;

/// One paper (Vorlage) as its page shows it: the paper itself (header), its documents as rows
/// (the roles of MeetingModel's document rows, so the meeting page's delegate shows them), and
/// its path through the committees (consultations). Read in the background.
class PaperModel : public CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString paperId READ paperId WRITE setPaperId NOTIFY paperIdChanged)
    /// The paper's server; empty: the one paper with that id.
    Q_PROPERTY(QString serverId READ serverId WRITE setServerId NOTIFY serverIdChanged)
    /// {serverId, name, reference, paperType, date (DateText), nonPublic, seen, underDirectionOf,
    /// originators}; empty for an unknown paper.
    Q_PROPERTY(QVariantMap header READ header NOTIFY headerChanged)
    Q_PROPERTY(Ratsmappe::ConsultationModel *consultations READ consultations CONSTANT)

public:
    enum Role {
        FileIdRole = Qt::UserRole + 1,
        NameRole,
        RoleLabelRole,
        LateRole,
        DownloadedRole,
        KindRole,
        NonPublicRole,
        WithdrawnRole,
        ServerIdRole,
        SeenRole,
        FailureRole,
    };
    Q_ENUM(Role)

    explicit PaperModel(QObject *parent = nullptr);
    ~PaperModel() override;

    /// Reads at once (tests); null: empty.
    void load(Database *db, const QString &paperId, const QString &serverId = {});

    QString paperId() const { return m_paperId; }
    void setPaperId(const QString &paperId);
    QString serverId() const { return m_serverId; }
    void setServerId(const QString &serverId);
    QVariantMap header() const { return m_header; }
    ConsultationModel *consultations() { return &m_consultations; }

    /// The paper as it is now is seen; the window's lists read again.
    Q_INVOKABLE void markSeen();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void paperIdChanged();
    void serverIdChanged();
    void headerChanged();

protected:
    void read(Database *db) override { load(db, m_paperId, m_serverId); }
    CacheReader::Job backgroundRead() override;

private:
    void setPaper(const PaperDetail &paper);

    std::unique_ptr<PaperDetail> m_paper;
    QVariantMap m_header;
    ConsultationModel m_consultations;
    QString m_paperId;
    QString m_serverId;
};

} // namespace Ratsmappe
