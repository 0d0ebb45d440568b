// SPDX-License-Identifier: GPL-2.0-or-later
#include "httpprobe.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace Ratsmappe::Test {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArrayList HttpAnswer::all(const char *name) const
{
    QByteArrayList values;
    for (const auto &[n, v] : headers) {
        if (n == name) {
            values.append(v);
        }
    }
    return values;
}

HttpAnswer http(QNetworkAccessManager &network,
                const QByteArray &method,
                const QString &url,
                const QByteArray &body,
                const RawHeaders &headers)
{
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        answer.headers.append({name.toLower(), value});
    }
    return answer;
}

QStringList idsOf(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray()) {
        result.append(v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString());
    }
    return result;
}

QStringList walkList(QNetworkAccessManager &network, const QString &url)
{
    QStringList all;
    QString next = url;
    for (int n = 0; !next.isEmpty() && n < 20; ++n) {
        const HttpAnswer page = http(network, "GET", next);
        if (page.status != 200) {
            return {QStringLiteral("HTTP %1").arg(page.status)};
        }
        all += idsOf(page.json().value(QLatin1String("data")));
        next = page.json().value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    }
    return all;
}

} // namespace Ratsmappe::Test
