// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfwriter.h"

namespace Ratsmappe::Demo::Pdf {

/// Minutes (Niederschrift): who was there, then each item with its discussion, resolution and
/// vote until the pages are full.
class ProtocolWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

} // namespace Ratsmappe::Demo::Pdf
