// SPDX-License-Identifier: GPL-2.0-or-later
// Ratsmappe's authentication extension (docs/server-protocol.md): member tokens and users, who
// a request is, revocation.
#include "oparlserver.h"

#include "demolog.h"
#include "oparlwire.h"

#include <QHttpServerRequest>

namespace Ratsmappe::Demo {

using namespace Wire;

void OParlServer::addToken(const QString &token)
{
    m_accounts.insert(token, Account{token, false, false, {}});
}

void OParlServer::addUser(const QString &name, const QString &password)
{
    m_accounts.insert(name, Account{password, true, false, {}});
}

bool OParlServer::revoke(const QString &tokenOrUser, const QString &reason)
{
    auto it = m_accounts.find(tokenOrUser);
    if (it == m_accounts.end()) {
        return false;
    }
    it->revoked = true;
    it->reason = reason;
    qCDebug(lcDemo) << "revoked an account; its requests now get the revocation answer";
    return true;
}

OParlServer::Access OParlServer::access(const QHttpServerRequest &request, QString *reason) const
{
    const QByteArray header =
        request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray().trimmed();
    if (header.isEmpty()) {
        return Access::Anonymous;
    }
    QString key;
    QString secret;
    bool basic = false;
    if (header.startsWith("Bearer ")) {
        key = secret = QString::fromUtf8(header.mid(7).trimmed());
    } else if (header.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon < 0) {
            return Access::Invalid;
        }
        key = QString::fromUtf8(pair.left(colon));
        secret = QString::fromUtf8(pair.mid(colon + 1));
        basic = true;
    } else {
        return Access::Invalid;
    }
    const auto it = m_accounts.constFind(key);
    if (it == m_accounts.cend() || it->basic != basic || it->secret != secret) {
        return Access::Invalid;
    }
    if (it->revoked) {
        *reason = it->reason;
        return Access::Revoked;
    }
    return Access::Member;
}

} // namespace Ratsmappe::Demo
