// SPDX-License-Identifier: GPL-2.0-or-later
#include "credentials.h"

#include "serverstore.h"

#include <QHostAddress>

namespace Ratsmappe {

QByteArray ServerCredentials::authorization() const
{
    switch (kind) {
    case Kind::Token:
        return "Bearer " + secret;
    case Kind::Basic:
        return "Basic " + QByteArray(user.toUtf8() + ':' + secret).toBase64();
    case Kind::None:
        break;
    }
    return {};
}

bool ServerCredentials::mayCarryCredentials(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    const QHostAddress address(url.host());
    return url.scheme() == QLatin1String("http") &&
        (address.isLoopback() || url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0);
}

ServerCredentials ServerCredentials::load(Database &db, const QString &serverId)
{
    ServerCredentials c;
    if (const auto account = ServerStore(db).account(serverId)) {
        c.kind = account->kind == StoredAccount::Kind::Basic ? Kind::Basic : Kind::Token;
        c.user = account->user;
        c.secret = account->secret;
    }
    return c;
}

void ServerCredentials::save(Database &db, const QString &serverId) const
{
    ServerStore(db).saveAccount(
        serverId,
        {kind == Kind::Basic ? StoredAccount::Kind::Basic : StoredAccount::Kind::Token, user, secret});
}

void ServerCredentials::markRevoked(Database &db, const QString &serverId, const QString &when)
{
    ServerStore(db).revokeAccount(serverId, when);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
        port(a) == port(b);
}

} // namespace Ratsmappe
