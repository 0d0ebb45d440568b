// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "town.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace Ratsmappe::Demo {

class OParlServer;

/// Hands the generated town to the server: every object dated no later than yesterday, so
/// clients' incremental runs (which look an hour back) find an unchanged town unchanged, and
/// every file record tied to one of the town's documents. Counts the files in the summary.
class TownRecorder
{
public:
    TownRecorder(OParlServer &server, TownSummary &summary);

    OParlServer &server() { return m_server; }
    TownSummary &summary() { return m_summary; }

    /// Adds an object of \a kind, created and last modified as given (or yesterday); its id.
    QString add(const QString &kind, QJsonObject fields, const QDateTime &created, const QDateTime &modified);
    /// Changes an object without touching its modified date: the town as it was made.
    void change(const QString &id, const QJsonObject &fields);
    /// A File record named \a name for document \a pdf (an index into the town's PDFs); its id.
    QString addFile(const QString &name, int pdf, const QDateTime &created, bool nonPublic);
    /// Points every file record at its document's path (by index).
    void attachFiles(const QStringList &pdfPaths);

private:
    QDateTime past(const QDateTime &t) const { return std::min(t, m_latest); }

    OParlServer &m_server;
    TownSummary &m_summary;
    QDateTime m_latest;
    QList<std::pair<QString, int>> m_files; // file id → pdf index, bytes attached at the end
    int m_fileCounter = 0;
};

} // namespace Ratsmappe::Demo
