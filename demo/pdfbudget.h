// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfwriter.h"

#include <cstddef>

namespace Ratsmappe::Demo::Pdf {

/// A budget draft (Haushaltsplanentwurf): front matter with contents and a preliminary report,
/// then every Produktbereich with its products' Teilergebnispläne until the pages are full.
class BudgetWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;

private:
    Block overviewTable();
    void budgetProduct(std::size_t area, int index);
};

} // namespace Ratsmappe::Demo::Pdf
