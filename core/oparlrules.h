// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>

namespace Ratsmappe {

/// Whether an OParl object is non-public: an AgendaItem with "public": false, or anything with
/// the vendor property "ratsmappe:nonPublic": true (docs/server-protocol.md). The client, its
/// cache and the demo server all decide by this one rule.
bool isNonPublic(const QJsonObject &object);

} // namespace Ratsmappe
