// The listening socket handed to Qt HTTP Server's bind(): each accepted connection is wrapped in a
// GuardedConnection, and the server only ever sees its RelaySocket. Also caps the number of open connections,
// in all and per client address (503 beyond).
#pragma once

#include "connectionlimits.h"

#include <QHash>
#include <QTcpServer>

namespace notiflow::server {

class GuardedConnection;

class GuardedServer final : public QTcpServer {
    Q_OBJECT

public:
    explicit GuardedServer(const ConnectionLimits& limits, QObject* parent = nullptr);

    int openConnections() const { return m_open; }
    // Shutdown: connections without a request in flight close now, the others once their answer is written.
    void closeConnections();

Q_SIGNALS:
    // The guard answered a request itself (too large, malformed, too slow, too many connections).
    void refused(int status, const QString& method, const QString& target, const QString& detail, const QString& peer);
    void connectionsChanged(int open);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionLimits m_limits;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
};

} // namespace notiflow::server
