// notiflow's HTTP server as one object: the dispatcher, Qt HTTP Server and the guarded socket it listens on.
// `notiflow serve` and the window's live mode both run one; stop() finishes the requests in flight first.
#pragma once

#include "apicontext.h"
#include "connectionlimits.h"
#include "dispatcher.h"
#include "httpservice.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace notiflow::server {

class GuardedServer;

class ApiServer final : public QObject {
    Q_OBJECT

public:
    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8000; // 0: any free port
        ConnectionLimits limits;
        Dispatcher::Options dispatch;
    };

    ApiServer(std::shared_ptr<const ApiContext> context, Options options, QObject* parent = nullptr);
    ~ApiServer() override;

    // Starts listening; false with a message naming the address and port when it cannot.
    bool start(QString* error);
    bool isListening() const;
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:8000"
    const Options& options() const { return m_options; }
    Dispatcher& dispatcher() { return *m_dispatcher; }
    int openConnections() const;
    int requestsInFlight() const { return m_service->requestsInFlight(); }

    // Stops accepting, lets the requests in flight finish and be answered, closes every connection, then emits
    // stopped() (at once if nothing is in flight).
    void stop();

Q_SIGNALS:
    void requestServed(const notiflow::server::RequestRecord& record);
    // The guard answered by itself; `method` and `target` are empty when the request line never arrived.
    void requestRefused(
        int status, const QString& method, const QString& target, const QString& detail, const QString& peer);
    void stopped();

private:
    void checkStopped();

    Options m_options;
    std::shared_ptr<Dispatcher> m_dispatcher;
    HttpService* m_service;
    QPointer<GuardedServer> m_listener;
    bool m_stopping = false;
};

} // namespace notiflow::server
