// SPDX-License-Identifier: GPL-2.0-or-later
// The demo town, made in steps that share one random sequence: its name, its documents, its
// council, then its meetings (towndata, townpdfs, towncouncil, townmeetings).
#include "town.h"

#include "demorandom.h"
#include "oparlserver.h"
#include "pdfcache.h"
#include "towncouncil.h"
#include "towndata.h"
#include "townmeetings.h"
#include "townpdfs.h"
#include "townrecorder.h"

#include <QTimeZone>

namespace Ratsmappe::Demo {

TownSummary populateTown(OParlServer &server, const TownOptions &options)
{
    const SizeParams params = paramsFor(options.size);
    Random random(options.seed * 0x2545f4914f6cdd1dULL + quint64(options.size));
    // Stable within a week: the Monday 00:00 UTC of today's week.
    const QDate monday = options.today.addDays(1 - options.today.dayOfWeek());
    const QDateTime anchor(monday, QTime(0, 0), QTimeZone::UTC);
    TownSummary summary;
    TownRecorder recorder(server, summary);

    summary.name = random.pick(townNames);
    server.setBodyName(QStringLiteral("Stadt %1").arg(summary.name), summary.name);
    TownPdfs pdfs = TownPdfs::plan(random, params, summary.name, anchor.date().year() + 1, options.seed);
    pdfs.write(options.pdfCacheDir.isEmpty() ? defaultPdfCacheDir() : options.pdfCacheDir, summary);

    const QList<CouncilBody> bodies = CouncilBuilder(recorder, random, params, anchor).build();
    MeetingPlanner(recorder, random, params, pdfs, bodies, anchor).build();
    recorder.attachFiles(pdfs.paths);
    return summary;
}

TownSize townSizeFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("small")) {
        return TownSize::Small;
    }
    if (name == QLatin1String("large")) {
        return TownSize::Large;
    }
    *ok = name == QLatin1String("town");
    return TownSize::Town;
}

} // namespace Ratsmappe::Demo
