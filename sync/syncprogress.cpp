// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncprogress.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Ratsmappe {

namespace {

// The engine names the lists as the cache counts them; the member reads them in her language.
QString listName(const QString &list)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("bodies"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Bodies")},
        {QStringLiteral("organizations"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Committees")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Persons")},
        {QStringLiteral("memberships"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Memberships")},
        {QStringLiteral("meetings"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Meetings")},
        {QStringLiteral("agendaItems"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Agenda items")},
        {QStringLiteral("papers"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Papers")},
        {QStringLiteral("consultations"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Consultations")},
        {QStringLiteral("files"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Files")},
        {QStringLiteral("locations"), QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Locations")},
        {QStringLiteral("legislativeTerms"),
         QT_TRANSLATE_NOOP("Ratsmappe::SyncProgress", "Legislative terms")},
    };
    const auto it = names.constFind(list);
    return it == names.cend() ? list : SyncProgress::tr(*it);
}

} // namespace

double SyncProgress::fraction() const
{
    if (phase == Phase::Connecting || total <= 0) {
        return -1;
    }
    return std::clamp(static_cast<double>(done) / total, 0.0, 1.0);
}

QString SyncProgress::timeLeft(qint64 seconds)
{
    if (seconds < 0) {
        return {};
    }
    if (seconds < 60) {
        return tr("less than a minute left");
    }
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90) {
        return tr("about %n minute(s) left", nullptr, int(minutes));
    }
    return tr("about %n hour(s) left", nullptr, int((minutes + 30) / 60));
}

QString SyncProgress::text() const
{
    const QLocale locale;
    QStringList parts;
    switch (phase) {
    case Phase::Connecting:
        return tr("Connecting…");
    case Phase::Lists:
        return tr("%1: %2").arg(listName(list), locale.toString(objects));
    case Phase::Documents:
        parts << tr("Documents %1 of %2").arg(locale.toString(done), locale.toString(total));
        if (bytes > 0) {
            parts << locale.formattedDataSize(bytes, 1);
        }
        break;
    case Phase::Text:
        parts << tr("Reading text %1 of %2").arg(locale.toString(done), locale.toString(total));
        break;
    }
    const QString left = timeLeft(secondsLeft);
    if (!left.isEmpty()) {
        parts << left;
    }
    return parts.join(QStringLiteral(" · "));
}

qint64 PaceEstimate::secondsLeft(int done, int total) const
{
    if (done <= 0 || total <= done) {
        return total <= done && done > 0 ? 0 : -1;
    }
    return m_timer.elapsed() * (total - done) / done / 1000;
}

} // namespace Ratsmappe
