// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfkinds.h"

namespace Ratsmappe::Demo::Pdf {

void InvitationWriter::write()
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
        tableBlock({{ansi("TOP"), 40, false}, {ansi("Betreff"), 335, false}, {ansi("Vorlage"), 80, false}},
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

} // namespace Ratsmappe::Demo::Pdf
