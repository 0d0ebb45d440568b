// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Documents of known, made-up text (as tst_carryover writes them): paragraphs whose every run
// of a few words occurs once, set into PDF pages by libqpdf.

#include "pdfsamples.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace Ratsmappe::Test {

// A paragraph of made-up words (the same for the same seed): every run of a few words occurs once.
inline QStringList paragraph(quint32 seed, int words = 36)
{
    static const char *const Syllables[] = {"ka",  "lo", "mi", "ren", "tu",  "sa", "ber", "do",  "fen", "gi",
                                            "har", "ul", "ne", "po",  "ris", "ta", "vel", "zor", "an",  "ek"};
    QRandomGenerator rng(seed);
    QStringList out;
    for (int i = 0; i < words; ++i) {
        QString word;
        const int n = 2 + int(rng.bounded(2));
        for (int s = 0; s < n; ++s) {
            word += QString::fromLatin1(Syllables[rng.bounded(20)]);
        }
        out << word;
    }
    return out;
}

// A PDF whose pages hold \a pages' paragraphs: Helvetica 11 pt, lines of up to 75 characters.
inline QByteArray makePdf(const QList<QList<QStringList>> &pages)
{
    return Test::PdfSamples::writeQpdf([&pages](QPDF &pdf) {
        for (const QList<QStringList> &page : pages) {
            QByteArray stream;
            double y = 770;
            for (const QStringList &para : page) {
                QString line;
                const auto flush = [&] {
                    stream +=
                        "BT /F1 11 Tf 72 " + QByteArray::number(y) + " Td (" + line.toLatin1() + ") Tj ET\n";
                    y -= 14;
                    line.clear();
                };
                for (const QString &word : para) {
                    if (!line.isEmpty() && line.size() + 1 + word.size() > 75) {
                        flush();
                    }
                    line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
                }
                if (!line.isEmpty()) {
                    flush();
                }
                y -= 10;
            }
            Test::PdfSamples::addPage(
                pdf,
                pdf.newStream(stream.toStdString()),
                QPDFObjectHandle::parse(
                    "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"));
        }
    });
}

} // namespace Ratsmappe::Test
