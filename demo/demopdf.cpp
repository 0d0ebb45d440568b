// SPDX-License-Identifier: GPL-2.0-or-later
#include "demopdf.h"
#include "pdflayout.h"
#include "pdftext.h"

#include <QDate>
#include <QRegularExpression>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ratsmappe::Demo {
namespace {

using namespace Pdf;

/// Builds one document style into a layout.
class Writer
{
public:
    Writer(const PdfSpec &spec, int textPages)
        : m_spec(spec)
        , m_rng(spec.seed ^ 0x5261747361707065ULL)
        , m_layout(textPages)
        , m_date(QDate(2025, 1, 2).addDays(static_cast<qint64>(spec.seed % 700)))
    { }

    Layout &layout() { return m_layout; }
    int frontMatterPages() const { return m_frontPages; }

    void run()
    {
        switch (m_spec.style) {
        case PdfSpec::Style::Vorlage:
            vorlage();
            break;
        case PdfSpec::Style::Budget:
            budget();
            break;
        case PdfSpec::Style::Protocol:
            protocol();
            break;
        case PdfSpec::Style::Invitation:
            invitation();
            break;
        }
    }

private:
    // ---- text generation ----
    std::string sentence()
    {
        if (m_rng.chance(22)) {
            return ansi(m_rng.pick(kStandalone));
        }
        if (m_rng.chance(12))
            return ansi("Die Gesamtkosten belaufen sich nach derzeitigem Stand auf ") +
                amount(5000000, 900000000) + '.';
        const Predicate &p = m_rng.pick(kPredicates);
        std::string subject = ansi(m_rng.pick(kSubjects));
        if (m_rng.chance(55))
            return ansi(m_rng.pick(kOpeners)) + ' ' + ansi(p.verb) + ' ' + subject + ' ' + ansi(p.rest) + '.';
        subject[0] = static_cast<char>(subject[0] - 'a' + 'A');
        return subject + ' ' + ansi(p.verb) + ' ' + ansi(p.rest) + '.';
    }
    std::string paragraph(int minSentences, int maxSentences)
    {
        std::string text;
        const int n = m_rng.range(minSentences, maxSentences);
        for (int i = 0; i < n; ++i) {
            std::string s = sentence();
            for (int retry = 0; retry < 3 && text.find(s) != std::string::npos; ++retry)
                s = sentence(); // no sentence twice in one paragraph
            if (i)
                text += ' ';
            text += s;
        }
        return text;
    }
    std::string amount(qint64 minCents, qint64 maxCents)
    {
        const qint64 span = maxCents - minCents;
        qint64 v = minCents + static_cast<qint64>(m_rng.next() % static_cast<quint64>(span));
        if (m_rng.chance(70))
            v -= v % 10000; // round euros, as in estimates
        return money(v);
    }
    std::string date(qint64 offsetDays) const
    {
        return winAnsi(m_date.addDays(offsetDays).toString(QStringLiteral("dd.MM.yyyy")));
    }
    std::string person() { return ansi(m_rng.pick(kFirstNames)) + ' ' + ansi(m_rng.pick(kSurnames)); }
    /// The Vorlagen-Nr. from the title ("… 2025/0123: …"), else one from the seed.
    std::string number() const
    {
        static const QRegularExpression pattern(QStringLiteral("\\b(\\d{4}/\\d{1,5})\\b"));
        const QRegularExpressionMatch match = pattern.match(m_spec.title);
        if (match.hasMatch())
            return winAnsi(match.capturedView(1));
        return std::to_string(2025 + m_spec.seed % 2) + '/' + fourDigits(m_spec.seed % 10000);
    }
    static std::string fourDigits(quint64 n)
    {
        std::string s = std::to_string(n);
        return std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
    }

    void place(const Block &b) { m_layout.place(b); }
    bool open(int targetPage) const { return !m_layout.full() && m_layout.page() < targetPage; }
    int target(double fraction) const { return static_cast<int>(m_layout.limit() * fraction); }

    void titleBlock(const std::vector<std::pair<std::string, std::string>> &meta)
    {
        Block title = paragraphBlock(winAnsi(m_spec.title), true, 17);
        title.spaceBefore = 0;
        place(title);
        if (!m_spec.subtitle.isEmpty()) {
            Block sub = paragraphBlock(winAnsi(m_spec.subtitle), false, 11);
            sub.spaceBefore = 2;
            place(sub);
        }
        place(metadataBlock(meta));
    }
    void section(const char *title, int targetPage, const std::function<Block()> &next)
    {
        Block first = next();
        place(withHeading(headingBlock(ansi(title), 0), std::move(first)));
        while (open(targetPage))
            place(next());
    }
    Block textOrSubheading(int &count, const char *prefix)
    {
        ++count;
        if (count % 5 == 0) {
            const std::string heading =
                ansi(prefix) + ' ' + std::to_string(count / 5) + ' ' + ansi(m_rng.pick(kTopics));
            return withHeading(headingBlock(heading, 1), paragraphBlock(paragraph(3, 6)));
        }
        if (count % 7 == 3)
            return costTable(m_rng.range(4, 9));
        return paragraphBlock(paragraph(3, 7));
    }
    Block costTable(int items)
    {
        std::vector<std::vector<std::string>> rows;
        qint64 sum = 0;
        const int start = m_rng.below(static_cast<int>(kCostItems.size()));
        for (int i = 0; i < items; ++i) {
            const qint64 cents = (m_rng.range(8, 950) * 1000 + m_rng.range(0, 99)) * 100;
            sum += cents;
            rows.push_back({std::to_string(i + 1),
                            ansi(kCostItems[static_cast<std::size_t>(start + i) % kCostItems.size()]),
                            m_rng.chance(50) ? ansi("Kostenschätzung") : ansi("Angebot"),
                            money(cents)});
        }
        rows.push_back({"*", ansi("Gesamtkosten (brutto)"), "", money(sum)});
        return tableBlock({{ansi("Nr."), 35, false},
                           {ansi("Kostenposition"), 240, false},
                           {ansi("Grundlage"), 80, false},
                           {ansi("Betrag"), 100, true}},
                          rows);
    }

    // ---- styles ----
    void vorlage()
    {
        titleBlock({{ansi("Vorlagen-Nr."), number()},
                    {ansi("Datum"), date(0)},
                    {ansi("Federführung"), ansi(m_rng.pick(kOffices))},
                    {ansi("Status"), ansi("öffentlich")}});
        const std::size_t body = static_cast<std::size_t>(m_rng.below(static_cast<int>(kBodies.size())));
        std::vector<std::vector<std::string>> steps;
        for (std::size_t i = 0; i < 3; ++i) {
            steps.push_back({ansi(kBodies[(body + i) % kBodies.size()]),
                             date(14 + 14 * static_cast<qint64>(i)),
                             i == 2 ? ansi("Entscheidung") : ansi("Vorberatung")});
        }
        place(withHeading(headingBlock(ansi("Beratungsfolge"), 1, false),
                          tableBlock({{ansi("Gremium"), 250, false},
                                      {ansi("Sitzung"), 90, false},
                                      {ansi("Zuständigkeit"), 115, false}},
                                     steps,
                                     9)));
        section("Beschlussvorschlag", 0, [this] {
            const char *decider = m_rng.pick(kBodies);
            const bool feminine = QByteArrayView(decider).startsWith("Bezirks");
            return paragraphBlock(
                ansi(feminine ? "Die " : "Der ") + ansi(decider) + ansi(" beschließt ") +
                ansi(m_rng.pick(kResolutions)) +
                ansi(". Die Verwaltung wird beauftragt, die erforderlichen Schritte einzuleiten."));
        });
        int count = 0;
        section("Sachverhalt", target(0.4), [&] { return textOrSubheading(count, "Abschnitt"); });
        count = 0;
        section("Begründung", target(0.7), [&] { return textOrSubheading(count, "Punkt"); });
        section("Finanzielle Auswirkungen", target(0.85), [&] {
            return m_rng.chance(50) ? costTable(m_rng.range(5, 12)) : paragraphBlock(paragraph(2, 5));
        });
        int annex = 0;
        while (!m_layout.full()) {
            ++annex;
            const std::string heading =
                ansi("Anlage ") + std::to_string(annex) + ": " + ansi(m_rng.pick(kTopics));
            place(withHeading(headingBlock(heading, 0), paragraphBlock(paragraph(3, 6))));
            const int paragraphs = m_rng.range(3, 10);
            for (int i = 0; i < paragraphs && !m_layout.full(); ++i)
                place(i % 4 == 3 ? costTable(m_rng.range(4, 10)) : paragraphBlock(paragraph(3, 7)));
        }
    }

    void budget()
    {
        const int limit = m_layout.limit();
        m_frontPages = limit >= 4 ? 1 + std::clamp(limit / 150, 1, 6) : 1;
        titleBlock({{ansi("Haushaltsjahre"), ansi("2026/2027 (Doppelhaushalt)")},
                    {ansi("Stand"), date(0)},
                    {ansi("Vorgelegt von"), ansi("Der Bürgermeister als Kämmerer")},
                    {ansi("Status"), ansi("Haushaltsplanentwurf – Einbringung in den Rat")}});
        std::vector<std::vector<std::string>> contents;
        for (std::size_t i = 0; i < kAreas.size(); ++i)
            contents.push_back({twoDigits(static_cast<int>(i) + 1), ansi(kAreas[i].name)});
        place(withHeading(
            headingBlock(ansi("Inhalt"), 1, false),
            tableBlock({{ansi("Nr."), 40, false}, {ansi("Produktbereich"), 415, false}}, contents, 9)));
        if (limit > 1)
            m_layout.newPage();
        section("Vorbericht", m_frontPages, [this] {
            return m_rng.chance(25) ? overviewTable() : paragraphBlock(paragraph(4, 8));
        });
        for (std::size_t a = 0; a < kAreas.size() && !m_layout.full(); ++a) {
            if (limit > m_frontPages + 2 * static_cast<int>(kAreas.size()))
                m_layout.newPage();
            const bool last = a + 1 == kAreas.size();
            const int areaEnd = last ? limit
                                     : m_frontPages +
                    static_cast<int>(static_cast<double>(limit - m_frontPages) * static_cast<double>(a + 1) /
                                     kAreas.size());
            const std::string heading = ansi("Produktbereich ") + twoDigits(static_cast<int>(a) + 1) +
                ansi(" – ") + ansi(kAreas[a].name);
            place(withHeading(headingBlock(heading, 0), paragraphBlock(paragraph(2, 4))));
            int product = 0;
            do {
                budgetProduct(a, product++);
            } while (open(areaEnd) || (last && !m_layout.full()));
        }
    }
    static std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }
    Block overviewTable()
    {
        std::vector<std::vector<std::string>> rows;
        for (const char *item : kIncome)
            rows.push_back({ansi(item),
                            amount(10000000, 9000000000),
                            amount(10000000, 9000000000),
                            amount(10000000, 9000000000)});
        return tableBlock({{ansi("Ergebnisplan (Gesamt)"), 190, false},
                           {ansi("Ergebnis 2025"), 88, true},
                           {ansi("Ansatz 2026"), 88, true},
                           {ansi("Ansatz 2027"), 89, true}},
                          rows);
    }
    void budgetProduct(std::size_t area, int index)
    {
        const Area &a = kAreas[area];
        std::string name = ansi(a.products[static_cast<std::size_t>(index) % a.products.size()]);
        if (index >= static_cast<int>(a.products.size()))
            name += ansi(" – Ortsteil ") +
                ansi(kDistricts[static_cast<std::size_t>(index / 6 - 1) % kDistricts.size()]);
        const std::string code = twoDigits(static_cast<int>(area) + 1) + '.' + twoDigits(index / 6 + 1) +
            '.' + twoDigits(index % 6 + 1);
        Block heading = headingBlock(ansi("Produkt ") + code + ' ' + name, 1);
        place(withHeading(std::move(heading),
                          paragraphBlock(ansi("Kurzbeschreibung: ") + paragraph(2, 4), false, 9)));

        std::vector<std::vector<std::string>> rows;
        int line = 1;
        std::array<qint64, 3> income{}, expenses{};
        auto add = [&](const char *label, std::array<qint64, 3> &sum, qint64 scale) {
            std::vector<std::string> row{twoDigits(line++), ansi(label)};
            const qint64 base = (m_rng.range(1, 400) * scale + m_rng.range(0, 999)) * 100;
            for (std::size_t y = 0; y < 3; ++y) {
                const qint64 v = base + base * (m_rng.range(-8, 12)) / 100;
                sum[y] += v;
                row.push_back(money(v));
            }
            rows.push_back(std::move(row));
        };
        const int firstIncome = m_rng.below(3);
        for (std::size_t i = static_cast<std::size_t>(firstIncome); i < kIncome.size();
             i += static_cast<std::size_t>(m_rng.range(1, 2)))
            add(kIncome[i], income, 1000);
        rows.push_back(
            {"*", ansi("Ordentliche Erträge"), money(income[0]), money(income[1]), money(income[2])});
        for (const char *e : kExpenses)
            add(e, expenses, 1500);
        rows.push_back({"*",
                        ansi("Ordentliche Aufwendungen"),
                        money(-expenses[0]),
                        money(-expenses[1]),
                        money(-expenses[2])});
        rows.push_back({"*",
                        ansi("Ergebnis"),
                        money(income[0] - expenses[0]),
                        money(income[1] - expenses[1]),
                        money(income[2] - expenses[2])});
        place(tableBlock({{ansi("Zeile"), 32, false},
                          {ansi("Teilergebnisplan ") + code, 188, false},
                          {ansi("Ergebnis 2025"), 78, true},
                          {ansi("Ansatz 2026"), 78, true},
                          {ansi("Ansatz 2027"), 79, true}},
                         rows,
                         8));
        if (m_rng.chance(40))
            place(paragraphBlock(ansi("Erläuterung: ") + paragraph(1, 3), false, 9));
    }

    void protocol()
    {
        titleBlock({{ansi("Sitzung"), ansi(m_rng.pick(kBodies))},
                    {ansi("Datum"), date(0)},
                    {ansi("Beginn / Ende"),
                     ansi("17:00 Uhr / ") + std::to_string(m_rng.range(19, 22)) + ansi(":") +
                         twoDigits(m_rng.below(60)) + ansi(" Uhr")},
                    {ansi("Ort"), ansi("Ratssaal, Rathaus, Marktstraße 1")},
                    {ansi("Schriftführung"), person()}});
        std::vector<std::vector<std::string>> present;
        const int members = m_rng.range(7, 14);
        for (int i = 0; i < members; ++i)
            present.push_back(
                {person(), ansi(m_rng.pick(kGroups)), i == 0 ? ansi("Vorsitz") : ansi("Mitglied")});
        place(withHeading(
            headingBlock(ansi("Anwesend"), 1, false),
            tableBlock(
                {{ansi("Name"), 200, false}, {ansi("Fraktion"), 130, false}, {ansi("Funktion"), 125, false}},
                present,
                9)));
        for (int top = 1; !m_layout.full(); ++top) {
            const std::string heading = ansi("TOP ") + std::to_string(top) + ": " +
                ansi(kTopics[static_cast<std::size_t>(top - 1) % kTopics.size()]);
            place(withHeading(headingBlock(heading, 0),
                              paragraphBlock(person() + ansi(" erläutert die Vorlage. ") + paragraph(2, 5))));
            const int discussion = m_rng.range(1, 4);
            for (int i = 0; i < discussion; ++i)
                place(paragraphBlock(ansi("Ratsmitglied ") + person() + " (" + ansi(m_rng.pick(kGroups)) +
                                     ansi(") fragt nach. ") + paragraph(2, 5)));
            place(withHeading(paragraphBlock(ansi("Beschluss:"), true), paragraphBlock(paragraph(1, 3))));
            const int yes = m_rng.range(6, 20);
            place(paragraphBlock(ansi("Abstimmungsergebnis: ") + std::to_string(yes) + ansi(" Ja, ") +
                                     std::to_string(m_rng.range(0, 6)) + ansi(" Nein, ") +
                                     std::to_string(m_rng.range(0, 3)) + ansi(" Enthaltungen"),
                                 false,
                                 9));
        }
    }

    void invitation()
    {
        const std::string body = ansi(m_rng.pick(kBodies));
        titleBlock({{ansi("Gremium"), body},
                    {ansi("Sitzungstermin"), date(21) + ansi(", 17:00 Uhr")},
                    {ansi("Sitzungsort"), ansi("Ratssaal, Rathaus, Marktstraße 1")},
                    {ansi("Datum"), date(0)}});
        place(paragraphBlock(
            ansi("Sehr geehrte Damen und Herren, hiermit lade ich Sie zur nächsten Sitzung des Gremiums „") +
            body +
            ansi("“ ein. Die Tagesordnung und die Sitzungsunterlagen stehen im Ratsinformationssystem "
                 "bereit.")));
        std::vector<std::vector<std::string>> tops;
        const int count = m_rng.range(8, 14);
        for (int i = 0; i < count; ++i) {
            if (i == count - 3)
                tops.push_back({"*", ansi("Nichtöffentlicher Teil"), ""});
            tops.push_back({std::to_string(i + 1),
                            ansi(kTopics[static_cast<std::size_t>(i + m_rng.below(3)) % kTopics.size()]),
                            i % 3 == 2 ? ""
                                       : std::to_string(2025) + '/' +
                                    fourDigits(static_cast<quint64>(m_rng.range(1, 400)))});
        }
        place(withHeading(
            headingBlock(ansi("Tagesordnung – Öffentlicher Teil"), 0),
            tableBlock(
                {{ansi("TOP"), 40, false}, {ansi("Betreff"), 335, false}, {ansi("Vorlage"), 80, false}},
                tops,
                9)));
        place(paragraphBlock(ansi("Mit freundlichen Grüßen")));
        place(paragraphBlock(person() + ansi(", Vorsitz")));
        int n = 0;
        while (!m_layout.full()) {
            ++n;
            place(withHeading(headingBlock(ansi("Erläuterung zu TOP ") + std::to_string(n), 0),
                              paragraphBlock(paragraph(3, 6))));
            for (int i = m_rng.range(1, 4); i > 0 && !m_layout.full(); --i)
                place(paragraphBlock(paragraph(3, 7)));
        }
    }

    const PdfSpec &m_spec;
    Rng m_rng;
    Layout m_layout;
    QDate m_date;
    int m_frontPages = 0;
};

// --- Scanned annex pages ---

constexpr int kScanWidth = 700;
constexpr int kScanHeight = 990;

std::string scanImage(Rng &rng)
{
    std::string px(static_cast<std::size_t>(kScanWidth) * kScanHeight, '\0');
    // Paper: a slowly drifting shade per column and per row, plus grain (0, 3 or 6 levels
    // darker, mostly 0) that keeps the page from compressing to nothing, as a real scan does.
    std::vector<int> columnShade(kScanWidth);
    int shade = 0;
    for (int &s : columnShade) {
        if (rng.chance(5))
            shade = std::clamp(shade + (rng.chance(50) ? 1 : -1), -3, 3);
        s = shade;
    }
    static constexpr std::array<int, 8> grain = {0, 0, 0, 0, 0, 3, 3, 6};
    int rowShade = 0;
    quint64 bits = 0;
    int bitsLeft = 0;
    for (int y = 0; y < kScanHeight; ++y) {
        if (rng.chance(5))
            rowShade = std::clamp(rowShade + (rng.chance(50) ? 1 : -1), -3, 3);
        char *row = px.data() + static_cast<std::ptrdiff_t>(y) * kScanWidth;
        for (int x = 0; x < kScanWidth; ++x) {
            if (bitsLeft < 3) {
                bits = rng.next();
                bitsLeft = 64;
            }
            const int noise = grain[static_cast<std::size_t>(bits & 7)];
            bits >>= 3;
            bitsLeft -= 3;
            int v = 228 + columnShade[static_cast<std::size_t>(x)] + rowShade - noise;
            if (x < 12)
                v -= (12 - x) * 9; // shadow of the scanner lid at the left edge
            row[x] = static_cast<char>(std::clamp(v, 0, 255));
        }
    }
    // Lines of "words": clusters of dark vertical strokes.
    for (int line = 0, y = 110; y < kScanHeight - 90; ++line, y += rng.range(20, 26)) {
        if (rng.chance(12))
            continue; // paragraph gap
        int x = 80 + (line % 7 == 0 ? 30 : 0);
        const int end = 620 - rng.below(line % 7 == 6 ? 300 : 30);
        while (x < end) {
            const int word = rng.range(12, 70);
            for (int gx = x; gx < std::min(x + word, end); gx += rng.range(4, 7)) {
                const int h = rng.range(8, 13);
                const int top = y + (rng.chance(15) ? -3 : 0);
                const int ink = rng.range(40, 110);
                for (int dy = 0; dy < h; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        auto &p = px[static_cast<std::size_t>(top + dy) * kScanWidth +
                                     static_cast<std::size_t>(gx + dx)];
                        p = static_cast<char>(
                            std::min(static_cast<unsigned char>(p), static_cast<unsigned char>(ink)));
                    }
                }
            }
            x += word + rng.range(6, 10);
        }
    }
    return px;
}

// --- Assembling the PDF ---

QPDFObjectHandle name(const char *n)
{
    return QPDFObjectHandle::newName(n);
}

void addOutline(QPDF &pdf,
                const std::vector<OutlineEntry> &entries,
                const std::vector<QPDFObjectHandle> &pages)
{
    if (entries.empty())
        return;
    struct Node
    {
        QPDFObjectHandle dict;
        std::vector<std::size_t> children;
    };
    auto root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", name("/Outlines"));
    std::vector<Node> nodes;
    std::vector<std::size_t> top;
    std::vector<std::size_t> stack; // last node per level
    for (const OutlineEntry &e : entries) {
        auto dict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        dict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(fromWinAnsi(e.title).toStdString()));
        dict.replaceKey("/Dest",
                        QPDFObjectHandle::newArray({pages[static_cast<std::size_t>(e.page)],
                                                    name("/XYZ"),
                                                    QPDFObjectHandle::newNull(),
                                                    QPDFObjectHandle::newReal(e.y, 1),
                                                    QPDFObjectHandle::newNull()}));
        nodes.push_back({dict, {}});
        const std::size_t index = nodes.size() - 1;
        const std::size_t level = std::min<std::size_t>(static_cast<std::size_t>(e.level), stack.size());
        stack.resize(level);
        if (level == 0)
            top.push_back(index);
        else
            nodes[stack.back()].children.push_back(index);
        stack.push_back(index);
    }
    std::function<void(QPDFObjectHandle, const std::vector<std::size_t> &, bool)> link =
        [&](QPDFObjectHandle parent, const std::vector<std::size_t> &kids, bool openKids) {
            if (kids.empty())
                return;
            for (std::size_t i = 0; i < kids.size(); ++i) {
                auto &d = nodes[kids[i]].dict;
                d.replaceKey("/Parent", parent);
                if (i > 0)
                    d.replaceKey("/Prev", nodes[kids[i - 1]].dict);
                if (i + 1 < kids.size())
                    d.replaceKey("/Next", nodes[kids[i + 1]].dict);
                link(d, nodes[kids[i]].children, false);
            }
            parent.replaceKey("/First", nodes[kids.front()].dict);
            parent.replaceKey("/Last", nodes[kids.back()].dict);
            const auto count = static_cast<long long>(kids.size());
            parent.replaceKey("/Count", QPDFObjectHandle::newInteger(openKids ? count : -count));
        };
    link(root, top, true);
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", name("/UseOutlines"));
}

} // namespace

QByteArray writePdf(const PdfSpec &spec)
{
    const int total = std::max(1, spec.pages);
    const int scans = std::clamp(spec.scanPages, 0, total - 1);
    const int textPages = total - scans;

    Writer writer(spec, textPages);
    writer.run();
    Layout &layout = writer.layout();
    layout.canvas(textPages - 1); // pages the content did not reach stay empty but exist

    QPDF pdf;
    pdf.emptyPDF();
    auto font = [&pdf](const char *base) {
        auto f = QPDFObjectHandle::newDictionary();
        f.replaceKey("/Type", name("/Font"));
        f.replaceKey("/Subtype", name("/Type1"));
        f.replaceKey("/BaseFont", name(base));
        f.replaceKey("/Encoding", name("/WinAnsiEncoding"));
        return pdf.makeIndirectObject(f);
    };
    auto fonts = QPDFObjectHandle::newDictionary();
    fonts.replaceKey("/F1", font("/Helvetica"));
    fonts.replaceKey("/F2", font("/Helvetica-Bold"));
    auto textResources = QPDFObjectHandle::newDictionary();
    textResources.replaceKey("/Font", fonts);
    textResources = pdf.makeIndirectObject(textResources);

    const std::string running = fit(winAnsi(spec.title), false, 8, kTextWidth);
    auto decorate = [&](Canvas &c, int page) {
        if (page > 0) {
            c.text(kLeft, 808, false, 8, running);
            c.line(kLeft, 802, kRight, 802, 0.4, 0.4);
        }
        c.line(kLeft, 44, kRight, 44, 0.4, 0.4);
        const std::string footer = "Seite " + std::to_string(page + 1) + " von " + std::to_string(total);
        c.textCentered(32, false, 8, footer);
    };
    auto mediaBox = QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(0, 0, kPageWidth, kPageHeight));

    QPDFPageDocumentHelper helper(pdf);
    std::vector<QPDFObjectHandle> pageObjects;
    auto addPage = [&](const std::string &ops, QPDFObjectHandle resources) {
        auto page = QPDFObjectHandle::newDictionary();
        page.replaceKey("/Type", name("/Page"));
        page.replaceKey("/MediaBox", mediaBox);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", pdf.newStream(ops));
        page = pdf.makeIndirectObject(page);
        helper.addPage(QPDFPageObjectHelper(page), false);
        pageObjects.push_back(page);
    };
    for (int i = 0; i < textPages; ++i) {
        Canvas &c = layout.pages()[static_cast<std::size_t>(i)];
        decorate(c, i);
        addPage(c.ops(), textResources);
    }

    Rng scanRng(spec.seed * 0x2545f4914f6cdd1dULL + 0x5ca9);
    for (int i = 0; i < scans; ++i) {
        auto image = pdf.newStream(scanImage(scanRng));
        auto dict = image.getDict();
        dict.replaceKey("/Type", name("/XObject"));
        dict.replaceKey("/Subtype", name("/Image"));
        dict.replaceKey("/Width", QPDFObjectHandle::newInteger(kScanWidth));
        dict.replaceKey("/Height", QPDFObjectHandle::newInteger(kScanHeight));
        dict.replaceKey("/ColorSpace", name("/DeviceGray"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        auto xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im1", image);
        auto resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
        resources.replaceKey("/XObject", xobjects);
        Canvas c;
        c.raw("q 595 0 0 842 0 0 cm /Im1 Do Q\n");
        c.fill(kPageWidth / 2 - 45, 26, 90, 16, 1);
        const int page = textPages + i;
        const std::string footer = "Seite " + std::to_string(page + 1) + " von " + std::to_string(total);
        c.textCentered(32, false, 8, footer);
        addPage(c.ops(), resources);
    }

    // Bookmarks: the sections, then the scanned annex.
    std::vector<OutlineEntry> outline = layout.outline();
    if (scans > 0)
        outline.push_back({winAnsi(u"Anlage (Scan)"), 0, textPages, kPageHeight});
    if (spec.style == PdfSpec::Style::Vorlage || spec.style == PdfSpec::Style::Budget)
        addOutline(pdf, outline, pageObjects);

    // Page labels: roman numerals for the budget's front matter, then the physical page number.
    if (spec.style == PdfSpec::Style::Budget && writer.frontMatterPages() > 0 &&
        textPages > writer.frontMatterPages()) {
        auto roman = QPDFObjectHandle::newDictionary();
        roman.replaceKey("/S", name("/r"));
        auto decimal = QPDFObjectHandle::newDictionary();
        decimal.replaceKey("/S", name("/D"));
        decimal.replaceKey("/St", QPDFObjectHandle::newInteger(writer.frontMatterPages() + 1));
        auto labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums",
                          QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0),
                                                      roman,
                                                      QPDFObjectHandle::newInteger(writer.frontMatterPages()),
                                                      decimal}));
        pdf.getRoot().replaceKey("/PageLabels", labels);
    }

    auto info = QPDFObjectHandle::newDictionary();
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(spec.title.toStdString()));
    if (!spec.subtitle.isEmpty())
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(spec.subtitle.toStdString()));
    info.replaceKey("/Creator", QPDFObjectHandle::newString("Ratsmappe demo city"));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setCompressStreams(true);
    w.setObjectStreamMode(qpdf_o_generate);
    w.write();
    const auto buffer = w.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      static_cast<qsizetype>(buffer->getSize()));
}

} // namespace Ratsmappe::Demo
