// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Scanned annex pages for the demo PDFs: a grayscale page image that looks and compresses like
// a real scan.

#include "demorandom.h"

#include <string>

namespace Ratsmappe::Demo::Pdf {

constexpr int kScanWidth = 700;
constexpr int kScanHeight = 990;

/// kScanWidth × kScanHeight 8-bit gray pixels, row by row: paper with grain and shading, the
/// scanner lid's shadow and lines of "words".
std::string scanImage(Random &rng);

} // namespace Ratsmappe::Demo::Pdf
