// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfscan.h"

#include <algorithm>
#include <array>
#include <vector>

namespace Ratsmappe::Demo::Pdf {

std::string scanImage(Random &rng)
{
    std::string px(static_cast<std::size_t>(kScanWidth) * kScanHeight, '\0');
    // Paper: a slowly drifting shade per column and per row, plus grain (0, 3 or 6 levels
    // darker, mostly 0) that keeps the page from compressing to nothing, as a real scan does.
    std::vector<int> columnShade(kScanWidth);
    int shade = 0;
    for (int &s : columnShade) {
        if (rng.chance(5))
            shade = std::clamp(shade + (rng.chance(50) ? 1 : -1), -3, 3);
        s = shade;
    }
    static constexpr std::array<int, 8> grain = {0, 0, 0, 0, 0, 3, 3, 6};
    int rowShade = 0;
    quint64 bits = 0;
    int bitsLeft = 0;
    for (int y = 0; y < kScanHeight; ++y) {
        if (rng.chance(5))
            rowShade = std::clamp(rowShade + (rng.chance(50) ? 1 : -1), -3, 3);
        char *row = px.data() + static_cast<std::ptrdiff_t>(y) * kScanWidth;
        for (int x = 0; x < kScanWidth; ++x) {
            if (bitsLeft < 3) {
                bits = rng.next();
                bitsLeft = 64;
            }
            const int noise = grain[static_cast<std::size_t>(bits & 7)];
            bits >>= 3;
            bitsLeft -= 3;
            int v = 228 + columnShade[static_cast<std::size_t>(x)] + rowShade - noise;
            if (x < 12)
                v -= (12 - x) * 9; // shadow of the scanner lid at the left edge
            row[x] = static_cast<char>(std::clamp(v, 0, 255));
        }
    }
    // Lines of "words": clusters of dark vertical strokes.
    for (int line = 0, y = 110; y < kScanHeight - 90; ++line, y += rng.range(20, 26)) {
        if (rng.chance(12))
            continue; // paragraph gap
        int x = 80 + (line % 7 == 0 ? 30 : 0);
        const int end = 620 - rng.below(line % 7 == 6 ? 300 : 30);
        while (x < end) {
            const int word = rng.range(12, 70);
            for (int gx = x; gx < std::min(x + word, end); gx += rng.range(4, 7)) {
                const int h = rng.range(8, 13);
                const int top = y + (rng.chance(15) ? -3 : 0);
                const int ink = rng.range(40, 110);
                for (int dy = 0; dy < h; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        auto &p = px[static_cast<std::size_t>(top + dy) * kScanWidth +
                                     static_cast<std::size_t>(gx + dx)];
                        p = static_cast<char>(
                            std::min(static_cast<unsigned char>(p), static_cast<unsigned char>(ink)));
                    }
                }
            }
            x += word + rng.range(6, 10);
        }
    }
    return px;
}

} // namespace Ratsmappe::Demo::Pdf
