// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationpdfwriter.h"
#include "workerprotocol.h"

namespace Ratsmappe::AnnotationPdf::Protocol {

int runExport(QFile &, std::FILE *)
{
    return fail(Failure::Internal, "export is not written yet");
}

} // namespace Ratsmappe::AnnotationPdf::Protocol
