// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Ratsmappe {

/// `ratsmappe ics [--committee ID …] [--from DATE] [--until DATE] [--include-nonpublic] --out FILE`:
/// the cached meetings as an iCalendar file; non-public meetings and agenda items only when asked.
class IcsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ratsmappe::IcsCommand)
public:
    QString name() const override { return QStringLiteral("ics"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandContext &context) override;
};

} // namespace Ratsmappe
