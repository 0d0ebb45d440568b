// SPDX-License-Identifier: GPL-2.0-or-later
// The switchable defects: their names on the command line and switching them on and off.
// Each defect acts where its answer is made (routing, lists, rendering, files).
#include "oparlserver.h"

#include "demolog.h"

namespace Ratsmappe::Demo {

namespace {

struct DefectName
{
    OParlServer::Defect defect;
    QLatin1String name;
};

constexpr DefectName defectNames[] = {
    {OParlServer::Defect::EmptyModifiedSince404, QLatin1String("empty-modified-since-404")},
    {OParlServer::Defect::EmptyModifiedSinceBareArray, QLatin1String("empty-modified-since-bare-array")},
    {OParlServer::Defect::DeletedWithoutType, QLatin1String("deleted-without-type")},
    {OParlServer::Defect::TransientErrors, QLatin1String("transient-errors")},
    {OParlServer::Defect::RawControlChars, QLatin1String("raw-control-chars")},
    {OParlServer::Defect::SelfLoopNext, QLatin1String("self-loop-next")},
    {OParlServer::Defect::EndlessPagination, QLatin1String("endless-pagination")},
    {OParlServer::Defect::RejectFractionalSeconds, QLatin1String("reject-fractional-seconds")},
    {OParlServer::Defect::HtmlErrorWith200, QLatin1String("html-error-with-200")},
    {OParlServer::Defect::WrongPdfContentType, QLatin1String("wrong-pdf-content-type")},
    {OParlServer::Defect::NextDropsFilters, QLatin1String("next-drops-filters")},
    {OParlServer::Defect::RedirectDropsQuery, QLatin1String("redirect-drops-query")},
    {OParlServer::Defect::Latency, QLatin1String("latency")},
    {OParlServer::Defect::TruncatedBodies, QLatin1String("truncated-bodies")},
    {OParlServer::Defect::NoDateHeader, QLatin1String("no-date-header")},
};

} // namespace

QString OParlServer::defectName(Defect d)
{
    for (const DefectName &n : defectNames) {
        if (n.defect == d) {
            return n.name;
        }
    }
    return {};
}

std::optional<OParlServer::Defect> OParlServer::defectFromName(const QString &name)
{
    for (const DefectName &n : defectNames) {
        if (n.name == name) {
            return n.defect;
        }
    }
    return std::nullopt;
}

QList<OParlServer::Defect> OParlServer::allDefects()
{
    QList<Defect> all;
    for (const DefectName &n : defectNames) {
        all.append(n.defect);
    }
    return all;
}

void OParlServer::setDefect(Defect d, bool on)
{
    const unsigned bit = 1u << unsigned(d);
    m_defects = on ? (m_defects | bit) : (m_defects & ~bit);
    qCDebug(lcDemo) << "defect" << defectName(d) << (on ? "on" : "off");
    // Counting starts afresh so a test knows exactly which request fails.
    if (d == Defect::TransientErrors) {
        m_transientTick = 0;
    } else if (d == Defect::HtmlErrorWith200) {
        m_htmlServed.clear();
    } else if (d == Defect::TruncatedBodies) {
        m_truncatedServed.clear();
    }
}

} // namespace Ratsmappe::Demo
