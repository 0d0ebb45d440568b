// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The kinds of demo PDF, one writer each (pdfvorlage.cpp, pdfbudget.cpp, pdfprotocol.cpp,
// pdfinvitation.cpp) on the shared DocumentWriter.

#include "pdfwriter.h"

#include <cstddef>

namespace Ratsmappe::Demo::Pdf {

/// A Beschlussvorlage: the Beratungsfolge, the proposed resolution, the facts and reasons with
/// cost tables, the financial effects, then annexes until the pages are full.
class VorlageWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

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

/// Minutes (Niederschrift): who was there, then each item with its discussion, resolution and
/// vote until the pages are full.
class ProtocolWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

/// An invitation (Einladung): the letter, the public agenda, then notes on its items until the
/// pages are full.
class InvitationWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

} // namespace Ratsmappe::Demo::Pdf
