// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetcheck.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <array>
#include <utility>

namespace Ratsmappe::Packets {

namespace {

constexpr std::array<std::pair<CheckFinding::Kind, const char *>, 9> KindNames = {{
    {CheckFinding::Kind::NoDocuments, "noDocuments"},
    {CheckFinding::Kind::NotDownloaded, "notDownloaded"},
    {CheckFinding::Kind::DownloadFailed, "downloadFailed"},
    {CheckFinding::Kind::Unreadable, "unreadable"},
    {CheckFinding::Kind::NotPlaceable, "notPlaceable"},
    {CheckFinding::Kind::Late, "late"},
    {CheckFinding::Kind::Changed, "changed"},
    {CheckFinding::Kind::Added, "added"},
    {CheckFinding::Kind::Removed, "removed"},
}};

QString where(const CheckFinding &f)
{
    if (f.itemNumber.isEmpty() && f.itemName.isEmpty()) {
        return CheckReport::tr("Meeting");
    }
    return f.itemNumber.isEmpty() ? f.itemName : CheckReport::tr("TOP %1").arg(f.itemNumber);
}

} // namespace

bool CheckFinding::missing() const
{
    return kind == Kind::NotDownloaded || kind == Kind::DownloadFailed || kind == Kind::Unreadable;
}

QString CheckFinding::kindName(Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

QString CheckFinding::text() const
{
    const QString at = where(*this);
    switch (kind) {
    case Kind::NoDocuments:
        return CheckReport::tr("%1 (%2): no documents").arg(at, itemName);
    case Kind::NotDownloaded:
        return CheckReport::tr("%1: “%2” is not downloaded yet").arg(at, title);
    case Kind::DownloadFailed:
        return CheckReport::tr("%1: “%2” could not be downloaded: %3").arg(at, title, reason);
    case Kind::Unreadable:
        return CheckReport::tr("%1: “%2” cannot be read: %3").arg(at, title, reason);
    case Kind::NotPlaceable:
        return CheckReport::tr("%1: “%2” is not a PDF or an image; the packet lists it only").arg(at, title);
    case Kind::Late:
        return CheckReport::tr("%1: “%2” is a late document (Tischvorlage)").arg(at, title);
    case Kind::Changed:
        return CheckReport::tr("%1: “%2” changed since the last packet").arg(at, title);
    case Kind::Added:
        return CheckReport::tr("%1: “%2” was added since the last packet").arg(at, title);
    case Kind::Removed:
        return CheckReport::tr("“%1” is no longer on the agenda").arg(title);
    }
    return title;
}

int CheckReport::missing() const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [](const CheckFinding &f) { return f.missing(); }));
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckFinding &f : findings) {
        list.append(QJsonObject{{QStringLiteral("kind"), CheckFinding::kindName(f.kind)},
                                {QStringLiteral("missing"), f.missing()},
                                {QStringLiteral("itemNumber"), f.itemNumber},
                                {QStringLiteral("itemName"), f.itemName},
                                {QStringLiteral("file"), f.fileId},
                                {QStringLiteral("title"), f.title},
                                {QStringLiteral("reason"), f.reason},
                                {QStringLiteral("text"), f.text()}});
    }
    return {
        {QStringLiteral("complete"), complete()},
        {QStringLiteral("missing"), missing()},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("items"), items},
        {QStringLiteral("hasPacket"), hasPacket},
        {QStringLiteral("built"), hasPacket ? QJsonValue(built.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("outdated"), outdated},
        {QStringLiteral("findings"), list}};
}

CheckReport check(const Plan &plan, const std::optional<Manifest> &lastBuilt)
{
    CheckReport report;
    report.items = int(plan.items.size());
    const auto finding = [&plan](CheckFinding::Kind kind, const PlanDocument *d, int item) {
        CheckFinding f{kind, {}, {}, {}, {}, {}};
        if (item >= 0) {
            f.itemNumber = plan.items[item].number;
            f.itemName = plan.items[item].name;
        }
        if (d) {
            f.fileId = d->fileId;
            f.title = d->title;
        }
        return f;
    };
    QHash<QString, QString> builtContent; // key → content of the last packet's current pages
    if (lastBuilt) {
        report.hasPacket = true;
        report.built = lastBuilt->built;
        for (const ManifestEntry &e : lastBuilt->entries) {
            if (e.kind == ManifestEntry::Kind::Document && e.replacedBy.isEmpty()) {
                builtContent.insert(e.key, e.content);
            }
        }
    }
    QSet<QString> keysNow;
    for (int item = -1; item < plan.items.size(); ++item) {
        const QList<int> documents = plan.documentsOf(item);
        if (item >= 0 && documents.isEmpty()) {
            report.findings.append(finding(CheckFinding::Kind::NoDocuments, nullptr, item));
        }
        for (const int index : documents) {
            const PlanDocument &d = plan.documents[index];
            if (!d.downloadFailure.isEmpty() && d.versionId == 0) {
                CheckFinding f = finding(CheckFinding::Kind::DownloadFailed, &d, item);
                f.reason = d.downloadFailure;
                report.findings.append(f);
                continue;
            }
            if (d.versionId == 0) {
                report.findings.append(finding(CheckFinding::Kind::NotDownloaded, &d, item));
                continue;
            }
            if (!d.unreadable.isEmpty() && d.kind == QLatin1String("pdf")) {
                CheckFinding f = finding(CheckFinding::Kind::Unreadable, &d, item);
                f.reason = d.unreadable;
                report.findings.append(f);
                continue;
            }
            if (!d.placed()) {
                report.findings.append(finding(CheckFinding::Kind::NotPlaceable, &d, item));
                continue;
            }
            ++report.documents;
            if (d.late) {
                report.findings.append(finding(CheckFinding::Kind::Late, &d, item));
            }
            if (lastBuilt) {
                const QString key = Manifest::keyFor(d.fileId, d.nonPublic, lastBuilt->edition);
                keysNow.insert(key);
                const auto it = builtContent.constFind(key);
                if (it == builtContent.cend()) {
                    report.findings.append(finding(CheckFinding::Kind::Added, &d, item));
                    report.outdated = true;
                } else if (*it != d.content) {
                    report.findings.append(finding(CheckFinding::Kind::Changed, &d, item));
                    report.outdated = true;
                }
            }
        }
    }
    if (lastBuilt) {
        for (const ManifestEntry &e : lastBuilt->entries) {
            if (e.kind == ManifestEntry::Kind::Document && e.replacedBy.isEmpty() &&
                !keysNow.contains(e.key)) {
                CheckFinding f{CheckFinding::Kind::Removed, e.itemNumber, {}, e.key, e.title, {}};
                if (f.title.isEmpty()) {
                    f.title = CheckReport::tr("a non-public document");
                }
                report.findings.append(f);
                report.outdated = true;
            }
        }
    }
    return report;
}

} // namespace Ratsmappe::Packets
