#include "guardedserver.h"

#include "guardedconnection.h"
#include "httpmessage.h"
#include "relaysocket.h"

#include <QTcpSocket>
#include <QTimer>

namespace notiflow::server {

GuardedServer::GuardedServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void GuardedServer::incomingConnection(qintptr handle)
{
    auto* real = new QTcpSocket;
    if (!real->setSocketDescriptor(handle)) {
        delete real;
        return;
    }
    QHostAddress address = real->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4); // ::ffff:127.0.0.1 and 127.0.0.1 are the same client
    const QString key = address.toString();
    if (m_open >= m_limits.maxConnections || m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress) {
        real->setParent(this);
        const std::string body = HttpResponse::detail(503, "Too many open connections; try again shortly.").body;
        real->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                    "Connection: close\r\nContent-Length: "
            + QByteArray::number(static_cast<qint64>(body.size())) + "\r\n\r\n" + QByteArray::fromStdString(body));
        Q_EMIT refused(503, QString(), QString(), QStringLiteral("too many open connections"), key);
        connect(real, &QTcpSocket::disconnected, real, &QObject::deleteLater);
        QTimer::singleShot(m_limits.writeTimeoutMs, real, &QTcpSocket::abort); // a client that never reads
        real->disconnectFromHost();
        return;
    }

    auto* connection = new GuardedConnection(real, m_limits, this);
    ++m_open;
    ++m_perAddress[key];
    connect(connection, &GuardedConnection::refused, this,
        [this, key](int status, const QString& method, const QString& target, const QString& detail) {
            Q_EMIT refused(status, method, target, detail, key);
        });
    connect(connection, &GuardedConnection::finished, this, [this, key] {
        --m_open;
        if (--m_perAddress[key] <= 0)
            m_perAddress.remove(key);
        Q_EMIT connectionsChanged(m_open);
    });
    Q_EMIT connectionsChanged(m_open);
    addPendingConnection(connection->relay());
}

void GuardedServer::closeConnections()
{
    for (GuardedConnection* connection : findChildren<GuardedConnection*>(Qt::FindDirectChildrenOnly)) {
        connection->closeWhenAnswered();
    }
}

} // namespace notiflow::server
