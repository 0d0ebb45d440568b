// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfcache.h"

#include "demopdf.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ratsmappe::Demo {

namespace {

// Bumped whenever the PDF writer's output changes, so cached documents are made anew.
constexpr int PdfGeneration = 2;

} // namespace

PdfCache::PdfCache(const QString &dir)
    : m_dir(dir)
{
    m_dir.mkpath(QStringLiteral("."));
}

QString PdfCache::path(const PdfSpec &spec, bool *made)
{
    QCryptographicHash key(QCryptographicHash::Sha1);
    key.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                    .arg(PdfGeneration)
                    .arg(int(spec.style))
                    .arg(spec.title, spec.subtitle)
                    .arg(spec.seed)
                    .arg(spec.pages)
                    .arg(spec.scanPages)
                    .toUtf8());
    const QString path = m_dir.filePath(QString::fromLatin1(key.result().toHex()) + QStringLiteral(".pdf"));
    *made = false;
    if (!QFile::exists(path)) {
        // Written beside and renamed: a killed generator never leaves half a PDF in the cache.
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(writePdf(spec));
            out.commit();
        }
        *made = true;
    }
    return path;
}

QString defaultPdfCacheDir()
{
    const QString env = qEnvironmentVariable("RATSMAPPE_DEMO_CACHE");
    if (!env.isEmpty()) {
        return env;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
        QStringLiteral("/ratsmappe/demo-pdfs");
}

} // namespace Ratsmappe::Demo
