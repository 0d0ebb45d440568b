// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QNetworkAccessManager;

namespace Ratsmappe::Test {

/// One HTTP answer, as a test of a server looks at it.
struct HttpAnswer
{
    int status = 0; ///< 0: no answer
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< lower-case names, every occurrence

    QJsonObject json() const;
    /// Every value of header \a name (lower case), in order.
    QByteArrayList all(const char *name) const;
    QByteArray header(const char *name) const { return all(name).value(0); }
};

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// Sends \a method to \a url and waits in an event loop, so a server in the test's thread
/// answers meanwhile.
HttpAnswer http(QNetworkAccessManager &network,
                const QByteArray &method,
                const QString &url,
                const QByteArray &body = {},
                const RawHeaders &headers = {});

/// The ids of an OParl list's "data" (or of an array of ids or objects).
QStringList idsOf(const QJsonValue &array);

/// Every id of an OParl list, following links.next for at most 20 pages; an answer other than
/// 200 ends the walk with a single "HTTP <status>" entry.
QStringList walkList(QNetworkAccessManager &network, const QString &url);

} // namespace Ratsmappe::Test
