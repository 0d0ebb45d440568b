// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfwriter.h"

namespace Ratsmappe::Demo::Pdf {

/// A Beschlussvorlage: the Beratungsfolge, the proposed resolution, the facts and reasons with
/// cost tables, the financial effects, then annexes until the pages are full.
class VorlageWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

} // namespace Ratsmappe::Demo::Pdf
