#include "apiserver.h"

#include "guardedserver.h"

namespace notiflow::server {

ApiServer::ApiServer(std::shared_ptr<const ApiContext> context, Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dispatcher(std::make_shared<Dispatcher>(std::move(context), m_options.dispatch))
    , m_service(new HttpService(m_dispatcher, this))
{
    connect(m_service, &HttpService::requestServed, this, &ApiServer::requestServed);
    connect(m_service, &HttpService::inFlightChanged, this, &ApiServer::checkStopped);
}

ApiServer::~ApiServer() = default;

bool ApiServer::start(QString* error)
{
    auto* listener = new GuardedServer(m_options.limits);
    if (!listener->listen(m_options.address, m_options.port)) {
        if (error) {
            *error = QStringLiteral("cannot listen on %1 port %2: %3")
                         .arg(m_options.address.toString())
                         .arg(m_options.port)
                         .arg(listener->errorString());
        }
        delete listener;
        return false;
    }
    connect(listener, &GuardedServer::refused, this, &ApiServer::requestRefused);
    connect(listener, &GuardedServer::connectionsChanged, this, &ApiServer::checkStopped);
    m_service->bind(listener); // the HTTP server now owns it and takes every connection it accepts
    m_listener = listener;
    return true;
}

bool ApiServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 ApiServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString ApiServer::baseUrl() const
{
    const QHostAddress address = m_listener ? m_listener->serverAddress() : m_options.address;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

int ApiServer::openConnections() const
{
    return m_listener ? m_listener->openConnections() : 0;
}

void ApiServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_listener) {
        m_listener->close();
        m_listener->closeConnections();
    }
    checkStopped();
}

void ApiServer::checkStopped()
{
    if (!m_stopping || m_service->requestsInFlight() > 0 || openConnections() > 0)
        return;
    m_stopping = false;
    Q_EMIT stopped();
}

} // namespace notiflow::server
