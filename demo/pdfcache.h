// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace Ratsmappe::Demo {

struct PdfSpec;

/// Generated PDFs kept on disk between runs, one file per spec (named by a hash of it and of
/// the writer's generation): a document is made only when the cache does not have it yet.
class PdfCache
{
public:
    /// Creates \a dir when it does not exist.
    explicit PdfCache(const QString &dir);

    /// The file of \a spec's document, written first when missing (then \a made is set).
    QString path(const PdfSpec &spec, bool *made);

private:
    QDir m_dir;
};

/// RATSMAPPE_DEMO_CACHE, else ratsmappe/demo-pdfs in the user's cache folder.
QString defaultPdfCacheDir();

} // namespace Ratsmappe::Demo
