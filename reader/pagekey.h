// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>

namespace Ratsmappe {

/// One page image as the reader shows it: which page of which stored version, how wide on
/// screen (logical pixels, after rotation), turned how far, for which device pixel ratio.
struct PageKey
{
    qint64 versionId = 0;
    int page = 0; ///< from 0
    int width = 0; ///< logical pixels of the displayed page width
    int rotation = 0; ///< degrees clockwise: 0, 90, 180, 270
    int dprPercent = 100; ///< device pixel ratio × 100

    qreal devicePixelRatio() const { return dprPercent / 100.0; }
    friend bool operator==(const PageKey &, const PageKey &) = default;
};

inline size_t qHash(const PageKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.versionId, key.page, key.width, key.rotation, key.dprPercent);
}

} // namespace Ratsmappe

Q_DECLARE_METATYPE(Ratsmappe::PageKey)
