// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcheckjob.h"

#include "cache.h"
#include "documentcheck.h"
#include "documentstore.h"
#include "isolatedpdfjob.h"
#include "readerlog.h"
#include "storeerror.h"

#include <QtConcurrentRun>

#include <utility>

namespace Ratsmappe {

DocumentCheckJob::DocumentCheckJob(Cache &cache, DocumentCheck &check, qint64 versionId, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_check(check)
    , m_versionId(versionId)
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &DocumentCheckJob::progress);
}

DocumentCheckJob::~DocumentCheckJob() = default;

int DocumentCheckJob::seconds() const
{
    return m_elapsed.isValid() ? int(m_elapsed.elapsed() / 1000) : 0;
}

int DocumentCheckJob::limitSeconds()
{
    return PdfHelperLimits().timeoutMs / 1000;
}

// The helper runs as a child of this thread, without blocking it, so it can be killed the
// moment the member cancels or leaves.
void DocumentCheckJob::start()
{
    m_elapsed.start();
    m_clock.start();
    QtConcurrent::run([cache = &m_cache, versionId = m_versionId]() -> std::pair<QByteArray, QString> {
        try {
            return {DocumentStore(*cache->openConnection()).readAll(versionId), {}};
        } catch (const StoreError &e) {
            return {{}, e.message()};
        }
    }).then(this, [this](const std::pair<QByteArray, QString> &read) {
        if (!read.second.isEmpty()) {
            m_clock.stop();
            Q_EMIT finished(read.second); // the cache, not the document: not recorded
            return;
        }
        if (read.first.isEmpty()) {
            probed(DocumentCheck::emptyDocument());
            return;
        }
        m_helper = std::make_unique<IsolatedPdfJob>();
        connect(m_helper.get(), &IsolatedPdfJob::finished, this, [this](const IsolatedPdf::Result &result) {
            probed(result.error);
        });
        m_helper->probe(read.first);
    });
}

void DocumentCheckJob::probed(const QString &error)
{
    m_clock.stop();
    try {
        m_check.record(m_cache.database(), m_versionId, error);
    } catch (const StoreError &e) {
        qCWarning(lcReader, "The outcome of the first-open check is not kept: %s", qPrintable(e.message()));
        if (error.isEmpty()) {
            m_check.markVerified(m_versionId);
        }
    }
    Q_EMIT finished(error);
}

} // namespace Ratsmappe
