// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Realistic German council PDFs for the demo city: Beschlussvorlagen, budget drafts, minutes
// and invitations, written with libqpdf. Deterministic: the same spec gives the same bytes.

#include <QByteArray>
#include <QString>

namespace Ratsmappe::Demo {

struct PdfSpec
{
    enum class Style { Vorlage, Budget, Protocol, Invitation };
    Style style = Style::Vorlage;
    QString title; // e.g. "Beschlussvorlage 2025/0123: Sanierung der Grundschule Am Markt"
    QString subtitle; // e.g. "Stadt Wiesenfeld · Ausschuss für Bildung und Soziales"
    quint64 seed = 0; // drives the generated filler text, numbers, table contents
    int pages = 1; // exact total page count (values below 1 count as 1)
    int scanPages = 0; // of those, how many are "scanned annex" pages at the end (one grayscale
                       // image each); at most pages - 1, page 1 is always text
};

/// A complete PDF; deterministic in spec.
QByteArray writePdf(const PdfSpec &spec);

} // namespace Ratsmappe::Demo
