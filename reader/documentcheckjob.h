// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Ratsmappe {

class Cache;
class DocumentCheck;
class IsolatedPdfJob;

/// A version's first-open check, run without blocking the thread that owns it (the GUI
/// thread): the bytes are read on a pool thread, then probed in the helper process. The
/// verdict on the document is recorded (DocumentCheck); a cache that cannot be read is
/// reported, not recorded. Destroying the job kills the helper at once and drops whatever
/// is still on its way.
class DocumentCheckJob : public QObject
{
    Q_OBJECT
public:
    /// \a cache and \a check must outlive the job.
    DocumentCheckJob(Cache &cache, DocumentCheck &check, qint64 versionId, QObject *parent = nullptr);
    ~DocumentCheckJob() override;

    void start();
    /// Whole seconds since start().
    int seconds() const;
    /// The helper's time limit, in whole seconds.
    static int limitSeconds();

Q_SIGNALS:
    /// Once a second while the check runs.
    void progress();
    /// \a error is empty when the version passed, else the reason for the member.
    void finished(const QString &error);

private:
    void probed(const QString &error);

    Cache &m_cache;
    DocumentCheck &m_check;
    qint64 m_versionId;
    QTimer m_clock;
    QElapsedTimer m_elapsed;
    std::unique_ptr<IsolatedPdfJob> m_helper;
};

} // namespace Ratsmappe
