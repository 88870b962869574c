// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP relay that delays every chunk by a fixed time in each direction, so that a
// conversation through it sees a chosen round-trip time. For the round-trip benchmark.
//   latencyproxy LISTEN_PORT TARGET_HOST TARGET_PORT ONE_WAY_DELAY_MS
// Prints "ready <port>" once listening (LISTEN_PORT 0 picks a free port).
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

void relay(QTcpSocket *from, QTcpSocket *to, int delayMs)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to, delayMs] {
        const QByteArray data = from->readAll();
        QTimer::singleShot(delayMs, Qt::PreciseTimer, to, [to, data] {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(data);
        });
    });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to, delayMs] {
        QTimer::singleShot(delayMs + 1, Qt::PreciseTimer, to, [to] { to->disconnectFromHost(); });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: latencyproxy LISTEN_PORT TARGET_HOST TARGET_PORT ONE_WAY_DELAY_MS\n");
        return 2;
    }
    const quint16 listenPort = quint16(args.at(1).toUInt());
    const QHostAddress target(args.at(2));
    const quint16 targetPort = quint16(args.at(3).toUInt());
    const int delay = args.at(4).toInt();
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, listenPort)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *upstream = new QTcpSocket(client);
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // The TCP handshake: the client may speak after one round trip, and the
            // server's first bytes reach it half a round trip later still.
            QTimer::singleShot(2 * delay, Qt::PreciseTimer, upstream, [=] {
                upstream->connectToHost(target, targetPort);
            });
            QObject::connect(upstream, &QTcpSocket::connected, client, [=] {
                relay(client, upstream, delay);
                relay(upstream, client, delay);
                if (client->bytesAvailable())
                    emit client->readyRead();
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    std::printf("ready %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
