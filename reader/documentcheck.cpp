// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcheck.h"

#include "database.h"
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
        const QString error = IsolatedPdf::probe(bytes).error;
        if (error.isEmpty()) {
            Statement(db, "UPDATE file_versions SET first_open_checked = 1 WHERE id = ?")
                .bind(1, versionId)
                .run();
        }
        return error;
    } catch (const StoreError &e) {
        return e.message();
    }
}

bool DocumentCheck::isVerified(Database &db, qint64 versionId)
{
    if (m_verified.contains(versionId)) {
        return true;
    }
    if (db.queryInt(QByteArray("SELECT first_open_checked FROM file_versions WHERE id = " +
                               QByteArray::number(versionId))
                        .constData())
            .value_or(0) == 1) {
        m_verified.insert(versionId);
        return true;
    }
    return false;
}

} // namespace Ratsmappe
