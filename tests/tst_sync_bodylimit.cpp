// SPDX-License-Identifier: GPL-2.0-or-later
// An OParl answer far larger than any real page is not read whole: the client aborts it as soon
// as it is known to pass OParlClient::MaxJsonBytes (by its Content-Length, or by the bytes that
// arrived), and the sync reports it as skipped with the reason. Against a real loopback server
// that writes the body only as fast as the client takes it, so the test sees how much was read.

#include "oparlclient.h"
#include "syncengine.h"
#include "testmain.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ratsmappe;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A System whose body list is a huge answer; the server counts what the client took of it.
class HugeAnswerServer
{
public:
    HugeAnswerServer(qint64 hugeBytes, bool contentLength)
        : m_hugeBytes(hugeBytes)
        , m_contentLength(contentLength)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path));
    }
    bool isListening() const { return m_server.isListening(); }
    qint64 hugeBytesSent() const { return m_sent; }
    bool hugeAnswerStarted() const { return m_started; }
    bool closedEarly() const { return m_closedEarly; }
    int hugeAnswers() const { return m_hugeAnswers; }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        if (!request.startsWith("GET ")) {
            return;
        }
        const QByteArray path = request.mid(4, request.indexOf(' ', 4) - 4);
        if (path == "/oparl/system") {
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("id"), url(QStringLiteral("oparl/system")).toString()},
                        {QStringLiteral("type"), QStringLiteral("https://schema.oparl.org/1.1/System")},
                        {QStringLiteral("oparlVersion"), QStringLiteral("https://schema.oparl.org/1.1/")},
                        {QStringLiteral("body"), url(QStringLiteral("oparl/bodies")).toString()}})
                    .toJson(QJsonDocument::Compact);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        m_started = true;
        ++m_hugeAnswers;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (m_contentLength) {
            head += "Content-Length: " + QByteArray::number(m_hugeBytes + 9) + "\r\n";
        }
        socket->write(head + "\r\n{\"data\":["); // 9 bytes of body, then chunks of 1 MiB
        // More only as the client takes it: what left the server is what the client read, or
        // what waits for it in the system's socket buffers. The head is not counted.
        auto state = std::make_shared<Answer>();
        state->unsent = -socket->bytesToWrite();
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, state](qint64 written) {
            const qint64 body = qMax<qint64>(0, state->unsent + written) - qMax<qint64>(0, state->unsent);
            state->unsent += written;
            state->sent += body;
            m_sent += body;
            feed(socket, *state);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, state] {
            m_closedEarly = m_closedEarly || state->sent < m_hugeBytes;
        });
        feed(socket, *state);
    }

    struct Answer
    {
        qint64 unsent = 0; ///< negative while the head is still being written
        qint64 queued = 0;
        qint64 sent = 0;
    };

    void feed(QTcpSocket *socket, Answer &answer)
    {
        static const QByteArray chunk = QByteArray("{\"name\":\"") + QByteArray(MiB - 12, 'x') + "\"},";
        if (answer.queued >= m_hugeBytes) {
            if (socket->bytesToWrite() == 0) {
                socket->disconnectFromHost(); // all of it served: the end of the body
            }
            return;
        }
        if (socket->bytesToWrite() <= MiB) {
            socket->write(chunk);
            answer.queued += chunk.size();
        }
    }

    QTcpServer m_server;
    qint64 m_hugeBytes;
    bool m_contentLength;
    qint64 m_sent = 0; ///< body bytes that left the server, over every answer
    int m_hugeAnswers = 0;
    bool m_started = false;
    bool m_closedEarly = false;
};

// What the system's socket buffers may hold on loopback, the client's receive and the server's
// send buffer at their largest (Linux autotunes them up to these): bytes the server counts as
// sent that the client never took. 8 MiB each where the limits cannot be read.
qint64 socketBuffers()
{
    qint64 total = 0;
    for (const char *path : {"/proc/sys/net/ipv4/tcp_rmem", "/proc/sys/net/ipv4/tcp_wmem"}) {
        QFile file(QString::fromLatin1(path));
        const QList<QByteArray> fields =
            file.open(QIODevice::ReadOnly) ? file.readAll().simplified().split(' ') : QList<QByteArray>();
        bool ok = false;
        const qint64 max = fields.value(2).toLongLong(&ok);
        total += ok ? max : 8 * MiB;
    }
    return total;
}

} // namespace

class SyncBodyLimitTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        Test::pinEnvironment();
        QVERIFY(m_tmp.isValid());
    }

    void hugeAnswerIsAbortedAndSkipped_data()
    {
        QTest::addColumn<bool>("contentLength");
        QTest::newRow("counted as it arrives") << false;
        QTest::newRow("announced by Content-Length") << true;
    }

    void hugeAnswerIsAbortedAndSkipped()
    {
        QFETCH(bool, contentLength);
        const qint64 huge = 8 * OParlClient::MaxJsonBytes;
        HugeAnswerServer server(huge, contentLength);
        QVERIFY(server.isListening());
        auto cache = Test::createCache(m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag())));
        SyncEngine engine(*cache);
        engine.setRetryDelayForTests(1);
        const SyncSummary summary = engine.run(server.url(QStringLiteral("oparl/system")));

        // The client closed the connection long before the end, having taken little more than
        // the limit (socket buffers aside); with a Content-Length it read next to nothing.
        const qint64 ceiling = contentLength ? OParlClient::MaxJsonBytes / 2
                                             : OParlClient::MaxJsonBytes + 2 * MiB + socketBuffers();
        QVERIFY2(server.hugeBytesSent() < ceiling,
                 qPrintable(QStringLiteral("%1 MiB of %2 MiB read in %3 answers")
                                .arg(server.hugeBytesSent() / MiB)
                                .arg(huge / MiB)
                                .arg(server.hugeAnswers())));
        QTRY_VERIFY(server.closedEarly());
        QVERIFY(server.hugeBytesSent() < ceiling); // nothing more after the close
        QCOMPARE(server.hugeAnswers(), 1); // not retried: it would be as large again

        QVERIFY(summary.reachable);
        QVERIFY(!summary.complete);
        QCOMPARE(summary.skipped.size(), 1);
        QCOMPARE(summary.skipped.first().id, server.url(QStringLiteral("oparl/bodies")).toString());
        QVERIFY2(summary.skipped.first().reason.contains(QLatin1String("larger than 32 MiB")),
                 qPrintable(summary.skipped.first().reason));
    }
};

RATSMAPPE_TEST_GUILESS_MAIN(SyncBodyLimitTest)
#include "tst_sync_bodylimit.moc"
