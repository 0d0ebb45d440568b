// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The demo town's fixed data: how big each size is, and the names its places, bodies, people
// and papers are drawn from.

#include "town.h"

#include <QList>
#include <QString>

namespace Ratsmappe::Demo {

class Random;

struct SizeParams
{
    int committees;
    int districts; // Bezirksvertretungen
    int villages; // Ortschaftsräte
    int intervalMin, intervalMax; // weeks between meetings of one organization
    int itemsMin, itemsMax; // paper items per meeting, besides the standing ones
    int poolVorlage, poolAnlage, poolProtocol, poolInvitation;
    int scanMin, scanMax; // scanned pages of an Anlage
    int councilSize;
};

SizeParams paramsFor(TownSize size);

extern const QList<QString> townNames;
extern const QList<QString> committeeNames;
extern const QList<QString> placeNames;
extern const QList<QString> factions;
extern const QList<QString> firstNames;
extern const QList<QString> lastNames;
/// Paper topics; %1 takes a number, %2 a place.
extern const QList<QString> topics;
extern const QList<QString> nonPublicTopics;

/// A topic from \a bank with its number and place filled in.
QString pickTopic(Random &random, const QList<QString> &bank);

} // namespace Ratsmappe::Demo
