// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "demopdf.h"
#include "pdflayout.h"
#include "pdftext.h"

#include <QDate>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace Ratsmappe::Demo::Pdf {

/// Writes one kind of document into a layout of text pages: what every kind shares, the
/// generated administrative German (from the spec's seed), the title block, sections that fill
/// up to a page, and cost tables. A subclass per kind writes its body.
class DocumentWriter
{
public:
    DocumentWriter(const PdfSpec &spec, int textPages);
    virtual ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    /// Fills the layout.
    virtual void write() = 0;

    Layout &layout() { return m_layout; }
    /// Pages before the main part (numbered in roman numerals); 0 when none.
    int frontMatterPages() const { return m_frontPages; }

protected:
    // ---- text generation ----
    std::string sentence();
    std::string paragraph(int minSentences, int maxSentences);
    std::string amount(qint64 minCents, qint64 maxCents);
    std::string date(qint64 offsetDays) const;
    std::string person();
    /// The Vorlagen-Nr. from the title ("… 2025/0123: …"), else one from the seed.
    std::string number() const;
    static std::string fourDigits(quint64 n);
    static std::string twoDigits(int n);

    // ---- placing blocks ----
    void place(const Block &b) { m_layout.place(b); }
    bool open(int targetPage) const { return !m_layout.full() && m_layout.page() < targetPage; }
    int target(double fraction) const { return static_cast<int>(m_layout.limit() * fraction); }

    void titleBlock(const std::vector<std::pair<std::string, std::string>> &meta);
    /// A heading, then blocks from \a next until the layout reaches \a targetPage.
    void section(const char *title, int targetPage, const std::function<Block()> &next);
    Block textOrSubheading(int &count, const char *prefix);
    Block costTable(int items);

    const PdfSpec &m_spec;
    Rng m_rng;
    Layout m_layout;
    QDate m_date;
    int m_frontPages = 0;
};

} // namespace Ratsmappe::Demo::Pdf
