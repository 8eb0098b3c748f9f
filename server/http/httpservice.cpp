#include "httpservice.h"

#include "guardedconnection.h"
#include "relaysocket.h"

#include <QHttpServerRequest>
#include <QMetaObject>
#include <QRunnable>

namespace notiflow::server {

const char* methodName(int method)
{
    switch (static_cast<QHttpServerRequest::Method>(method)) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpRequest toHttpRequest(const QHttpServerRequest& request)
{
    HttpRequest r;
    r.method = methodName(static_cast<int>(request.method()));
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toStdString();
    r.query = url.query(QUrl::FullyEncoded).toStdString();
    for (const auto& [name, value] : request.headers())
        r.headers.push_back({ name.toStdString(), value.toStdString() });
    r.body = request.body().toStdString();
    QHostAddress address = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    r.clientAddress = (isV4 ? QHostAddress(v4) : address).toString().toStdString();
    return r;
}

HttpService::HttpService(std::shared_ptr<Dispatcher> dispatcher, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
{
    qRegisterMetaType<RequestRecord>();
    m_workers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

HttpService::~HttpService()
{
    // Work still running captured nothing of ours but posts its answer back here: let it finish first.
    m_workers.waitForDone();
}

bool HttpService::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer clock;
    clock.start();
    auto* relay = qobject_cast<RelaySocket*>(socket);
    if (!relay)
        return false; // only guarded sockets are served
    GuardedConnection* connection = relay->connection();
    const HttpRequest httpRequest = toHttpRequest(request);
    RequestRecord record { QString::fromStdString(httpRequest.clientAddress),
        QString::fromStdString(httpRequest.method), QString::fromStdString(httpRequest.path), 0, 0 };
    const bool head = httpRequest.method == "HEAD";
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);

    DispatchResult result = m_dispatcher->dispatch(httpRequest);
    if (!result.work) {
        respond(relay, connection, result.response, head, record, clock);
        return true;
    }
    if (m_queuedWork >= maxQueuedWork) {
        HttpResponse busy = HttpResponse::detail(503, "Busy running other scenarios; try again shortly.");
        busy.headers.push_back({ "Retry-After", "1" });
        respond(relay, connection, busy, head, record, clock);
        return true;
    }
    ++m_queuedWork;
    QPointer<RelaySocket> relayGuard(relay);
    QPointer<GuardedConnection> connectionGuard(connection);
    m_workers.start([this, work = std::move(result.work), relayGuard, connectionGuard, head, record, clock]() {
        HttpResponse response;
        try {
            response = work();
        } catch (const std::exception&) {
            response = HttpResponse::detail(500, "Internal Server Error");
        }
        QMetaObject::invokeMethod(
            this,
            [this, response = std::move(response), relayGuard, connectionGuard, head, record, clock]() {
                --m_queuedWork;
                respond(relayGuard.data(), connectionGuard.data(), response, head, record, clock);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers every request on a guarded socket; anything else is closed unanswered.
    Q_UNUSED(request);
    socket->disconnectFromHost();
}

void HttpService::respond(RelaySocket* relay, GuardedConnection* connection, const HttpResponse& response, bool head,
    RequestRecord record, const QElapsedTimer& clock)
{
    // The client may have gone while a scenario ran; then there is nobody to answer.
    const bool open = relay && connection && relay->state() == QAbstractSocket::ConnectedState;
    if (open) {
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(response.body.size()) + 256);
        bytes += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bytes += "Content-Type: " + QByteArray::fromStdString(response.contentType) + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(static_cast<qint64>(response.body.size())) + "\r\n";
        for (const auto& h : response.headers)
            bytes += QByteArray::fromStdString(h.name) + ": " + QByteArray::fromStdString(h.value) + "\r\n";
        if (connection->closesAfterAnswer())
            bytes += "Connection: close\r\n";
        bytes += "\r\n";
        if (!head)
            bytes += QByteArray::fromStdString(response.body);
        relay->write(bytes);
    }
    if (connection)
        connection->answerWritten();
    record.status = response.status;
    record.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    --m_inFlight;
    Q_EMIT requestServed(record);
    Q_EMIT inFlightChanged(m_inFlight);
}

} // namespace notiflow::server
