// The Qt HTTP Server in front of the dispatcher: turns each parsed request into an HttpRequest, asks the
// Dispatcher, and writes the answer. Work that runs a whole scenario goes to a thread pool, so the thread that
// serves (in live mode, the window's) never waits for it.
#pragma once

#include "dispatcher.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <memory>

namespace notiflow::server {

class GuardedConnection;
class RelaySocket;

// One answered request, for the log line and the window's status bar.
struct RequestRecord {
    QString peer;
    QString method;
    QString path;
    int status = 0;
    double milliseconds = 0;
};

class HttpService final : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit HttpService(std::shared_ptr<Dispatcher> dispatcher, QObject* parent = nullptr);
    ~HttpService() override;

    int requestsInFlight() const { return m_inFlight; }
    Dispatcher& dispatcher() { return *m_dispatcher; }

    // At most this many scenario runs queued or running at once; beyond, 503.
    static constexpr int maxQueuedWork = 16;

Q_SIGNALS:
    void requestServed(const notiflow::server::RequestRecord& record);
    void inFlightChanged(int inFlight);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void respond(RelaySocket* relay, GuardedConnection* connection, const HttpResponse& response, bool head,
        RequestRecord record, const QElapsedTimer& clock);

    std::shared_ptr<Dispatcher> m_dispatcher;
    QThreadPool m_workers;
    int m_inFlight = 0;
    int m_queuedWork = 0;
};

// The request as the dispatcher takes it.
HttpRequest toHttpRequest(const QHttpServerRequest& request);
const char* methodName(int method); // QHttpServerRequest::Method -> "GET"

} // namespace notiflow::server

Q_DECLARE_METATYPE(notiflow::server::RequestRecord)
