// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Ratsmappe::Demo {

struct PdfSpec
{
    enum class Style { Vorlage, Budget, Protocol, Invitation };
    Style style = Style::Vorlage;
    QString title;
    QString subtitle;
    quint64 seed = 0;
    int pages = 1;
    int scanPages = 0;
};

/// A complete PDF; deterministic in spec.
QByteArray writePdf(const PdfSpec &spec);

} // namespace Ratsmappe::Demo
