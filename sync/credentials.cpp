// SPDX-License-Identifier: GPL-2.0-or-later
#include "credentials.h"

#include "database.h"

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
    Statement st(db, "SELECT kind, user_name, secret FROM accounts WHERE server_id = ? AND revoked IS NULL");
    st.bind(1, serverId);
    ServerCredentials c;
    if (st.next() && !st.isNull(2)) {
        c.kind = st.text(0) == QLatin1String("basic") ? Kind::Basic : Kind::Token;
        c.user = st.text(1);
        c.secret = st.blob(2);
    }
    return c;
}

void ServerCredentials::save(Database &db, const QString &serverId) const
{
    Statement(db,
              "INSERT INTO accounts(server_id, kind, user_name, secret, in_keychain, revoked) "
              "VALUES (?, ?, ?, ?, 0, NULL) ON CONFLICT(server_id) DO UPDATE SET kind = excluded.kind, "
              "user_name = excluded.user_name, secret = excluded.secret, revoked = NULL")
        .bind(1, serverId)
        .bind(2, kind == Kind::Basic ? QStringLiteral("basic") : QStringLiteral("token"))
        .bind(3, kind == Kind::Basic ? QVariant(user) : QVariant())
        .bind(4, secret)
        .run();
}

void ServerCredentials::markRevoked(Database &db, const QString &serverId, const QString &when)
{
    Statement(db, "UPDATE accounts SET secret = NULL, revoked = ? WHERE server_id = ?")
        .bind(1, when)
        .bind(2, serverId)
        .run();
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
