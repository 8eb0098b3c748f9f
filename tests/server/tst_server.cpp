// The whole server over real sockets on an ephemeral port: every endpoint through QNetworkAccessManager, and the
// guarded socket's answers to what Qt HTTP Server 6.4 cannot handle (huge or malformed requests, slow clients,
// Expect: 100-continue, pipelining, bursts of connections, clients that hang up), plus a graceful stop.
#include "apiserver.h"
#include "serverfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace notiflow;
using namespace notiflow::server;
using nlohmann::json;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray allow;
    QByteArray retryAfter;
    qint64 contentLength = -1;
};

ApiServer::Options testOptions()
{
    ApiServer::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.dispatch.rateLimit.perSecond = 0;
    options.limits.headerTimeoutMs = 400;
    options.limits.requestTimeoutMs = 800;
    options.limits.idleTimeoutMs = 1500;
    return options;
}

std::unique_ptr<ApiServer> startServer(ApiServer::Options options = testOptions())
{
    auto server = std::make_unique<ApiServer>(test::defaultApiContext(), options);
    QString error;
    if (!server->start(&error))
        qFatal("cannot start the test server: %s", qPrintable(error));
    return server;
}

Reply send(QNetworkAccessManager& manager, const QByteArray& method, const QUrl& url, const QByteArray& body = {},
    const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        qWarning("no reply to %s %s", method.constData(), qPrintable(url.toString()));
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.contentType = reply->rawHeader("Content-Type");
    r.allow = reply->rawHeader("Allow");
    r.retryAfter = reply->rawHeader("Retry-After");
    if (reply->hasRawHeader("Content-Length"))
        r.contentLength = reply->rawHeader("Content-Length").toLongLong();
    reply->deleteLater();
    return r;
}

// A raw conversation: writes `bytes`, then reads until the server closes or `milliseconds` pass. The event loop
// runs meanwhile, so the server in this thread can answer.
QByteArray converse(quint16 port, const QByteArray& bytes, int milliseconds = 3000, bool* closed = nullptr)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    disconnected.wait(milliseconds);
    received += socket.readAll();
    if (closed)
        *closed = !disconnected.isEmpty();
    return received;
}

// A scenario that takes a while to run: the same discount and its undoing, `rounds` times.
QByteArray longScenario(int rounds)
{
    json steps = json::array();
    for (int i = 0; i < rounds; ++i) {
        steps.push_back({ { "action", "apply_discount" }, { "product_id", "PROD-001" }, { "percent", 20 } });
        steps.push_back({ { "action", "update_price" }, { "product_id", "PROD-001" }, { "new_price", 249 } });
    }
    return QByteArray::fromStdString(json({ { "id", "long" }, { "title", "Long" }, { "steps", steps } }).dump());
}

int statusOf(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QByteArray bodyOf(const QByteArray& response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

} // namespace

class TestServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRouteOverHttp();
    void statusCodes_data();
    void statusCodes();
    void oversizedBodyOverHttp();
    void oversizedHeaderOverHttp();
    void tokenOverHttp();
    void rateLimitOverHttp();
    void expectContinue();
    void expectContinueRefusedBeforeTheBody();
    void pipelinedRequestsAreAnsweredInOrder();
    void http10AndConnectionCloseAreClosed();
    void idleConnectionIsClosed();
    void slowRequestGets408();
    void clientHangingUpMidRequestHurtsNoOne();
    void burstOfConnections();
    void connectionCapPerAddress();
    void scenarioRunsDoNotBlockOtherClients();
    void stopFinishesRequestsInFlight();
    void portInUseIsNamed();
    void liveStatePersistsAcrossRequests();
};

void TestServer::everyRouteOverHttp()
{
    const auto server = startServer();
    QNetworkAccessManager manager;
    const QString base = server->baseUrl();
    const json notify = { { "notification_type", "ORDER_SHIPPED" }, { "customer_id", "CUST-001" },
        { "context", { { "order_id", "ORD-001" }, { "item_count", 2 }, { "total_amount", 349.98 } } } };
    const json bulk = { { "notification_type", "ORDER_DELIVERED" }, { "customer_ids", { "CUST-001", "CUST-009" } },
        { "context", { { "order_id", "ORD-002" } } } };
    const json scenario = { { "id", "one" }, { "title", "One" },
        { "steps", { { { "action", "ship_order" }, { "order_id", "ORD-001" } } } } };
    // A request for each path; every route of the dispatcher must have one.
    const std::map<std::string, std::pair<std::string, json>> samples {
        { "/health", { "/health", nullptr } },
        { "/notify", { "/notify", notify } },
        { "/api/notify", { "/api/notify", notify } },
        { "/notify/bulk", { "/notify/bulk", bulk } },
        { "/api/notify/bulk", { "/api/notify/bulk", bulk } },
        { "/demo/event-sourced/{scenario}", { "/demo/event-sourced/order-shipped", nullptr } },
        { "/demo/api-driven/{scenario}", { "/demo/api-driven/price-drop", nullptr } },
        { "/demo/compare/{scenario}", { "/demo/compare/order-complete", nullptr } },
        { "/scenarios", { "/scenarios", nullptr } },
        { "/scenarios/run", { "/scenarios/run", scenario } },
        { "/data/customers", { "/data/customers", nullptr } },
        { "/data/products", { "/data/products", nullptr } },
        { "/data/orders", { "/data/orders", nullptr } },
        { "/data/carts", { "/data/carts", nullptr } },
        { "/data/preferences", { "/data/preferences?architecture=api_driven", nullptr } },
        { "/data/payments", { "/data/payments", nullptr } },
        { "/openapi.json", { "/openapi.json", nullptr } },
        { "/docs", { "/docs", nullptr } },
        { "/actions/ship_order", { "/actions/ship_order", { { "order_id", "ORD-001" } } } },
        { "/actions/deliver_order", { "/actions/deliver_order", { { "order_id", "ORD-002" } } } },
        { "/actions/ship_line_item",
            { "/actions/ship_line_item", { { "order_id", "ORD-003" }, { "product_id", "PROD-003" } } } },
        { "/actions/fail_payment",
            { "/actions/fail_payment", { { "order_id", "ORD-004" }, { "failure_reason", "card declined" } } } },
        { "/actions/succeed_payment", { "/actions/succeed_payment", { { "order_id", "ORD-004" } } } },
        { "/actions/update_price",
            { "/actions/update_price", { { "product_id", "PROD-001" }, { "new_price", 199.2 } } } },
        { "/actions/apply_discount",
            { "/actions/apply_discount", { { "product_id", "PROD-002" }, { "percent", 10 } } } },
        { "/actions/activate_promotion",
            { "/actions/activate_promotion",
                { { "promotion_id", "PROMO-1" }, { "name", "Spring" }, { "end_date", "2026-04-30" },
                    { "eligible_segments", { "gold", "platinum" } } } } },
        { "/reset", { "/reset", nullptr } },
    };
    for (const Route& route : server->dispatcher().routes()) {
        const auto sample = samples.find(route.path);
        QVERIFY2(sample != samples.end(),
            qPrintable(QStringLiteral("no sample request for ") + QString::fromStdString(route.path)));
        const auto& [target, body] = sample->second;
        const Reply r
            = send(manager, QByteArray::fromStdString(route.method), QUrl(base + QString::fromStdString(target)),
                body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()));
        QVERIFY2(r.status == 200,
            qPrintable(QStringLiteral("%1 %2: %3 %4")
                           .arg(QString::fromStdString(route.method), QString::fromStdString(target))
                           .arg(r.status)
                           .arg(QString::fromUtf8(r.body.left(300)))));
        QCOMPARE(r.contentLength, r.body.size());
        if (route.path == "/docs") {
            QVERIFY(r.contentType.startsWith("text/html"));
        } else {
            QCOMPARE(r.contentType, QByteArray("application/json"));
            QVERIFY(json::accept(r.body.toStdString()));
        }
    }
}

void TestServer::statusCodes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expectHeader");

    QTest::newRow("404") << QByteArray("GET /nothing HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n") << 404
                         << QByteArray();
    QTest::newRow("405 with Allow") << QByteArray(
        "PUT /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                                    << 405 << QByteArray("Allow: GET");
    QTest::newRow("422") << QByteArray(
        "POST /notify HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: 5\r\n\r\n{\"a\":")
                         << 422 << QByteArray("Content-Type: application/json");
    QTest::newRow("400 malformed request line") << QByteArray("GARBAGE\r\n\r\n") << 400 << QByteArray();
    QTest::newRow("400 header without colon")
        << QByteArray("GET /health HTTP/1.1\r\nHost\r\n\r\n") << 400 << QByteArray();
    QTest::newRow("400 smuggling attempt")
        << QByteArray("POST /notify HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 400 << QByteArray();
    QTest::newRow("413 declared body") << QByteArray("POST /notify HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") << 413
                                       << QByteArray("Connection: close");
    QTest::newRow("413 chunked body") << "POST /notify HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n"
            + QByteArray(0x100000, 'x') + "\r\n1\r\nx\r\n0\r\n\r\n"
                                      << 413 << QByteArray();
    QTest::newRow("414") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n" << 414 << QByteArray();
    QTest::newRow("417") << QByteArray("POST /notify HTTP/1.1\r\nExpect: tea\r\nContent-Length: 1\r\n\r\nx") << 417
                         << QByteArray();
    QTest::newRow("431") << "GET /health HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'b') + "\r\n\r\n"
                         << 431 << QByteArray();
    QTest::newRow("501") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 501 << QByteArray();
    QTest::newRow("505") << QByteArray("GET /health HTTP/3.0\r\n\r\n") << 505 << QByteArray();
    QTest::newRow("408 header never finished")
        << QByteArray("GET /health HTTP/1.1\r\nHost: t\r\n") << 408 << QByteArray();
}

void TestServer::statusCodes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, expectHeader);
    const auto server = startServer();
    const QByteArray response = converse(server->port(), request);
    QCOMPARE(statusOf(response), status);
    if (!expectHeader.isEmpty())
        QVERIFY2(response.contains(expectHeader), response.left(400).constData());
    QVERIFY(json::accept(bodyOf(response).toStdString()));
    QVERIFY(json::parse(bodyOf(response).toStdString()).contains("detail"));
    // Whatever happened, the server still answers.
    QNetworkAccessManager manager;
    QCOMPARE(send(manager, "GET", QUrl(server->baseUrl() + "/health")).status, 200);
}

void TestServer::oversizedBodyOverHttp()
{
    const auto server = startServer();
    QNetworkAccessManager manager;
    const Reply r = send(manager, "POST", QUrl(server->baseUrl() + "/notify"), QByteArray(1024 * 1024 + 1, ' '));
    QCOMPARE(r.status, 413);
    QVERIFY(json::parse(r.body.toStdString()).at("detail") == json("The request body is larger than 1048576 bytes."));
    // Exactly 1 MiB is read (and, being blanks, refused as a missing body).
    QCOMPARE(send(manager, "POST", QUrl(server->baseUrl() + "/notify"), QByteArray(1024 * 1024, ' ')).status, 422);
}

void TestServer::oversizedHeaderOverHttp()
{
    const auto server = startServer();
    QNetworkAccessManager manager;
    const Reply r
        = send(manager, "GET", QUrl(server->baseUrl() + "/health"), {}, { { "X-Big", QByteArray(20000, 'h') } });
    QCOMPARE(r.status, 431);
    QCOMPARE(
        send(manager, "GET", QUrl(server->baseUrl() + "/health"), {}, { { "X-Ok", QByteArray(8000, 'h') } }).status,
        200);
}

void TestServer::tokenOverHttp()
{
    ApiServer::Options options = testOptions();
    options.dispatch.token = "classroom-42";
    const auto server = startServer(options);
    QNetworkAccessManager manager;
    const QUrl customers(server->baseUrl() + "/data/customers");
    const Reply missing = send(manager, "GET", customers);
    QCOMPARE(missing.status, 401);
    QCOMPARE(send(manager, "GET", customers, {}, { { "Authorization", "Bearer nope" } }).status, 401);
    QCOMPARE(send(manager, "GET", customers, {}, { { "Authorization", "Bearer classroom-42" } }).status, 200);
    for (const char* open : { "/health", "/docs", "/openapi.json" })
        QCOMPARE(send(manager, "GET", QUrl(server->baseUrl() + open)).status, 200);
}

void TestServer::rateLimitOverHttp()
{
    ApiServer::Options options = testOptions();
    options.dispatch.rateLimit = { 0.5, 5 }; // five at once, then one every two seconds
    const auto server = startServer(options);
    QNetworkAccessManager manager;
    const QUrl health(server->baseUrl() + "/health");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(send(manager, "GET", health).status, 200);
    const Reply limited = send(manager, "GET", health);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() >= 1);
}

void TestServer::expectContinue()
{
    const auto server = startServer();
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    const QByteArray body = R"({"notification_type":"ORDER_SHIPPED","customer_id":"nobody"})";
    socket.write("POST /notify HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QTRY_COMPARE(received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    received.clear();
    socket.write(body);
    QTRY_VERIFY(received.endsWith("}"));
    QCOMPARE(statusOf(received), 404);
    QCOMPARE(bodyOf(received), QByteArray(R"({"detail":"Customer not found: nobody"})"));
}

void TestServer::expectContinueRefusedBeforeTheBody()
{
    const auto server = startServer();
    bool closed = false;
    const QByteArray response = converse(server->port(),
        "POST /notify HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n", 3000, &closed);
    QCOMPARE(statusOf(response), 413);
    QVERIFY(!response.contains("100 Continue"));
    QVERIFY(closed);
}

void TestServer::pipelinedRequestsAreAnsweredInOrder()
{
    const auto server = startServer();
    const QByteArray two = "GET /nothing HTTP/1.1\r\nHost: t\r\n\r\nGET /health HTTP/1.1\r\nHost: t\r\n\r\n"
                           "POST /demo/compare/order-shipped HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
    bool closed = false;
    const QByteArray response = converse(server->port(), two, 5000, &closed);
    const qsizetype first = response.indexOf("HTTP/1.1 404");
    const qsizetype second = response.indexOf("HTTP/1.1 200", first);
    const qsizetype third = response.indexOf("HTTP/1.1 200", second + 1);
    QVERIFY2(first == 0 && second > first && third > second, response.left(600).constData());
    QVERIFY(response.contains(R"("status":"healthy")"));
    QVERIFY(response.mid(third).contains(R"("same_recipients")"));
    QVERIFY(closed);
}

void TestServer::http10AndConnectionCloseAreClosed()
{
    const auto server = startServer();
    for (const QByteArray& request : { QByteArray("GET /health HTTP/1.0\r\n\r\n"),
             QByteArray("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n") }) {
        bool closed = false;
        const QByteArray response = converse(server->port(), request, 3000, &closed);
        QCOMPARE(statusOf(response), 200);
        QVERIFY(response.contains("Connection: close\r\n"));
        QVERIFY(closed);
    }
}

void TestServer::idleConnectionIsClosed()
{
    ApiServer::Options options = testOptions();
    options.limits.idleTimeoutMs = 200;
    const auto server = startServer(options);
    bool closed = false;
    const QByteArray response = converse(server->port(), QByteArray(), 3000, &closed);
    QVERIFY(response.isEmpty());
    QVERIFY(closed);
    QTRY_COMPARE(server->openConnections(), 0);
}

void TestServer::slowRequestGets408()
{
    const auto server = startServer();
    // A body that starts but never ends, sent well within the header deadline.
    bool closed = false;
    const QByteArray response
        = converse(server->port(), "POST /notify HTTP/1.1\r\nContent-Length: 10\r\n\r\n{\"a", 3000, &closed);
    QCOMPARE(statusOf(response), 408);
    QVERIFY(closed);
}

void TestServer::clientHangingUpMidRequestHurtsNoOne()
{
    const auto server = startServer();
    for (const QByteArray& half :
        { QByteArray("GET /hea"), QByteArray("POST /notify HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"x"),
            QByteArray("POST /demo/compare/price-drop HTTP/1.1\r\n\r\n") }) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(half);
        QTRY_COMPARE(socket.bytesToWrite(), qint64(0));
        QTRY_COMPARE(server->openConnections(), 1);
        socket.abort();
    }
    QNetworkAccessManager manager;
    QCOMPARE(send(manager, "GET", QUrl(server->baseUrl() + "/health")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 0, 10000);
}

void TestServer::burstOfConnections()
{
    const auto server = startServer();
    constexpr int count = 60;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(count);
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket* s = socket.get();
        connect(s, &QTcpSocket::connected, this,
            [s] { s->write("GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"); });
        connect(s, &QTcpSocket::readyRead, this, [s, &received, i] { received[i] += s->readAll(); });
        s->connectToHost(QHostAddress::LocalHost, server->port());
        sockets.push_back(std::move(socket));
    }
    const auto answered = [&received] {
        return std::count_if(received.begin(), received.end(),
            [](const QByteArray& r) { return statusOf(r) == 200 && r.contains("healthy"); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), count, 20000);
}

void TestServer::connectionCapPerAddress()
{
    ApiServer::Options options = testOptions();
    options.limits.maxConnectionsPerAddress = 3;
    const auto server = startServer(options);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, server->port());
    }
    QTRY_COMPARE(server->openConnections(), 3);
    QCOMPARE(statusOf(converse(server->port(), "GET /health HTTP/1.1\r\n\r\n")), 503);
    held.clear();
    QTRY_COMPARE(server->openConnections(), 0);
    QCOMPARE(statusOf(converse(server->port(), "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n")), 200);
}

void TestServer::scenarioRunsDoNotBlockOtherClients()
{
    const QByteArray scenario = longScenario(600);
    const auto server = startServer();
    QNetworkAccessManager manager;
    QNetworkRequest runRequest(QUrl(server->baseUrl() + "/scenarios/run"));
    runRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* run = manager.post(runRequest, scenario);
    QSignalSpy runFinished(run, &QNetworkReply::finished);
    // While it runs, another client is served.
    QTRY_COMPARE(server->openConnections(), 1); // the run's connection is open (and its request on its way)
    QTcpSocket other;
    QByteArray health;
    connect(&other, &QTcpSocket::readyRead, this, [&] { health += other.readAll(); });
    other.connectToHost(QHostAddress::LocalHost, server->port());
    QTRY_COMPARE(other.state(), QAbstractSocket::ConnectedState);
    other.write("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(health.contains("healthy"), 10000);
    QVERIFY2(runFinished.isEmpty(), "the scenario was done before /health was answered: make it longer");
    QVERIFY(runFinished.wait(60000));
    QCOMPARE(run->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(json::parse(run->readAll().toStdString()).at("scenario").at("steps").size(), std::size_t(1200));
    run->deleteLater();
}

void TestServer::stopFinishesRequestsInFlight()
{
    const auto server = startServer();
    const quint16 port = server->port();
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server->baseUrl() + "/scenarios/run"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = manager.post(request, longScenario(300));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_VERIFY(server->requestsInFlight() > 0);
    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    server->stop();
    QVERIFY(!server->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(json::parse(reply->readAll().toStdString()).contains("same_notifications"));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QCOMPARE(server->openConnections(), 0);
    QTcpSocket late;
    QSignalSpy refused(&late, &QTcpSocket::errorOccurred);
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(refused.wait(5000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    reply->deleteLater();
}

void TestServer::portInUseIsNamed()
{
    const auto first = startServer();
    ApiServer::Options options = testOptions();
    options.port = first->port();
    ApiServer second(test::defaultApiContext(), options);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(first->port())), qPrintable(error));
}

// Actions over HTTP change the state later requests see, in both architectures, until POST /reset.
void TestServer::liveStatePersistsAcrossRequests()
{
    const auto server = startServer();
    QNetworkAccessManager manager;
    const QString base = server->baseUrl();
    QCOMPARE(send(manager, "POST", QUrl(base + "/reset")).status, 200);
    const auto statusOfOrder = [&](const QString& query) {
        const json orders = json::parse(send(manager, "GET", QUrl(base + "/data/orders" + query)).body.toStdString());
        for (const json& order : orders) {
            if (order.at("id") == "ORD-001")
                return QString::fromStdString(order.at("status").get<std::string>());
        }
        return QString();
    };
    json answer;
    for (const char* item : { "PROD-008", "PROD-006" }) {
        const json body = { { "order_id", "ORD-001" }, { "product_id", item } };
        const Reply r
            = send(manager, "POST", QUrl(base + "/actions/ship_line_item"), QByteArray::fromStdString(body.dump()));
        QVERIFY2(r.status == 200, r.body.constData());
        answer = json::parse(r.body.toStdString());
    }
    // The second item completes the order: the event-sourced side correlated the two requests.
    QCOMPARE(answer.at("sequence").get<int>(), 2);
    const json& sent = answer.at("event_sourced").at("notifications");
    QVERIFY2(std::any_of(sent.begin(), sent.end(), [](const json& n) { return n.at("type") == "ORDER_COMPLETE"; }),
        answer.dump().c_str());
    QCOMPARE(send(manager, "POST", QUrl(base + "/actions/ship_order"), QByteArray(R"({"order_id": "ORD-001"})")).status,
        200);
    QCOMPARE(statusOfOrder(QString()), QStringLiteral("SHIPPED"));
    QCOMPARE(statusOfOrder(QStringLiteral("?architecture=api_driven")), QStringLiteral("SHIPPED"));

    const Reply reset = send(manager, "POST", QUrl(base + "/reset"));
    QCOMPARE(json::parse(reset.body.toStdString()).at("actions_discarded").get<int>(), 3);
    QCOMPARE(statusOfOrder(QString()), QStringLiteral("PROCESSING"));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
