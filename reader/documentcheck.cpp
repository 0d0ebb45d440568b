// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcheck.h"

#include "documentstore.h"
#include "isolatedpdf.h"
#include "storeerror.h"

namespace Ratsmappe {

QString DocumentCheck::probe(Database &db, qint64 versionId)
{
    try {
        const QByteArray bytes = DocumentStore(db).readAll(versionId);
        if (bytes.isEmpty()) {
            return tr("The document is empty.");
        }
        return IsolatedPdf::probe(bytes).error;
    } catch (const StoreError &e) {
        return e.message();
    }
}

} // namespace Ratsmappe
