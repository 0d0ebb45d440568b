// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfwriter.h"

#include <QRegularExpression>

#include <algorithm>

namespace Ratsmappe::Demo::Pdf {

DocumentWriter::DocumentWriter(const PdfSpec &spec, int textPages)
    : m_spec(spec)
    , m_rng(spec.seed ^ 0x5261747361707065ULL)
    , m_layout(textPages)
    , m_date(QDate(2025, 1, 2).addDays(static_cast<qint64>(spec.seed % 700)))
{ }

DocumentWriter::~DocumentWriter() = default;

std::string DocumentWriter::sentence()
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

std::string DocumentWriter::paragraph(int minSentences, int maxSentences)
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

std::string DocumentWriter::amount(qint64 minCents, qint64 maxCents)
{
    const qint64 span = maxCents - minCents;
    qint64 v = minCents + static_cast<qint64>(m_rng.next() % static_cast<quint64>(span));
    if (m_rng.chance(70))
        v -= v % 10000; // round euros, as in estimates
    return money(v);
}

std::string DocumentWriter::date(qint64 offsetDays) const
{
    return winAnsi(m_date.addDays(offsetDays).toString(QStringLiteral("dd.MM.yyyy")));
}

std::string DocumentWriter::person()
{
    return ansi(m_rng.pick(kFirstNames)) + ' ' + ansi(m_rng.pick(kSurnames));
}

std::string DocumentWriter::number() const
{
    static const QRegularExpression pattern(QStringLiteral("\\b(\\d{4}/\\d{1,5})\\b"));
    const QRegularExpressionMatch match = pattern.match(m_spec.title);
    if (match.hasMatch())
        return winAnsi(match.capturedView(1));
    return std::to_string(2025 + m_spec.seed % 2) + '/' + fourDigits(m_spec.seed % 10000);
}

std::string DocumentWriter::fourDigits(quint64 n)
{
    std::string s = std::to_string(n);
    return std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
}

std::string DocumentWriter::twoDigits(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

void DocumentWriter::titleBlock(const std::vector<std::pair<std::string, std::string>> &meta)
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

void DocumentWriter::section(const char *title, int targetPage, const std::function<Block()> &next)
{
    Block first = next();
    place(withHeading(headingBlock(ansi(title), 0), std::move(first)));
    while (open(targetPage))
        place(next());
}

Block DocumentWriter::textOrSubheading(int &count, const char *prefix)
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

Block DocumentWriter::costTable(int items)
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

} // namespace Ratsmappe::Demo::Pdf
