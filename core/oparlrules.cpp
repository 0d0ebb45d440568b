// SPDX-License-Identifier: GPL-2.0-or-later
#include "oparlrules.h"

namespace Ratsmappe {

bool isNonPublic(const QJsonObject &object)
{
    const QJsonValue isPublic = object.value(QLatin1String("public"));
    return (isPublic.isBool() && !isPublic.toBool()) ||
        object.value(QLatin1String("ratsmappe:nonPublic")).toBool();
}

} // namespace Ratsmappe
