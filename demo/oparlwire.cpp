// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlwire.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Ratsmappe::Demo::Wire {

const Kind *kindByName(const QString &name)
{
    const auto it =
        std::find_if(std::begin(kinds), std::end(kinds), [&](const Kind &k) { return k.name == name; });
    return it == std::end(kinds) ? nullptr : it;
}

QString iso(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600)).toString(Qt::ISODate);
}

QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), QTimeZone::UTC);
}

QString httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

Query parseQuery(const QString &encoded)
{
    Query items;
    for (const QString &pair : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        auto decode = [](QString s) {
            return QUrl::fromPercentEncoding(s.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        items.append(
            {decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return items;
}

QString queryValue(const QUrl &url, const QString &key)
{
    for (const auto &[k, v] : parseQuery(url.query(QUrl::FullyEncoded))) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

QString pageLink(const QString &base, const Query &carried, int page)
{
    QString link = base + QLatin1Char('?');
    for (const auto &[key, value] : carried) {
        link +=
            QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&');
    }
    return link + QLatin1String("page=") + QString::number(page);
}

QHttpHeaders baseHeaders(const QByteArray &contentType)
{
    QHttpHeaders h;
    h.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    h.append(QHttpHeaders::WellKnownHeader::AccessControlAllowOrigin, "*");
    return h;
}

void Responder::addCommon(QHttpHeaders &headers) const
{
    if (const QByteArray date = m_date ? m_date() : QByteArray(); !date.isEmpty()) {
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::Date, date);
    }
}

void Responder::write(const QByteArray &body, QHttpHeaders headers, Status status)
{
    addCommon(headers);
    m_responder.write(body, headers, status);
}

void Responder::write(QHttpHeaders headers, Status status)
{
    addCommon(headers);
    m_responder.write(headers, status);
}

void writeJson(Responder &responder, const QByteArray &body, Status status)
{
    responder.write(body, baseHeaders("application/json"), status);
}

void writeJson(Responder &responder, const QJsonObject &object, Status status)
{
    writeJson(responder, QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

void writeError(Responder &responder, Status status, int code, const QString &message)
{
    writeJson(
        responder,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

} // namespace Ratsmappe::Demo::Wire
