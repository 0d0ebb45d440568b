// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"
#include "exitcode.h"

namespace Ratsmappe {

int AnnotationsCommand::summarize(const QCommandLineParser &, const CommandContext &context)
{
    context.message(QStringLiteral("not written yet"));
    return ExitUsage;
}

} // namespace Ratsmappe
