// SPDX-License-Identifier: GPL-2.0-or-later
#include "lowdelaytcpserver.h"

#include <QTcpSocket>

namespace Ratsmappe::Demo {

void LowDelayTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace Ratsmappe::Demo
