// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfkinds.h"

#include <QByteArrayView>

namespace Ratsmappe::Demo::Pdf {

void VorlageWriter::write()
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

} // namespace Ratsmappe::Demo::Pdf
