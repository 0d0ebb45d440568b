// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

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
    /// Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return int(next() % 100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(next() % quint64(items.size())));
    }

private:
    quint64 m_state;
};

} // namespace Ratsmappe::Demo
