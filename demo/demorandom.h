// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

#include <QtGlobal>
#include <array>
#include <cstddef>

namespace Ratsmappe::Demo {

/// splitmix64: the same numbers from the same seed on every platform and library version
/// (std:: distributions make no such promise), which the demo town's "same seed, same bytes"
/// needs.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// In [0, n); n > 0.
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    /// In [low, high], both included.
    int range(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

} // namespace Ratsmappe::Demo
