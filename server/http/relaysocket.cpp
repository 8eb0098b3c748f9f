#include "relaysocket.h"

#include "guardedconnection.h"

#include <cstring>

namespace notiflow::server {

RelaySocket::RelaySocket(QTcpSocket* real, GuardedConnection* connection)
    : QTcpSocket(connection)
    , m_real(real)
    , m_connection(connection)
{
    // QHttpServerRequest takes the client's address from the socket it is given.
    setPeerAddress(real->peerAddress());
    setPeerPort(real->peerPort());
    setLocalAddress(real->localAddress());
    setLocalPort(real->localPort());
    setSocketState(QAbstractSocket::ConnectedState);
    QIODevice::open(QIODevice::ReadWrite);
}

void RelaySocket::deliver(const QByteArray& request)
{
    m_incoming += request;
    Q_EMIT readyRead();
}

void RelaySocket::markClosed()
{
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    m_incoming.clear();
    setSocketState(QAbstractSocket::UnconnectedState);
    QIODevice::close();
    Q_EMIT disconnected();
}

qint64 RelaySocket::bytesAvailable() const
{
    return m_incoming.size() + QIODevice::bytesAvailable();
}

qint64 RelaySocket::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_incoming.size());
    if (n > 0) {
        std::memcpy(data, m_incoming.constData(), static_cast<std::size_t>(n));
        m_incoming.remove(0, n);
    }
    return n;
}

qint64 RelaySocket::writeData(const char* data, qint64 size)
{
    if (state() != QAbstractSocket::ConnectedState)
        return -1;
    return m_real->write(data, size);
}

void RelaySocket::disconnectFromHost()
{
    // The HTTP server gives up on a connection this way; the guard closes the real one after its answer is out.
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    m_connection->closeAfterWrite();
    markClosed();
}

void RelaySocket::close()
{
    disconnectFromHost();
}

} // namespace notiflow::server
