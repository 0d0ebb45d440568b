// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the demo server's files share about the wire: the object kinds and their list paths,
// timestamp and query formats, and JSON answers. Internal to demo/.

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace Ratsmappe::Demo::Wire {

using Status = QHttpServerResponder::StatusCode;
using Query = QList<std::pair<QString, QString>>;

struct Kind
{
    QLatin1String name;
    QLatin1String list; // the Body's field and path for the external list
    bool hasBody; // whether the 1.1 schema gives this kind a "body" field
};

inline constexpr Kind kinds[] = {
    {QLatin1String("Organization"), QLatin1String("organization"), true},
    {QLatin1String("Person"), QLatin1String("person"), true},
    {QLatin1String("Meeting"), QLatin1String("meeting"), false},
    {QLatin1String("Paper"), QLatin1String("paper"), true},
    {QLatin1String("AgendaItem"), QLatin1String("agendaItem"), false},
    {QLatin1String("Consultation"), QLatin1String("consultation"), false},
    {QLatin1String("File"), QLatin1String("file"), false},
    {QLatin1String("Membership"), QLatin1String("membership"), false},
    {QLatin1String("Location"), QLatin1String("locationList"), false},
    {QLatin1String("LegislativeTerm"), QLatin1String("legislativeTermList"), true},
};

const Kind *kindByName(const QString &name);

/// German servers answer in local time with an offset; a fixed +01:00 keeps clients honest
/// about offsets without depending on the machine's time zone.
QString iso(const QDateTime &t);
/// Served timestamps have whole seconds, so what a client reads is exactly what filters compare.
QDateTime wholeSeconds(const QDateTime &t);
/// RFC 7231's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), for Date and Last-Modified.
QString httpDate(const QDateTime &t);
/// Form decoding as PHP or Java servlets do it: a raw '+' is a space, only %2B is a plus. A
/// client that leaves the '+' of "+01:00" unencoded gets a 400, as from those servers.
Query parseQuery(const QString &encoded);
QString queryValue(const QUrl &url, const QString &key);
QString pageLink(const QString &base, const Query &carried, int page);

QHttpHeaders baseHeaders(const QByteArray &contentType);

/// One answer on its way out: every write adds the headers all of the server's answers carry
/// (the Date header, asked for when the answer is written; none when it comes back empty).
class Responder
{
public:
    Responder(QHttpServerResponder &responder, std::function<QByteArray()> date)
        : m_responder(responder)
        , m_date(std::move(date))
    { }
    void write(const QByteArray &body, QHttpHeaders headers, Status status = Status::Ok);
    void write(QHttpHeaders headers, Status status = Status::Ok);

private:
    void addCommon(QHttpHeaders &headers) const;
    QHttpServerResponder &m_responder;
    std::function<QByteArray()> m_date;
};

void writeJson(Responder &responder, const QByteArray &body, Status status = Status::Ok);
void writeJson(Responder &responder, const QJsonObject &object, Status status = Status::Ok);
void writeError(Responder &responder, Status status, int code, const QString &message);

} // namespace Ratsmappe::Demo::Wire
