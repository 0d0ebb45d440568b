// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfkinds.h"

namespace Ratsmappe::Demo::Pdf {

void ProtocolWriter::write()
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
        present.push_back({person(), ansi(m_rng.pick(kGroups)), i == 0 ? ansi("Vorsitz") : ansi("Mitglied")});
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

} // namespace Ratsmappe::Demo::Pdf
