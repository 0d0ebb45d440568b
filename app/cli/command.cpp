// SPDX-License-Identifier: GPL-2.0-or-later
#include "command.h"

#include "terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Ratsmappe {

void CommandContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// Plain output carries server text (names, messages): never a control sequence for the terminal.
void CommandContext::print(const QString &text) const
{
    std::fputs(terminalSafe(text).toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CommandContext::message(const QString &text) const
{
    std::fputs(terminalSafe(text).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString CommandContext::readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n')) {
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    }
    return QString::fromUtf8(bytes);
}

} // namespace Ratsmappe
