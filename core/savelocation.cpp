// SPDX-License-Identifier: GPL-2.0-or-later
#include "savelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ratsmappe {

QString saveFolder()
{
    for (const auto location : {QStandardPaths::DocumentsLocation, QStandardPaths::DownloadLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            return folder;
        }
    }
    return QDir::homePath();
}

} // namespace Ratsmappe
