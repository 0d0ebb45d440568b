// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfkinds.h"

#include <algorithm>
#include <array>

namespace Ratsmappe::Demo::Pdf {

void BudgetWriter::write()
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
        const std::string heading =
            ansi("Produktbereich ") + twoDigits(static_cast<int>(a) + 1) + ansi(" – ") + ansi(kAreas[a].name);
        place(withHeading(headingBlock(heading, 0), paragraphBlock(paragraph(2, 4))));
        int product = 0;
        do {
            budgetProduct(a, product++);
        } while (open(areaEnd) || (last && !m_layout.full()));
    }
}

Block BudgetWriter::overviewTable()
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

void BudgetWriter::budgetProduct(std::size_t area, int index)
{
    const Area &a = kAreas[area];
    std::string name = ansi(a.products[static_cast<std::size_t>(index) % a.products.size()]);
    if (index >= static_cast<int>(a.products.size()))
        name += ansi(" – Ortsteil ") +
            ansi(kDistricts[static_cast<std::size_t>(index / 6 - 1) % kDistricts.size()]);
    const std::string code = twoDigits(static_cast<int>(area) + 1) + '.' + twoDigits(index / 6 + 1) + '.' +
        twoDigits(index % 6 + 1);
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
    rows.push_back({"*", ansi("Ordentliche Erträge"), money(income[0]), money(income[1]), money(income[2])});
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

} // namespace Ratsmappe::Demo::Pdf
