// SPDX-License-Identifier: GPL-2.0-or-later
#include "townrecorder.h"

#include "oparlserver.h"

#include <QRegularExpression>

namespace Ratsmappe::Demo {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

TownRecorder::TownRecorder(OParlServer &server, TownSummary &summary)
    : m_server(server)
    , m_summary(summary)
    // Nothing is newer than yesterday.
    , m_latest(QDateTime::currentDateTimeUtc().addDays(-1))
{ }

QString TownRecorder::add(const QString &kind,
                          QJsonObject fields,
                          const QDateTime &created,
                          const QDateTime &modified)
{
    fields.insert(QLatin1String("created"), iso(past(created)));
    return m_server.add(kind, fields, past(std::max(created, modified)));
}

void TownRecorder::change(const QString &id, const QJsonObject &fields)
{
    m_server.change(id, fields, false);
}

QString TownRecorder::addFile(const QString &name, int pdf, const QDateTime &created, bool nonPublic)
{
    ++m_fileCounter;
    QString fileName = name;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9ÄÖÜäöüß]+")), QStringLiteral("_"));
    QJsonObject fields{
        {QStringLiteral("name"), name},
        {QStringLiteral("fileName"), QStringLiteral("%1_%2.pdf").arg(fileName.left(40)).arg(m_fileCounter)},
        {QStringLiteral("date"), created.date().toString(Qt::ISODate)}};
    if (nonPublic) {
        fields.insert(OParlServer::nonPublicProperty(), true);
    }
    const QString id = add(QStringLiteral("File"), fields, created, created);
    m_files.append({id, pdf});
    ++m_summary.files;
    return id;
}

void TownRecorder::attachFiles(const QStringList &pdfPaths)
{
    // The town as it was made, not as changed this second: modified stays.
    for (const auto &[id, pdf] : std::as_const(m_files)) {
        m_server.setFilePath(id, pdfPaths.at(pdf), QStringLiteral("application/pdf"), false);
    }
}

} // namespace Ratsmappe::Demo
