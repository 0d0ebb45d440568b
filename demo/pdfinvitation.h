// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pdfwriter.h"

namespace Ratsmappe::Demo::Pdf {

/// An invitation (Einladung): the letter, the public agenda, then notes on its items until the
/// pages are full.
class InvitationWriter : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;
    void write() override;
};

} // namespace Ratsmappe::Demo::Pdf
