// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "demopdf.h"
#include "town.h"

#include <QList>
#include <QStringList>

namespace Ratsmappe::Demo {

class Random;
struct SizeParams;

/// The town's distinct documents, which its many file records share: a pool of each kind
/// drawn from the seed, the budget draft, and where each one lies in the PDF cache.
struct TownPdfs
{
    QList<int> vorlage, anlage, protocol, invitation; // indexes into the specs
    int budget = -1;
    QList<PdfSpec> specs;
    QStringList paths; // by spec, once written

    /// The pools for a town of \a params, then the budget draft for \a budgetYear, a document
    /// of more than 1,000 pages, as every town has each autumn.
    static TownPdfs plan(Random &random,
                         const SizeParams &params,
                         const QString &townName,
                         int budgetYear,
                         quint64 budgetSeed);

    /// Makes the documents that \a cacheDir does not have yet and sets the paths; counts the
    /// documents, their bytes and how many were made in \a summary.
    void write(const QString &cacheDir, TownSummary &summary);
};

} // namespace Ratsmappe::Demo
