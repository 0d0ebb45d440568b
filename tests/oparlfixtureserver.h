// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "lowdelaytcpserver.h"
#include <QHttpServer>
#include <QString>

#include <QUrl>

namespace Ratsmappe::Test {

/// Replays captured OParl responses (one file per URL, as in ../shared/fixtures/*) on
/// loopback, port 0. Every body's original URL prefix is rewritten to this server's, and a
/// URL with no file answers 404 with an OParl-style error.
class OParlFixtureServer
{
public:
    OParlFixtureServer(const QString &folder, const QString &originalPrefix);
    bool isListening() const { return m_tcp.isListening(); }
    QUrl url(const QString &path = {}) const;
    int requestCount() const { return m_requests; }

private:
    QHttpServer m_http;
    Demo::LowDelayTcpServer m_tcp;
    QString m_folder;
    QByteArray m_originalPrefix;
    int m_requests = 0;
};

/// The shared fixtures folder beside the checkout, or an empty string when it is absent.
QString sharedFixture(const QString &name);

} // namespace Ratsmappe::Test
