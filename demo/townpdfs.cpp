// SPDX-License-Identifier: GPL-2.0-or-later
#include "townpdfs.h"

#include "demorandom.h"
#include "pdfcache.h"
#include "towndata.h"

#include <QFileInfo>

namespace Ratsmappe::Demo {

TownPdfs TownPdfs::plan(
    Random &random, const SizeParams &params, const QString &townName, int budgetYear, quint64 budgetSeed)
{
    TownPdfs pdfs;
    const auto addSpec = [&](QList<int> &list, PdfSpec spec) {
        spec.seed = random.next();
        list.append(int(pdfs.specs.size()));
        pdfs.specs.append(spec);
    };
    const QString subtitle = QStringLiteral("Stadt %1").arg(townName);
    for (int i = 0; i < params.poolVorlage; ++i) {
        // Most Vorlagen are short; every twelfth is a long report (100+ pages).
        const int pages = i % 12 == 5 ? random.range(100, 160) : random.range(2, 24);
        addSpec(pdfs.vorlage,
                {PdfSpec::Style::Vorlage,
                 QStringLiteral("Vorlage: %1").arg(pickTopic(random, topics)),
                 subtitle,
                 0,
                 pages,
                 0});
    }
    for (int i = 0; i < params.poolAnlage; ++i) {
        const int scans = random.range(params.scanMin, params.scanMax);
        addSpec(pdfs.anlage,
                {PdfSpec::Style::Vorlage,
                 QStringLiteral("Anlage: %1").arg(pickTopic(random, topics)),
                 subtitle,
                 0,
                 scans + random.range(1, 6),
                 scans});
    }
    for (int i = 0; i < params.poolProtocol; ++i) {
        addSpec(
            pdfs.protocol,
            {PdfSpec::Style::Protocol, QStringLiteral("Niederschrift"), subtitle, 0, random.range(3, 14), 0});
    }
    for (int i = 0; i < params.poolInvitation; ++i) {
        addSpec(
            pdfs.invitation,
            {PdfSpec::Style::Invitation, QStringLiteral("Einladung"), subtitle, 0, random.range(1, 3), 0});
    }
    pdfs.budget = int(pdfs.specs.size());
    pdfs.specs.append({PdfSpec::Style::Budget,
                       QStringLiteral("Haushaltsplanentwurf %1").arg(budgetYear),
                       QStringLiteral("Stadt %1 · Entwurf zur Beratung").arg(townName),
                       budgetSeed,
                       1032,
                       0});
    return pdfs;
}

void TownPdfs::write(const QString &cacheDir, TownSummary &summary)
{
    PdfCache cache(cacheDir);
    for (const PdfSpec &spec : std::as_const(specs)) {
        bool made = false;
        const QString path = cache.path(spec, &made);
        if (made) {
            ++summary.generatedPdfs;
        }
        paths.append(path);
        summary.pdfBytes += QFileInfo(path).size();
    }
    summary.pdfs = int(specs.size());
}

} // namespace Ratsmappe::Demo
