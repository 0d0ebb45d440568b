// SPDX-License-Identifier: GPL-2.0-or-later
#include "searchworker.h"

#include "database.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace Ratsmappe {

SearchWorker::SearchWorker(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

SearchWorker::~SearchWorker() = default;

void SearchWorker::supersede(quint64 generation)
{
    m_newest = generation;
    if (m_searching) {
        m_db->interrupt();
    }
}

void SearchWorker::run(quint64 generation, const Search::Request &request)
{
    if (generation < m_newest) {
        return;
    }
    if (!m_prepared) {
        m_prepared = true;
        try {
            Search::prepareIndex(*m_db);
        } catch (const StoreError &e) {
            // Searched all the same: what the index holds is still found.
            qWarning("search: the object index could not be brought up to date: %s", qPrintable(e.message()));
        }
    }
    Search::Result result;
    QString error;
    // Interrupted for a newer search: nothing to report. Interrupted as the newest (an interrupt
    // meant for the one before that came late): searched again.
    for (bool done = false; !done;) {
        done = true;
        m_searching = true;
        try {
            result = Search::search(*m_db, request);
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Interrupted) {
                error = e.message();
            } else if (generation < m_newest) {
                m_searching = false;
                return;
            } else {
                done = false;
            }
        }
        m_searching = false;
    }
    Q_EMIT finished(generation, result, error);
}

} // namespace Ratsmappe
