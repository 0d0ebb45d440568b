// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Ratsmappe::DateText {

/// A date as people write it in \a locale: the weekday, the short date with a four-digit year
/// ("Mo., 30.11.2026"; "Mon, 11/30/2026").
QString date(const QDate &date, const QLocale &locale = QLocale());
/// A date in \a locale's short numeric form with a four-digit year, without the weekday
/// ("30.11.2026"): for periods and lists where the weekday says nothing.
QString numericDate(const QDate &date, const QLocale &locale = QLocale());
/// A time of day in \a locale's short form, never with seconds ("16:00"; "4:00 PM").
QString time(const QTime &time, const QLocale &locale = QLocale());
/// The same with the local time, without seconds ("Mo., 30.11.2026, 16:00").
QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());

} // namespace Ratsmappe::DateText
