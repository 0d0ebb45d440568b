// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Ratsmappe::Demo {

class OParlServer;

/// How big the generated town is. Small is for tests, town for first starts, large for the
/// benchmarks (≥ 2,500 meetings, ≥ 15,000 papers, ≥ 50,000 file records, ≥ 500 PDFs, ≥ 300 MB).
enum class TownSize { Small, Town, Large };

struct TownOptions
{
    quint64 seed = 1;
    TownSize size = TownSize::Town;
    /// Meetings run from about 100 weeks before to 8 weeks after the Monday of this date's week.
    QDate today = QDate::currentDate();
    /// Where generated PDFs are kept between runs (they depend only on seed and size); empty:
    /// defaultPdfCacheDir() (pdfcache.h).
    QString pdfCacheDir;
};

struct TownSummary
{
    QString name;
    int organizations = 0;
    int persons = 0;
    int meetings = 0;
    int agendaItems = 0;
    int papers = 0;
    int files = 0;
    int pdfs = 0; ///< distinct documents
    qint64 pdfBytes = 0;
    int generatedPdfs = 0; ///< written in this run (the rest came from the cache)
};

/// Fills \a server with a realistic German town, deterministically from the seed: a council,
/// committees, Ortschaftsräte, factions, persons and memberships, two years of meetings (some
/// cancelled) with public and non-public agenda items, papers of the common kinds with
/// consultations across committees, late documents (Tischvorlagen) and real multi-page PDFs.
TownSummary populateTown(OParlServer &server, const TownOptions &options);

TownSize townSizeFromName(const QString &name, bool *ok);

} // namespace Ratsmappe::Demo
