// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcheck.h"

#include "database.h"
#include "isolatedpdf.h"
#include "storeerror.h"

namespace Ratsmappe {

QString DocumentCheck::emptyDocument()
{
    return tr("The document is empty. Sync again, or ask the council office for another copy.");
}

QString DocumentCheck::probe(Database &db, qint64 versionId)
{
    try {
        const QByteArray bytes = DocumentStore(db).readAll(versionId);
        if (bytes.isEmpty()) {
            return emptyDocument();
        }
        const QString error = IsolatedPdf::probe(bytes).error;
        DocumentStore(db).setFirstOpenCheck(versionId, error);
        return error;
    } catch (const StoreError &e) {
        return e.message();
    }
}

FirstOpenCheck DocumentCheck::state(Database &db, qint64 versionId)
{
    if (m_verified.contains(versionId)) {
        return {FirstOpenCheck::Passed, {}};
    }
    const FirstOpenCheck known = DocumentStore(db).firstOpenCheck(versionId);
    if (known.state == FirstOpenCheck::Passed) {
        m_verified.insert(versionId);
    }
    return known;
}

void DocumentCheck::record(Database &db, qint64 versionId, const QString &error)
{
    DocumentStore(db).setFirstOpenCheck(versionId, error);
    if (error.isEmpty()) {
        m_verified.insert(versionId);
    }
}

void DocumentCheck::forget(Database &db, qint64 versionId)
{
    m_verified.remove(versionId);
    DocumentStore(db).clearFirstOpenCheck(versionId);
}

} // namespace Ratsmappe
