// `notiflow serve`: runs the API server without a window until SIGINT or SIGTERM. Prints where it listens (and the
// token when one is needed), logs every request on stderr in one line, warns when it is reachable from other
// machines, and on a signal lets the requests in flight finish before it returns 0.
#pragma once

#include "apiserver.h"

#include <QTextStream>

namespace notiflow::server {

struct ServeSettings {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8000;
    QString token; // empty: none, unless the address is not loopback (then one is generated)
    double ratePerSecond = 20; // per client address; 0 turns the limit off
};

class ServeMode {
public:
    ServeMode(std::shared_ptr<const ApiContext> context, ServeSettings settings);

    // Needs a QCoreApplication. Returns the process exit code: 0 after a signal, 2 when the address is unusable
    // or the port is taken (the message names it).
    int exec(QTextStream& out, QTextStream& err);

    // The address `host` names: an IP address, or "localhost". Null when it is neither.
    static QHostAddress resolveHost(const QString& host);

private:
    std::shared_ptr<const ApiContext> m_context;
    ServeSettings m_settings;
};

} // namespace notiflow::server
