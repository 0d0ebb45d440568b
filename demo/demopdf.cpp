// SPDX-License-Identifier: GPL-2.0-or-later
#include "demopdf.h"

namespace Ratsmappe::Demo {

// Placeholder until the qpdf writer lands (helper branch).
QByteArray writePdf(const PdfSpec &spec)
{
    return "%PDF-1.4\n% " + spec.title.toUtf8() + "\n%%EOF\n";
}

} // namespace Ratsmappe::Demo
