// SPDX-License-Identifier: GPL-2.0-or-later
#include "summarypdf.h"
#include "workerprotocol.h"

namespace Ratsmappe::AnnotationPdf::Protocol {

int runSummary(QFile &, std::FILE *)
{
    return fail(Failure::Internal, "summary is not written yet");
}

} // namespace Ratsmappe::AnnotationPdf::Protocol
