// SPDX-License-Identifier: GPL-2.0-or-later
#include "icswriter.h"

#include <QUrl>

#include "applicationinfo.h"

#include <QCryptographicHash>

namespace Ratsmappe::Ics {

namespace {

// Times in UTC ("Z"): every calendar reads them without a VTIMEZONE block, and the instant is
// what the server meant whatever offset it wrote.
QByteArray utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

class Writer
{
public:
    void line(const char *name, const QByteArray &value)
    {
        m_out += foldLine(QByteArray(name) + ':' + value);
    }
    void text(const char *name, const QString &value)
    {
        if (!value.trimmed().isEmpty()) {
            line(name, escapeText(value).toUtf8());
        }
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

QString description(const QList<AgendaLine> &agenda)
{
    QStringList lines;
    for (const AgendaLine &item : agenda) {
        const QString number = item.number.trimmed();
        const QString title = item.title.simplified();
        if (number.isEmpty() && title.isEmpty()) {
            continue;
        }
        lines << (number.isEmpty() ? title : title.isEmpty() ? number : number + QLatin1Char(' ') + title);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString uidFor(const QString &serverId, const QString &meetingId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(serverId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(meetingId.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(40)) + QStringLiteral("@ratsmappe.de");
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.category() == QChar::Other_Control) {
            // Control characters are not allowed in TEXT (RFC 5545 3.3.11); servers send them.
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    constexpr qsizetype Limit = 75;
    QByteArray out;
    qsizetype start = 0;
    // The first line holds 75 octets; continuation lines begin with a space, so 74 more each.
    qsizetype room = Limit;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Never between a UTF-8 lead byte and its continuation bytes (10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = Limit - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray write(const QList<Event> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp = utc(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc());
    Writer w;
    w.line("BEGIN", "VCALENDAR");
    w.line("VERSION", "2.0");
    w.line("PRODID",
           QByteArrayLiteral("-//Ratsmappe//Ratsmappe ") + applicationInfo().version.toUtf8() + "//DE");
    w.line("CALSCALE", "GREGORIAN");
    w.line("METHOD", "PUBLISH");
    for (const Event &e : events) {
        if (!e.start.isValid()) {
            continue;
        }
        w.line("BEGIN", "VEVENT");
        w.line("UID", uidFor(e.serverId, e.meetingId).toUtf8());
        w.line("DTSTAMP", dtstamp);
        w.line("DTSTART", utc(e.start));
        if (e.end.isValid() && e.end > e.start) {
            w.line("DTEND", utc(e.end));
        }
        w.text("SUMMARY", e.summary);
        w.text("LOCATION", e.location);
        w.text("DESCRIPTION", description(e.agenda));
        // A URI value, not TEXT (RFC 5545 3.8.4.6): only a well-formed http(s) URL, encoded, so
        // that nothing a server sends can break the lines.
        if (const QUrl url(e.url, QUrl::StrictMode); url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            w.line("URL", url.toEncoded());
        }
        if (e.cancelled) {
            w.line("STATUS", "CANCELLED");
        }
        QStringList categories;
        for (const QString &c : e.categories) {
            if (!c.trimmed().isEmpty()) {
                categories << escapeText(c.simplified());
            }
        }
        if (!categories.isEmpty()) {
            // Commas separate the values; each value's own commas were escaped above.
            w.line("CATEGORIES", categories.join(QLatin1Char(',')).toUtf8());
        }
        w.line("END", "VEVENT");
    }
    w.line("END", "VCALENDAR");
    return w.result();
}

} // namespace Ratsmappe::Ics
