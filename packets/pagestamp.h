// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace Ratsmappe::Packets {

/// The band every packet page gets for its stamp: the page's box is extended by this much on the
/// side that shows at the bottom (its /Rotate decides which), and the page's own content is
/// clipped to its old box. Nothing of the source page is moved, scaled or covered: its text stays
/// where a copy or a search found it, and the band holds nothing but the stamp. (The other way,
/// scaling the content into the page minus a band, changes every position and shrinks small
/// print; extending costs one changed box and two short content streams per page.)
inline constexpr double BandHeight = 18;

/// What one page's stamp says, and the watermark across it, if any.
struct PageStamp
{
    QString left; ///< "TOP 7 – Bebauungsplan Hofgarten" (cut to fit)
    QString right; ///< "Seite 12 von 480"
    bool nonPublic = false; ///< starts the line with "nichtöffentlich", in red
    QString replaced; ///< "ersetzt, siehe N1-3"; empty when current
    QString watermark; ///< a member's name across the page; empty: none
};

/// Adds the band to \a page (of \a pdf) and draws \a stamp in it. \a font is a Helvetica font
/// dictionary of \a pdf (WinAnsiEncoding), shared by every page.
void stampPage(QPDF &pdf, QPDFObjectHandle page, const PageStamp &stamp, QPDFObjectHandle font);

} // namespace Ratsmappe::Packets
