// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QTcpServer>

namespace Ratsmappe::Demo {

/// A loopback listener whose connections send at once: QHttpServer writes headers and body
/// separately, and Nagle's algorithm against delayed ACKs otherwise adds ~40 ms per request.
class LowDelayTcpServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace Ratsmappe::Demo
