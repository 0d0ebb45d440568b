// SPDX-License-Identifier: GPL-2.0-or-later
#include "datetext.h"

#include <QRegularExpression>

namespace Ratsmappe::DateText {

namespace {

/// The locale's short date format with a four-digit year: "dd.MM.yy" reads as a date in 1926 or
/// 2026 alike, and council papers span decades.
QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString time(const QTime &time, const QLocale &locale)
{
    if (!time.isValid()) {
        return {};
    }
    // The locale's short time without seconds (the C locale's short format has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(\\.z+)?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString numericDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid()) {
        return {};
    }
    return locale.toString(date, QStringLiteral("ddd")) + QStringLiteral(", ") + numericDate(date, locale);
}

QString dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toLocalTime();
    return date(local.date(), locale) + QStringLiteral(", ") + DateText::time(local.time(), locale);
}

} // namespace Ratsmappe::DateText
