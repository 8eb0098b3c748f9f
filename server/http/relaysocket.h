// The socket Qt HTTP Server is handed: not connected to anything itself, it is fed one whole, already checked
// request at a time by its GuardedConnection, and passes whatever the server writes on to the real socket. So the
// HTTP library never sees an oversized, malformed, pipelined or half-sent request.
#pragma once

#include <QByteArray>
#include <QTcpSocket>

namespace notiflow::server {

class GuardedConnection;

class RelaySocket final : public QTcpSocket {
    Q_OBJECT

public:
    RelaySocket(QTcpSocket* real, GuardedConnection* connection);

    // Hands the server one complete request and tells it to read.
    void deliver(const QByteArray& request);
    // The real connection has gone: the server must stop using this socket.
    void markClosed();
    GuardedConnection* connection() const { return m_connection; }

    qint64 bytesAvailable() const override;
    void disconnectFromHost() override;
    void close() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QTcpSocket* m_real;
    GuardedConnection* m_connection;
    QByteArray m_incoming;
};

} // namespace notiflow::server
