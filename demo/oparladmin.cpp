// SPDX-License-Identifier: GPL-2.0-or-later
// The admin endpoints under /admin/ (docs/demo-server.md): state, request log, objects (silent
// removal too), file bytes, the clock offset, revocation.
#include "oparlserver.h"

#include "oparlwire.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Ratsmappe::Demo {

using namespace Wire;

void OParlServer::handleAdmin(const QHttpServerRequest &request, Wire::Responder &responder)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const QString id = queryValue(request.url(), QStringLiteral("id"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto done = [&](const QJsonObject &answer = {}) {
        writeJson(responder, answer.isEmpty() ? QJsonObject{{QStringLiteral("ok"), true}} : answer);
    };
    const auto fail = [&](Status status, const QString &message) {
        writeError(responder, status, int(status), message);
    };

    if (path == QLatin1String("/admin/state") && request.method() == Method::Get) {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            accounts.insert(it->basic ? it.key()
                                      : QStringLiteral("token:") + it.key().left(4) + QStringLiteral("…"),
                            QJsonObject{{QStringLiteral("revoked"), it->revoked}});
        }
        done({{QStringLiteral("objects"), stateDump()},
              {QStringLiteral("accounts"), accounts},
              {QStringLiteral("deleted"), QJsonArray::fromStringList(deletedIds())},
              {QStringLiteral("requests"), requestCount()}});
        return;
    }
    if (path == QLatin1String("/admin/requests")) {
        if (request.method() == Method::Delete) {
            resetLog();
            done();
        } else {
            done({{QStringLiteral("count"), requestCount()},
                  {QStringLiteral("log"), QJsonArray::fromStringList(m_log)}});
        }
        return;
    }
    if (path == QLatin1String("/admin/objects")) {
        if (request.method() == Method::Post) {
            const QString kind = body.value(QLatin1String("kind")).toString();
            if (!kindByName(kind)) {
                fail(Status::BadRequest, QStringLiteral("unknown kind “%1”").arg(kind));
                return;
            }
            const QString newId = add(kind, body.value(QLatin1String("fields")).toObject());
            writeJson(responder, QJsonObject{{QStringLiteral("id"), newId}}, Status::Created);
            return;
        }
        const QString silent = queryValue(request.url(), QStringLiteral("silent"));
        if (request.method() == Method::Delete &&
            (silent == QLatin1String("1") || silent == QLatin1String("true"))) {
            // Live objects, children and deletion markers alike: nothing of them stays.
            if (!removeSilently(id)) {
                fail(Status::NotFound, QStringLiteral("no object “%1”").arg(id));
                return;
            }
            done();
            return;
        }
        const Entry *e = find(id);
        if (!e || e->deleted) {
            fail(Status::NotFound, QStringLiteral("no live object “%1”").arg(id));
            return;
        }
        if (request.method() == Method::Patch) {
            change(id, body);
            done(object(id));
        } else if (request.method() == Method::Delete) {
            remove(id);
            done();
        } else {
            fail(Status::MethodNotAllowed, QStringLiteral("POST, PATCH or DELETE"));
        }
        return;
    }
    if (path == QLatin1String("/admin/files") && request.method() == Method::Put) {
        const Entry *e = find(id);
        if (!e || e->deleted || e->kind != QLatin1String("File")) {
            fail(Status::NotFound, QStringLiteral("no live File “%1”").arg(id));
            return;
        }
        const QByteArray type =
            request.headers().value(QHttpHeaders::WellKnownHeader::ContentType).toByteArray();
        setFileBytes(id,
                     request.body(),
                     type.isEmpty() ? QStringLiteral("application/pdf") : QString::fromLatin1(type));
        done(object(id));
        return;
    }
    if (path == QLatin1String("/admin/clock")) {
        if (request.method() == Method::Put) {
            const QJsonValue offset = body.value(QLatin1String("offset"));
            std::optional<qint64> seconds = parseClockOffset(offset.toString());
            if (offset.isDouble() && std::abs(offset.toDouble()) <= double(MaxClockOffset)) {
                seconds = qint64(offset.toDouble());
            }
            if (!seconds) {
                fail(Status::BadRequest,
                     QStringLiteral(
                         "offset takes seconds or a sign, digits and a unit: -30d, +2h, +90m, -45s"));
                return;
            }
            setClockOffset(*seconds);
        } else if (request.method() != Method::Get) {
            fail(Status::MethodNotAllowed, QStringLiteral("GET or PUT"));
            return;
        }
        done({{QStringLiteral("offset"), clockOffset()}, {QStringLiteral("now"), iso(servedNow())}});
        return;
    }
    if (path == QLatin1String("/admin/revoke") && request.method() == Method::Post) {
        const QString who = body.value(QLatin1String("account")).toString();
        if (!revoke(who, body.value(QLatin1String("reason")).toString())) {
            fail(Status::NotFound, QStringLiteral("no such account"));
            return;
        }
        done();
        return;
    }
    fail(Status::NotFound, QStringLiteral("unknown admin endpoint"));
}

} // namespace Ratsmappe::Demo
