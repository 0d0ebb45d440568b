// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpdfreader.h"
#include "workerprotocol.h"

namespace Ratsmappe::AnnotationPdf::Protocol {

int runRead(QFile &, std::FILE *)
{
    return fail(Failure::Internal, "read is not written yet");
}

} // namespace Ratsmappe::AnnotationPdf::Protocol
