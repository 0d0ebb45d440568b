// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetprotocol.h"

#include <QStringList>

namespace Ratsmappe::Packets::Protocol {

QString HelperFailure::encode() const
{
    // Tab-separated on one line: a title's own tabs and line breaks become spaces.
    const auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified();
    };
    return QString::number(int(kind)) + QLatin1Char('\t') + QString::number(page) + QLatin1Char('\t') +
        clean(title) + QLatin1Char('\t') + clean(detail).left(300);
}

HelperFailure HelperFailure::decode(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char('\t'));
    HelperFailure f;
    bool ok = false;
    const int kind = parts.value(0).toInt(&ok);
    if (!ok || parts.size() != 4 || kind < 0 || kind > int(Kind::WriteFailed)) {
        f.detail = line.left(300);
        return f;
    }
    f.kind = Kind(kind);
    f.page = parts.value(1).toInt();
    f.title = parts.value(2);
    f.detail = parts.value(3);
    return f;
}

QString HelperFailure::describe() const
{
    switch (kind) {
    case Kind::Unreadable:
        return tr("“%1” cannot be read (%2). Ask the council office for another copy.").arg(title, detail);
    case Kind::NoPages:
        return tr("“%1” has no pages.").arg(title);
    case Kind::DamagedPage:
        return tr("Page %1 of “%2” is damaged or missing (the file is probably cut short). Ask the council "
                  "office "
                  "for another copy.")
            .arg(page)
            .arg(title);
    case Kind::NotAnImage:
        return tr("The image “%1” cannot be decoded.").arg(title);
    case Kind::NotAPacket:
        return tr("The file is not a Ratsmappe session packet: it carries no packet layout.");
    case Kind::WriteFailed:
        return tr("The packet could not be written (%1).").arg(detail);
    case Kind::Internal:
        break;
    }
    return tr("The packet helper failed (%1).").arg(detail);
}

} // namespace Ratsmappe::Packets::Protocol
