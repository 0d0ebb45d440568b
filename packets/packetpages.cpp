// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetpages.h"

#include "pdfcanvas.h"

#include <QLocale>

#include <algorithm>

namespace Ratsmappe::Packets {

namespace {

using PdfCanvas::Canvas;
using PdfCanvas::fit;
using PdfCanvas::textWidth;
using PdfCanvas::winAnsi;
using PdfCanvas::wrap;

constexpr double Left = 70;
constexpr double Right = 525;
constexpr double Top = 770;
constexpr double Bottom = 62;
constexpr double LineHeight = 13.5;
constexpr double RefWidth = 60; // the page column
constexpr int HeaderLines = 3;
constexpr int LinesPerPage = int((Top - Bottom) / LineHeight) - HeaderLines;

struct Line
{
    double indent = 0;
    bool bold = false;
    double size = 10;
    std::string text;
    std::string ref; ///< the page label, right-aligned
    int target = 0; ///< member page the line links to; 0: none
    bool space = false; ///< an empty line before it
};

QString itemHeading(const PlanItem &item)
{
    return item.number.isEmpty() ? item.name : QStringLiteral("TOP %1 %2").arg(item.number, item.name);
}

/// A wrapped text as lines of the agenda; only the last carries the page reference.
void addWrapped(std::vector<Line> &lines, const QString &text, Line style)
{
    const std::vector<std::string> wrapped =
        wrap(winAnsi(text), style.bold, style.size, Right - Left - style.indent - RefWidth);
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        Line line = style;
        line.text = wrapped[i];
        if (i + 1 < wrapped.size()) {
            line.ref.clear();
            line.target = 0;
        }
        if (i > 0) {
            line.space = false;
        }
        lines.push_back(line);
    }
}

const ManifestEntry *currentEntry(const Manifest &m, const QString &fileId, bool nonPublic)
{
    const QString key = Manifest::keyFor(fileId, nonPublic, Edition::Member, {});
    for (const ManifestEntry &e : m.entries) {
        if (e.kind == ManifestEntry::Kind::Document && e.key == key && e.replacedBy.isEmpty()) {
            return &e;
        }
    }
    return nullptr;
}

QString pageRange(const Manifest &m, const ManifestEntry &e)
{
    const QString first = m.label(e.first);
    return e.count == 1 ? first : first + QStringLiteral("–") + m.label(e.first + e.count - 1);
}

/// Lines for the documents \a indexes of the plan; with a manifest, each with its pages.
void addDocuments(
    std::vector<Line> &lines, const Plan &plan, const Manifest *m, Edition edition, const QList<int> &indexes)
{
    for (const int i : indexes) {
        const PlanDocument &d = plan.documents[i];
        Line style;
        style.indent = 28;
        style.size = 9;
        if (d.nonPublic && edition == Edition::Public) {
            addWrapped(lines, QStringLiteral("nichtöffentliche Unterlage"), style);
            continue;
        }
        QString title = d.title;
        if (!d.placed()) {
            title += QStringLiteral(" (kein PDF, nicht enthalten)");
        } else if (d.late) {
            title += QStringLiteral(" (Tischvorlage)");
        }
        if (m) {
            if (const ManifestEntry *e = currentEntry(*m, d.fileId, d.nonPublic)) {
                style.ref = winAnsi(m->label(e->first));
                style.target = e->first;
                // A Nachtrag's new version: where the issued pages were stays said.
                for (const ManifestEntry &old : m->entries) {
                    if (old.key == e->key && old.replacedBy == m->label(e->first)) {
                        title += QStringLiteral(" (neue Fassung im Nachtrag %1; ersetzt S. %2)")
                                     .arg(e->supplement)
                                     .arg(pageRange(*m, old));
                    }
                }
            }
        }
        addWrapped(lines, title, style);
    }
}

std::vector<Line> agendaLines(const Plan &plan, const Manifest *m, Edition edition)
{
    std::vector<Line> lines;
    const QList<int> own = plan.documentsOf(-1);
    if (!own.isEmpty()) {
        Line heading;
        heading.bold = true;
        addWrapped(lines, QStringLiteral("Unterlagen zur Sitzung"), heading);
        addDocuments(lines, plan, m, edition, own);
    }
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items[i];
        const QList<int> docs = plan.documentsOf(i);
        Line heading;
        heading.bold = true;
        heading.space = !lines.empty();
        if (m) {
            for (const ManifestEntry &e : m->entries) {
                // The item's first pages, in the main part when it has any there: a Nachtrag does
                // not move where a TOP starts.
                if (e.item == item.id && e.kind == ManifestEntry::Kind::Document) {
                    heading.ref = winAnsi(m->label(e.first));
                    heading.target = e.first;
                    break;
                }
            }
        }
        if (item.nonPublic && edition == Edition::Public) {
            heading.ref.clear();
            heading.target = 0;
            const QString number =
                item.number.isEmpty() ? QString() : QStringLiteral("TOP %1 – ").arg(item.number);
            addWrapped(lines, number + QStringLiteral("nichtöffentlich"), heading);
            continue;
        }
        addWrapped(lines,
                   itemHeading(item) + (item.nonPublic ? QStringLiteral(" (nichtöffentlich)") : QString()),
                   heading);
        addDocuments(lines, plan, m, edition, docs);
    }
    return lines;
}

int pagesFor(std::size_t lines)
{
    return std::max(1, int((lines + LinesPerPage - 1) / LinesPerPage));
}

void header(Canvas &c, const QString &title, const QString &meeting)
{
    c.text(Left, Top, true, 16, winAnsi(title));
    c.text(Left, Top - 20, false, 10, fit(winAnsi(meeting), false, 10, Right - Left));
    c.line(Left, Top - 28, Right, Top - 28, 0.5, 0.6);
}

QList<GeneratedPage>
linesToPages(const std::vector<Line> &lines, int pages, const QString &title, const QString &meeting)
{
    QList<GeneratedPage> out;
    std::size_t next = 0;
    for (int p = 0; p < pages; ++p) {
        GeneratedPage page;
        Canvas c;
        header(c, p == 0 ? title : title + QStringLiteral(" (Fortsetzung)"), meeting);
        double y = Top - 28 - LineHeight * (HeaderLines - 1);
        const bool last = p + 1 == pages;
        for (int n = 0; n < LinesPerPage && next < lines.size(); ++n, ++next) {
            if (last && n + 1 == LinesPerPage && next + 1 < lines.size()) {
                c.text(Left, y, false, 9, winAnsi(QStringLiteral("… weitere Unterlagen im Nachtrag")));
                next = lines.size();
                break;
            }
            const Line &line = lines[next];
            if (line.space && n > 0) {
                y -= LineHeight * 0.4;
            }
            c.text(Left + line.indent, y, line.bold, line.size, line.text);
            if (!line.ref.empty()) {
                c.textRight(Right, y, line.bold, line.size, line.ref);
            }
            if (line.target > 0) {
                page.links.append({Left + line.indent, y - 3, Right, y + line.size, line.target});
            }
            y -= LineHeight;
        }
        page.ops = c.ops();
        out.append(page);
    }
    return out;
}

QString meetingLine(const Plan &plan)
{
    QString line = plan.meeting.name;
    if (plan.meeting.start.isValid()) {
        line += QStringLiteral(", ") + PacketTexts::when(plan.meeting.start);
    }
    return line;
}

} // namespace

QString PacketTexts::when(const QDateTime &time)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    return german.toString(time, QStringLiteral("ddd, dd.MM.yyyy, HH:mm")) + QStringLiteral(" Uhr");
}

int PacketTexts::agendaPageCount(const Plan &plan)
{
    return pagesFor(agendaLines(plan, nullptr, Edition::Member).size());
}

int PacketTexts::supplementAgendaPageCount(const Plan &plan, const QList<int> &documents)
{
    Q_UNUSED(plan)
    // A heading per document's item at most, and a line per document (wrapping aside).
    return pagesFor(std::size_t(documents.size() * 3));
}

GeneratedPage PacketTexts::cover() const
{
    Canvas c;
    const Manifest &m = layout.manifest;
    double y = 700;
    c.text(Left, y, true, 28, winAnsi(QStringLiteral("Sitzungsmappe")));
    y -= 40;
    for (const std::string &line : wrap(winAnsi(plan.meeting.name), true, 16, Right - Left)) {
        c.text(Left, y, true, 16, line);
        y -= 21;
    }
    y -= 12;
    const auto row = [&c, &y](const QString &label, const QString &value) {
        if (value.isEmpty()) {
            return;
        }
        c.text(Left, y, true, 10, winAnsi(label));
        for (const std::string &line : wrap(winAnsi(value), false, 10, Right - Left - 120)) {
            c.text(Left + 120, y, false, 10, line);
            y -= 15;
        }
        y -= 3;
    };
    row(QStringLiteral("Körperschaft"), plan.meeting.bodyName);
    row(QStringLiteral("Gremium"), plan.meeting.committees.join(QStringLiteral(", ")));
    row(QStringLiteral("Termin"),
        plan.meeting.start.isValid()
            ? when(plan.meeting.start) + (plan.meeting.cancelled ? QStringLiteral(" (abgesagt)") : QString())
            : QStringLiteral("ohne Termin"));
    row(QStringLiteral("Ort"), plan.meeting.location);
    // A member edition built from an account without the non-public part must not claim it.
    const auto nonPublic = std::count_if(m.entries.cbegin(), m.entries.cend(), [](const ManifestEntry &e) {
        return e.kind == ManifestEntry::Kind::Document && e.nonPublic && e.replacedBy.isEmpty();
    });
    row(QStringLiteral("Ausgabe"),
        edition == Edition::Public ? QStringLiteral("Öffentliche Ausgabe (ohne nichtöffentliche Unterlagen)")
            : nonPublic > 0
            ? QStringLiteral("Ausgabe für Mitglieder (mit %1 nichtöffentlichen Unterlagen)").arg(nonPublic)
            : QStringLiteral(
                  "Ausgabe für Mitglieder (ohne nichtöffentliche Unterlagen: der Cache hat keine zu dieser "
                  "Sitzung)"));
    if (!watermark.isEmpty()) {
        row(QStringLiteral("Exemplar für"), watermark);
    }
    row(QStringLiteral("Erstellt"), when(built.toLocalTime()));
    row(QStringLiteral("Stand der Unterlagen"),
        (plan.sourcesAsOf.isValid() ? when(plan.sourcesAsOf.toLocalTime()) + QStringLiteral(", ")
                                    : QString()) +
            QStringLiteral("%1 Dokumente, %2 Seiten").arg(documents).arg(m.pages));
    if (m.supplements > 0) {
        row(QStringLiteral("Nachträge"),
            QStringLiteral("%1 (Seiten N1-1 ff.); die Seitenzahlen der ersten Ausgabe bleiben gültig")
                .arg(m.supplements));
    }
    c.line(Left, y - 4, Right, y - 4, 0.5, 0.6);
    return {c.ops(), {}};
}

QList<GeneratedPage> PacketTexts::agenda(int pages) const
{
    return linesToPages(agendaLines(plan, &layout.manifest, edition),
                        pages,
                        QStringLiteral("Tagesordnung"),
                        meetingLine(plan));
}

QList<GeneratedPage> PacketTexts::supplementAgenda(int supplement, int pages) const
{
    const Manifest &m = layout.manifest;
    std::vector<Line> lines;
    QString lastItem = QStringLiteral("\x01");
    for (int i = 0; i < m.entries.size(); ++i) {
        const ManifestEntry &e = m.entries[i];
        if (e.supplement != supplement || e.kind != ManifestEntry::Kind::Document) {
            continue;
        }
        if (e.item != lastItem) {
            lastItem = e.item;
            Line heading;
            heading.bold = true;
            heading.space = !lines.empty();
            QString text = QStringLiteral("Unterlagen zur Sitzung");
            for (const PlanItem &item : plan.items) {
                if (item.id == e.item) {
                    text = item.nonPublic && edition == Edition::Public
                        ? QStringLiteral("TOP %1 – nichtöffentlich").arg(item.number)
                        : itemHeading(item);
                }
            }
            addWrapped(lines, text, heading);
        }
        Line line;
        line.indent = 28;
        line.size = 9;
        if (e.nonPublic && edition == Edition::Public) {
            addWrapped(lines, QStringLiteral("nichtöffentliche Unterlage"), line);
            continue;
        }
        line.ref = winAnsi(m.label(e.first));
        line.target = e.first;
        QString text = e.title;
        for (const ManifestEntry &old : m.entries) {
            if (!old.replacedBy.isEmpty() && old.replacedBy == m.label(e.first)) {
                text += QStringLiteral(" (neue Fassung; ersetzt S. %1)").arg(pageRange(m, old));
            }
        }
        addWrapped(lines, text, line);
    }
    return linesToPages(lines, pages, QStringLiteral("Nachtrag %1").arg(supplement), meetingLine(plan));
}

GeneratedPage PacketTexts::gap(const QString &first, const QString &last)
{
    Canvas c;
    const QString range =
        first == last ? QStringLiteral("S. %1").arg(first) : QStringLiteral("S. %1–%2").arg(first, last);
    c.textCentered(460, true, 16, winAnsi(QString(range + QStringLiteral(": nichtöffentlich"))));
    c.textCentered(
        436,
        false,
        10,
        winAnsi(QStringLiteral("Diese Seiten gehören zu nichtöffentlichen Unterlagen und sind in der")));
    c.textCentered(
        422,
        false,
        10,
        winAnsi(QStringLiteral("öffentlichen Ausgabe nicht enthalten. Die Seitenzahlen entsprechen der")));
    c.textCentered(408, false, 10, winAnsi(QStringLiteral("Ausgabe für Mitglieder.")));
    return {c.ops(), {}};
}

GeneratedPage PacketTexts::missingPage(const QString &title, int page, int count)
{
    Canvas c;
    c.textCentered(460, true, 12, fit(winAnsi(title), true, 12, Right - Left));
    c.textCentered(440,
                   false,
                   10,
                   winAnsi(QStringLiteral("Seite %1 von %2 einer ersetzten Fassung,").arg(page).arg(count)));
    c.textCentered(426, false, 10, winAnsi(QStringLiteral("die nicht mehr im Cache liegt.")));
    return {c.ops(), {}};
}

QString PacketTexts::stampTitle(const ManifestEntry &entry) const
{
    switch (entry.kind) {
    case ManifestEntry::Kind::Cover:
    case ManifestEntry::Kind::Agenda:
        return QStringLiteral("Sitzungsmappe");
    case ManifestEntry::Kind::SupplementAgenda:
        return QStringLiteral("Nachtrag %1").arg(entry.supplement);
    case ManifestEntry::Kind::Document:
        break;
    }
    for (const PlanItem &item : plan.items) {
        if (item.id == entry.item && !entry.item.isEmpty()) {
            return item.number.isEmpty() ? item.name
                                         : QStringLiteral("TOP %1 – %2").arg(item.number, item.name);
        }
    }
    if (!entry.itemNumber.isEmpty()) {
        return QStringLiteral("TOP %1 – %2").arg(entry.itemNumber, entry.title);
    }
    return entry.title;
}

} // namespace Ratsmappe::Packets
