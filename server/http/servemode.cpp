#include "servemode.h"

#include "randomid.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace notiflow::server {

namespace {

// A signal handler may only do async-signal-safe things: it writes one byte to a socket pair, and the event loop
// reads it (the self-pipe trick).
int signalSockets[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, 1);
}

QString logLine(const RequestRecord& r)
{
    return QStringLiteral("%1 %2 %3 %4 %5 ms")
        .arg(r.peer, r.method, r.path)
        .arg(r.status)
        .arg(r.milliseconds, 0, 'f', 1);
}

} // namespace

ServeMode::ServeMode(std::shared_ptr<const ApiContext> context, ServeSettings settings)
    : m_context(std::move(context))
    , m_settings(std::move(settings))
{
}

QHostAddress ServeMode::resolveHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return {};
    return address;
}

int ServeMode::exec(QTextStream& out, QTextStream& err)
{
    const QHostAddress address = resolveHost(m_settings.host);
    if (address.isNull()) {
        err << "notiflow serve: --host " << m_settings.host
            << " is not an IP address (use 127.0.0.1, ::1, 0.0.0.0, an address of this machine, or localhost)\n";
        err.flush();
        return 2;
    }
    ApiServer::Options options;
    options.address = address;
    options.port = m_settings.port;
    options.dispatch.rateLimit.perSecond = m_settings.ratePerSecond;
    options.dispatch.rateLimit.burst = qMax(1.0, 2 * m_settings.ratePerSecond);
    options.dispatch.token = m_settings.token.toStdString();
    const bool loopback = address.isLoopback();
    bool generatedToken = false;
    if (!loopback && options.dispatch.token.empty()) {
        options.dispatch.token = randomToken();
        generatedToken = true;
    }

    ApiServer server(m_context, options);
    QString error;
    if (!server.start(&error)) {
        err << "notiflow serve: " << error << '\n';
        err.flush();
        return 2;
    }
    if (!loopback) {
        err << "warning: notiflow serve listens on " << address.toString() << ": anyone who can reach port "
            << server.port() << " and has the token can trigger notifications and read the data set.\n";
    }
    out << "notiflow serve: listening on " << server.baseUrl() << " (documentation: " << server.baseUrl() << "/docs)\n";
    if (!options.dispatch.token.empty()) {
        out << (generatedToken ? "token (generated): " : "token: ") << QString::fromStdString(options.dispatch.token)
            << "\n  every request except /health, /docs and /openapi.json needs: Authorization: Bearer "
            << QString::fromStdString(options.dispatch.token) << '\n';
    }
    out << "Press Ctrl+C to stop.\n";
    out.flush();
    err.flush();

    QObject::connect(&server, &ApiServer::requestServed, &server, [&err](const RequestRecord& r) {
        err << logLine(r) << '\n';
        err.flush();
    });
    QObject::connect(&server, &ApiServer::requestRefused, &server,
        [&err](int status, const QString& method, const QString& target, const QString& detail, const QString& peer) {
            err << peer << ' ' << (method.isEmpty() ? QStringLiteral("-") : method) << ' '
                << (target.isEmpty() ? QStringLiteral("-") : target.left(200)) << ' ' << status << " (" << detail
                << ")\n";
            err.flush();
        });

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        err << "notiflow serve: cannot set up signal handling\n";
        return 1;
    }
    QSocketNotifier notifier(signalSockets[1], QSocketNotifier::Read);
    int signalCount = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalSockets[1], &byte, 1);
        if (++signalCount == 1) {
            err << "notiflow serve: stopping (finishing " << server.requestsInFlight() << " request(s) in flight)\n";
            err.flush();
            server.stop();
        } else {
            QCoreApplication::exit(1); // asked twice: stop waiting
        }
    });
    QObject::connect(&server, &ApiServer::stopped, &server, [] { QCoreApplication::exit(0); });
    struct sigaction action { };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    const int code = QCoreApplication::exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
    if (code == 0) {
        out << "notiflow serve: stopped\n";
        out.flush();
    }
    return code;
}

} // namespace notiflow::server
