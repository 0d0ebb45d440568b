// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ratsmappe::Ics {

/// One agenda item as the event's description lists it.
struct AgendaLine
{
    QString number; ///< the TOP number as the server gives it; may be empty
    QString title;
};

/// One meeting as a calendar event (RFC 5545 VEVENT).
struct Event
{
    QString serverId; ///< with the meeting id, the source of the stable UID
    QString meetingId;
    QString summary; ///< the meeting's name
    QDateTime start; ///< an event without a start is not written
    QDateTime end; ///< invalid, or not after the start: no DTEND
    QString location;
    QList<AgendaLine> agenda; ///< in the meeting's order: the description
    QString url; ///< the OParl object's web page, else its id
    bool cancelled = false;
    QStringList categories; ///< the committees
};

/// The UID of a meeting's event: the same for the same server and meeting in every export, so
/// a calendar that imports the file again updates the event instead of doubling it.
QString uidFor(const QString &serverId, const QString &meetingId);

/// Text escaped for a TEXT value: backslash, comma, semicolon and line breaks.
QString escapeText(const QString &text);

/// One content line folded as RFC 5545 asks: lines of at most 75 octets, continued after CRLF
/// and a space, never breaking a UTF-8 sequence. The result ends with CRLF.
QByteArray foldLine(const QByteArray &line);

/// A whole VCALENDAR with one VEVENT per event (those without a start left out), CRLF line
/// ends. \a stamp is the DTSTAMP of every event (now when invalid).
QByteArray write(const QList<Event> &events, const QDateTime &stamp = {});

} // namespace Ratsmappe::Ics
