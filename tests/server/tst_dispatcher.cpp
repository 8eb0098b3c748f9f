// The dispatcher without sockets: every endpoint, the original project's request and response shapes field by
// field, validation errors in pydantic 2's shape, routing, the token and the rate limit, and the OpenAPI document
// against the routes the server answers.
#include "dispatchcall.h"
#include "dispatcher.h"
#include "io/runjsonwriter.h"
#include "scenariorunner.h"
#include "serverfixture.h"
#include "support/sourcetree.h"

#include <QRegularExpression>
#include <QTest>
#include <fstream>
#include <functional>
#include <sstream>

using namespace notiflow;
using namespace notiflow::server;
using nlohmann::json;

namespace {

using test::call;
using test::Reply;
using test::text;
using test::unlimited;

const QRegularExpression uuid4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
const QRegularExpression naiveTimestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));

} // namespace

class TestDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void health();
    void routing_data();
    void routing();
    void notifyShape_data();
    void notifyShape();
    void notifyChannels();
    void notifyUnknownCustomer();
    void notifyMissingContextFailsPerChannel();
    void validation_data();
    void validation();
    void malformedJsonNamesThePosition();
    void bulkShape();
    void demo_data();
    void demo();
    void demoQueryParameters_data();
    void demoQueryParameters();
    void scenarios();
    void runScenarioMatchesJsonOutput();
    void runScenarioRefusals_data();
    void runScenarioRefusals();
    void data_data();
    void data();
    void token_data();
    void token();
    void rateLimit();
    void openApiListsEveryRoute();
    void openApiRoutesAreAnswered();
    void docsPageIsSelfContained();
};

void TestDispatcher::health()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "GET", "/health");
    QCOMPARE(r.status, 200);
    COMPARE_JSON(r.body, json({ { "status", "healthy" }, { "service", "notiflow" } }));
    QCOMPARE(r.contentType, std::string("application/json"));
}

void TestDispatcher::routing_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("allow");

    QTest::newRow("unknown path") << "GET"
                                  << "/nothing/here" << 404 << "";
    QTest::newRow("root") << "GET"
                          << "/" << 404 << "";
    QTest::newRow("trailing slash") << "GET"
                                    << "/health/" << 404 << "";
    QTest::newRow("double slash") << "GET"
                                  << "//health" << 404 << "";
    QTest::newRow("POST to a GET route") << "POST"
                                         << "/health" << 405 << "GET";
    QTest::newRow("GET to a POST route") << "GET"
                                         << "/notify" << 405 << "POST";
    QTest::newRow("DELETE a data list") << "DELETE"
                                        << "/data/orders" << 405 << "GET";
    QTest::newRow("OPTIONS") << "OPTIONS"
                             << "/notify/bulk" << 405 << "POST";
    QTest::newRow("HEAD of a GET route") << "HEAD"
                                         << "/health" << 200 << "";
    QTest::newRow("unknown data domain") << "GET"
                                         << "/data/secrets" << 404 << "";
    QTest::newRow("unknown demo approach") << "POST"
                                           << "/demo/serverless/order-shipped" << 404 << "";
    QTest::newRow("percent-encoded scenario") << "POST"
                                              << "/demo/compare/order%2Dshipped" << 200 << "";
    QTest::newRow("malformed escape") << "POST"
                                      << "/demo/compare/order%2" << 404 << "";
    QTest::newRow("unknown scenario") << "POST"
                                      << "/demo/compare/no-such-thing" << 404 << "";
    QTest::newRow("empty scenario segment") << "POST"
                                            << "/demo/compare/" << 404 << "";
}

void TestDispatcher::routing()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, allow);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, method.toStdString(), target.toStdString());
    QCOMPARE(r.status, status);
    QCOMPARE(QString::fromStdString(r.header("Allow")), allow);
    if (status == 404 && !target.startsWith(QLatin1String("/demo/compare/no")))
        COMPARE_JSON(r.body, json({ { "detail", "Not Found" } }));
    if (status == 405)
        COMPARE_JSON(r.body, json({ { "detail", "Method Not Allowed" } }));
}

void TestDispatcher::notifyShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/notify") << "/notify";
    QTest::newRow("/api/notify") << "/api/notify";
}

void TestDispatcher::notifyShape()
{
    QFETCH(QString, path);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const json request = { { "notification_type", "ORDER_SHIPPED" }, { "customer_id", "CUST-001" },
        { "context", { { "order_id", "ORD-001" }, { "item_count", 2 }, { "total_amount", 349.98 } } } };
    const Reply r = call(d, "POST", path.toStdString(), request.dump());
    QCOMPARE(r.status, 200);
    // NotificationResponse, field by field.
    QCOMPARE(r.body.size(), std::size_t(5));
    QVERIFY(uuid4.match(text(r.body.at("request_id"))).hasMatch());
    COMPARE_JSON(r.body.at("notification_type"), json("ORDER_SHIPPED"));
    COMPARE_JSON(r.body.at("customer_id"), json("CUST-001"));
    QVERIFY2(naiveTimestamp.match(text(r.body.at("timestamp"))).hasMatch(), qPrintable(text(r.body.at("timestamp"))));
    const json& results = r.body.at("results");
    QVERIFY(results.is_array());
    QVERIFY(!results.empty());
    const Customer& customer = test::defaultApiContext()->data->customers.front();
    for (const auto& result : results) {
        // NotificationResult: channel, recipient, success, error.
        QCOMPARE(result.size(), std::size_t(4));
        const std::string channel = result.at("channel").get<std::string>();
        QVERIFY(channel == "email" || channel == "sms");
        COMPARE_JSON(result.at("recipient"), json(channel == "email" ? customer.email : customer.phone));
        COMPARE_JSON(result.at("success"), json(true));
        QVERIFY(result.at("error").is_null());
    }
    // Two requests never share an id.
    QVERIFY(call(d, "POST", path.toStdString(), request.dump()).body.at("request_id") != r.body.at("request_id"));
}

void TestDispatcher::notifyChannels()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const json request = { { "notification_type", "PAYMENT_SUCCESS" }, { "customer_id", "CUST-002" },
        { "context", { { "order_id", "ORD-002" }, { "amount", 10 } } }, { "channels", { "sms", "pigeon", "email" } } };
    const Reply r = call(d, "POST", "/notify", request.dump());
    QCOMPARE(r.status, 200);
    const json& results = r.body.at("results");
    QCOMPARE(results.size(), std::size_t(3));
    COMPARE_JSON(results[0].at("channel"), json("sms"));
    COMPARE_JSON(results[0].at("success"), json(true));
    // An unknown channel fails on its own; the request as a whole does not.
    COMPARE_JSON(results[1].at("channel"), json("pigeon"));
    COMPARE_JSON(results[1].at("success"), json(false));
    COMPARE_JSON(results[1].at("error"), json("Unknown channel: pigeon"));
    COMPARE_JSON(results[2].at("channel"), json("email"));
    COMPARE_JSON(results[2].at("success"), json(true));

    // An empty list means "use the preferences", as in the original.
    json preferences = request;
    preferences["channels"] = json::array();
    QVERIFY(!call(d, "POST", "/notify", preferences.dump()).body.at("results").empty());
}

void TestDispatcher::notifyUnknownCustomer()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "POST", "/notify",
        json({ { "notification_type", "ORDER_SHIPPED" }, { "customer_id", "cust-999" }, { "context", json::object() } })
            .dump());
    QCOMPARE(r.status, 404);
    COMPARE_JSON(r.body, json({ { "detail", "Customer not found: cust-999" } }));
}

void TestDispatcher::notifyMissingContextFailsPerChannel()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "POST", "/notify",
        json({ { "notification_type", "ORDER_SHIPPED" }, { "customer_id", "CUST-001" }, { "channels", { "email" } } })
            .dump());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.at("results").size(), std::size_t(1));
    COMPARE_JSON(r.body.at("results")[0].at("success"), json(false));
    QVERIFY(r.body.at("results")[0].at("error").get<std::string>().find("context.order_id") != std::string::npos);
}

void TestDispatcher::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("loc");
    QTest::addColumn<QString>("msg");
    QTest::addColumn<QString>("input");

    const QString notify = QStringLiteral("/notify");
    QTest::newRow("no body") << notify << ""
                             << "missing"
                             << R"(["body"])"
                             << "Field required"
                             << "null";
    QTest::newRow("whitespace body") << notify << " \n"
                                     << "missing"
                                     << R"(["body"])"
                                     << "Field required"
                                     << "null";
    QTest::newRow("array body") << notify << "[1]"
                                << "model_attributes_type"
                                << R"(["body"])"
                                << "Input should be a valid dictionary or object to extract fields from"
                                << "[1]";
    QTest::newRow("missing customer_id") << notify << R"({"notification_type": "ORDER_SHIPPED"})"
                                         << "missing"
                                         << R"(["body","customer_id"])"
                                         << "Field required"
                                         << R"({"notification_type":"ORDER_SHIPPED"})";
    QTest::newRow("customer_id a number") << notify << R"({"notification_type": "ORDER_SHIPPED", "customer_id": 7})"
                                          << "string_type"
                                          << R"(["body","customer_id"])"
                                          << "Input should be a valid string"
                                          << "7";
    QTest::newRow("customer_id null") << notify << R"({"notification_type": "ORDER_SHIPPED", "customer_id": null})"
                                      << "string_type"
                                      << R"(["body","customer_id"])"
                                      << "Input should be a valid string"
                                      << "null";
    QTest::newRow("unknown notification type")
        << notify << R"({"notification_type": "ORDER_LOST", "customer_id": "CUST-001"})"
        << "enum"
        << R"(["body","notification_type"])"
        << "Input should be 'ORDER_SHIPPED', 'ORDER_DELIVERED', 'ORDER_COMPLETE', 'PAYMENT_FAILED', "
           "'PAYMENT_SUCCESS', 'PRICE_DROP_ALERT' or 'PROMOTION_AVAILABLE'"
        << R"("ORDER_LOST")";
    QTest::newRow("context not an object")
        << notify << R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "context": [1]})"
        << "dict_type"
        << R"(["body","context"])"
        << "Input should be a valid dictionary"
        << "[1]";
    QTest::newRow("channels not a list")
        << notify << R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "channels": "email"})"
        << "list_type"
        << R"(["body","channels"])"
        << "Input should be a valid list"
        << R"("email")";
    QTest::newRow("a channel not a string")
        << notify << R"({"notification_type": "ORDER_SHIPPED", "customer_id": "CUST-001", "channels": ["email", 3]})"
        << "string_type"
        << R"(["body","channels",1])"
        << "Input should be a valid string"
        << "3";
    QTest::newRow("bulk: customer_ids missing") << "/notify/bulk"
                                                << R"({"notification_type": "PROMOTION_AVAILABLE"})"
                                                << "missing"
                                                << R"(["body","customer_ids"])"
                                                << "Field required"
                                                << R"({"notification_type":"PROMOTION_AVAILABLE"})";
    QTest::newRow("bulk: an id not a string")
        << "/notify/bulk"
        << R"({"notification_type": "ORDER_SHIPPED", "customer_ids": ["CUST-001", false]})"
        << "string_type"
        << R"(["body","customer_ids",1])"
        << "Input should be a valid string"
        << "false";
    QTest::newRow("demo: new_price not a number")
        << "/demo/compare/price-drop?new_price=cheap"
        << ""
        << "float_parsing"
        << R"(["query","new_price"])"
        << "Input should be a valid number, unable to parse string as a number"
        << R"("cheap")";
    QTest::newRow("demo: negative new_price") << "/demo/api-driven/price-drop?new_price=-5"
                                              << ""
                                              << "greater_than_equal"
                                              << R"(["query","new_price"])"
                                              << "Input should be greater than or equal to 0"
                                              << R"("-5")";
    QTest::newRow("data: unknown architecture") << "/data/orders?architecture=serverless"
                                                << ""
                                                << "enum"
                                                << R"(["query","architecture"])"
                                                << "Input should be 'event_sourced' or 'api_driven'"
                                                << R"("serverless")";
    QTest::newRow("scenario without steps") << "/scenarios/run"
                                            << R"({"id": "x", "title": "X"})"
                                            << "missing"
                                            << R"(["body","steps"])"
                                            << "Field required"
                                            << R"({"id":"x","title":"X"})";
    QTest::newRow("scenario with an unknown action")
        << "/scenarios/run"
        << R"({"id": "x", "title": "X", "steps": [{"action": "explode"}]})"
        << "enum"
        << R"(["body","steps",0,"action"])"
        << "Input should be 'ship_order', 'deliver_order', 'ship_line_item', 'fail_payment', 'succeed_payment', "
           "'update_price', 'apply_discount' or 'activate_promotion'"
        << R"("explode")";
}

void TestDispatcher::validation()
{
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(QString, type);
    QFETCH(QString, loc);
    QFETCH(QString, msg);
    QFETCH(QString, input);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const std::string target = path.toStdString();
    const std::string method = target.starts_with("/data") ? "GET" : "POST";
    const Reply r = call(d, method, target, body.toStdString());
    QCOMPARE(r.status, 422);
    const json& detail = r.body.at("detail");
    QCOMPARE(detail.size(), std::size_t(1));
    const json& issue = detail[0];
    QCOMPARE(text(issue.at("type")), type);
    COMPARE_JSON(issue.at("loc"), json::parse(loc.toStdString()));
    QCOMPARE(text(issue.at("msg")), msg);
    COMPARE_JSON(issue.at("input"), json::parse(input.toStdString()));
    if (type == QLatin1String("enum"))
        QCOMPARE(text(issue.at("ctx").at("expected")), msg.mid(QStringLiteral("Input should be ").size()));
}

void TestDispatcher::malformedJsonNamesThePosition()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    for (const auto& [body, position] : std::vector<std::pair<std::string, int>> {
             { R"({"notification_type": "ORDER_SHIPPED", "customer_id": })", 54 },
             { "{\n  \"a\": 1,\n  oops\n}", 14 },
             { "hello", 0 },
         }) {
        const Reply r = call(d, "POST", "/notify", body);
        QCOMPARE(r.status, 422);
        const json& issue = r.body.at("detail").at(0);
        COMPARE_JSON(issue.at("type"), json("json_invalid"));
        COMPARE_JSON(issue.at("loc"), json({ "body", position }));
        COMPARE_JSON(issue.at("input"), json::object());
        const QString message = text(issue.at("msg"));
        QVERIFY2(message.startsWith(QLatin1String("JSON decode error: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(char %1)").arg(position)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("line ")) && message.contains(QLatin1String("column ")),
            qPrintable(message));
        QVERIFY(issue.at("ctx").at("error").is_string());
    }
}

void TestDispatcher::bulkShape()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const json request = { { "notification_type", "PROMOTION_AVAILABLE" },
        { "customer_ids", { "CUST-001", "nobody", "CUST-002" } },
        { "context",
            { { "promotion_name", "Spring" }, { "description", "Ten percent off." }, { "end_date", "2026-04-30" } } } };
    const Reply r = call(d, "POST", "/notify/bulk", request.dump());
    QCOMPARE(r.status, 200);
    // BulkNotificationResponse, field by field.
    QCOMPARE(r.body.size(), std::size_t(6));
    QVERIFY(uuid4.match(text(r.body.at("request_id"))).hasMatch());
    COMPARE_JSON(r.body.at("notification_type"), json("PROMOTION_AVAILABLE"));
    COMPARE_JSON(r.body.at("total_customers"), json(3));
    const json& results = r.body.at("results");
    QCOMPARE(results.size(), std::size_t(2)); // the unknown customer has no response, only a failure count
    int reached = 0;
    for (const auto& one : results) {
        QCOMPARE(one.size(), std::size_t(5));
        COMPARE_JSON(one.at("notification_type"), json("PROMOTION_AVAILABLE"));
        bool any = false;
        for (const auto& channel : one.at("results"))
            any = any || channel.at("success").get<bool>();
        reached += any;
    }
    COMPARE_JSON(r.body.at("successful_customers"), json(reached));
    COMPARE_JSON(r.body.at("failed_customers"), json(3 - reached));
    COMPARE_JSON(results[0].at("customer_id"), json("CUST-001"));
    COMPARE_JSON(results[1].at("customer_id"), json("CUST-002"));
}

void TestDispatcher::demo_data()
{
    QTest::addColumn<QString>("approach");
    QTest::addColumn<QString>("scenario");
    for (const auto& s : test::defaultApiContext()->scenarios) {
        for (const char* approach : { "event-sourced", "api-driven", "compare" })
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(approach, QString::fromStdString(s.id))))
                << approach << QString::fromStdString(s.id);
    }
}

void TestDispatcher::demo()
{
    QFETCH(QString, approach);
    QFETCH(QString, scenario);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "POST", "/demo/" + approach.toStdString() + "/" + scenario.toStdString());
    QCOMPARE(r.status, 200);
    QVERIFY(r.deferred); // a whole scenario runs away from the serving thread
    const Scenario& s = *test::defaultApiContext()->findScenario(scenario.toStdString());
    const Comparison expected = compareArchitectures(*test::defaultApiContext()->data, s);
    const auto checkDemo = [&](const json& demo, const char* approachName, const Run& run) {
        // DemoResult, field by field.
        QCOMPARE(demo.size(), std::size_t(5));
        COMPARE_JSON(demo.at("approach"), json(approachName));
        COMPARE_JSON(demo.at("scenario"), json(s.id));
        COMPARE_JSON(demo.at("notifications_sent"), json(run.notifications.size()));
        QCOMPARE(demo.at("recipients").size(), run.notifications.size());
        QCOMPARE(demo.at("messages").size(), run.notifications.size());
        for (std::size_t i = 0; i < run.notifications.size(); ++i) {
            const SentNotification& n = run.notifications[i];
            const json& m = demo.at("messages")[i];
            QCOMPARE(m.size(), std::size_t(3));
            COMPARE_JSON(m.at("channel"), json(channelId(n.channel)));
            COMPARE_JSON(m.at("recipient"), json(n.recipient));
            COMPARE_JSON(demo.at("recipients")[i], json(n.recipient));
            COMPARE_JSON(m.at("subject"), n.channel == Channel::Email ? json(n.subject) : json(nullptr));
        }
    };
    if (approach == QLatin1String("compare")) {
        // ComparisonResult, field by field.
        QCOMPARE(r.body.size(), std::size_t(4));
        COMPARE_JSON(r.body.at("scenario"), json(s.id));
        checkDemo(r.body.at("event_sourced"), "event-sourced", expected.eventSourced);
        checkDemo(r.body.at("api_driven"), "api-driven", expected.apiDriven);
        auto a = r.body.at("event_sourced").at("recipients").get<std::vector<std::string>>();
        auto b = r.body.at("api_driven").at("recipients").get<std::vector<std::string>>();
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        COMPARE_JSON(r.body.at("same_recipients"), json(a == b));
    } else {
        const bool es = approach == QLatin1String("event-sourced");
        checkDemo(r.body, es ? "event-sourced" : "api-driven", es ? expected.eventSourced : expected.apiDriven);
    }
}

void TestDispatcher::demoQueryParameters_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("sent"); // event-sourced notifications, when 200

    QTest::newRow("ship one order") << "/demo/event-sourced/order-shipped?order_id=ORD-001" << 200 << "" << -1;
    QTest::newRow("unknown order") << "/demo/compare/order-shipped?order_id=ord-999" << 404
                                   << "Order not found: ord-999" << 0;
    QTest::newRow("already shipped order")
        << "/demo/api-driven/order-shipped?order_id=ORD-002" << 400 << "Failed to ship order ORD-002" << 0;
    QTest::newRow("price drop on a product")
        << "/demo/compare/price-drop?product_id=PROD-001&new_price=100" << 200 << "" << -1;
    QTest::newRow("price rise sends nothing")
        << "/demo/event-sourced/price-drop?product_id=PROD-001&new_price=9999" << 200 << "" << 0;
    QTest::newRow("unknown product") << "/demo/event-sourced/price-drop?product_id=nope" << 404
                                     << "Product not found: nope" << 0;
    QTest::newRow("ship every item of an order") << "/demo/compare/order-complete?order_id=ORD-004" << 200 << "" << -1;
}

void TestDispatcher::demoQueryParameters()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(int, sent);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "POST", target.toStdString());
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(text(r.body.at("detail")), detail);
        return;
    }
    const json& es = r.body.contains("event_sourced") ? r.body.at("event_sourced") : r.body;
    if (sent >= 0)
        COMPARE_JSON(es.at("notifications_sent"), json(sent));
    else
        QVERIFY(es.at("notifications_sent").get<int>() > 0);
}

void TestDispatcher::scenarios()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "GET", "/scenarios");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), test::defaultApiContext()->scenarios.size());
    for (const auto& s : r.body) {
        const Scenario* found = test::defaultApiContext()->findScenario(s.at("id").get<std::string>());
        QVERIFY(found);
        COMPARE_JSON(s.at("steps"), json(found->actions.size()));
        COMPARE_JSON(s.at("title"), json(found->title));
    }
}

void TestDispatcher::runScenarioMatchesJsonOutput()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Scenario& s = *test::defaultApiContext()->findScenario("price-drop");
    std::ifstream file(notiflow::test::sourceDataDir() + "/scenarios/price-drop.json");
    const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const Reply r = call(d, "POST", "/scenarios/run", text);
    QCOMPARE(r.status, 200);
    QVERIFY(r.deferred);
    std::ostringstream expected;
    Scenario fromBody = s;
    fromBody.source = "body";
    RunJsonWriter::runAndWrite(expected, *test::defaultApiContext()->data, fromBody);
    COMPARE_JSON(r.body, json::parse(expected.str()));
    COMPARE_JSON(r.body.at("scenario").at("id"), json("price-drop"));
}

void TestDispatcher::runScenarioRefusals_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("loc");
    QTest::addColumn<QString>("problem");

    QTest::newRow("unknown order")
        << R"({"id": "x", "title": "X", "steps": [{"action": "ship_order", "order_id": "O-9"}]})"
        << R"(["body","steps",0,"order_id"])"
        << "unknown order";
    QTest::newRow("discount over 100")
        << R"({"id": "x", "title": "X", "steps": [{"action": "apply_discount", "product_id": "PROD-001", "percent": 150}]})"
        << R"(["body","steps",0,"percent"])"
        << "between 0 and 100";
    QTest::newRow("parameter missing")
        << R"({"id": "x", "title": "X", "steps": [{"action": "ship_line_item", "order_id": "ORD-001"}]})"
        << R"(["body","steps",0,"product_id"])"
        << "is missing";
    QTest::newRow("empty steps") << R"({"id": "x", "title": "X", "steps": []})"
                                 << R"(["body","steps"])"
                                 << "List should have at least 1 item";
}

void TestDispatcher::runScenarioRefusals()
{
    QFETCH(QString, body);
    QFETCH(QString, loc);
    QFETCH(QString, problem);
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "POST", "/scenarios/run", body.toStdString());
    QCOMPARE(r.status, 422);
    QVERIFY(!r.deferred); // refused before any work is queued
    const json& issue = r.body.at("detail").at(0);
    COMPARE_JSON(issue.at("loc"), json::parse(loc.toStdString()));
    QVERIFY2(text(issue.at("msg")).contains(problem), qPrintable(text(issue.at("msg"))));
}

void TestDispatcher::data_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("fields");
    const DataSet& data = *test::defaultApiContext()->data;
    QTest::newRow("customers") << "customers" << int(data.customers.size())
                               << QStringList { "id", "name", "email", "phone", "segment", "created_at" };
    QTest::newRow("products") << "products" << int(data.products.size())
                              << QStringList { "id", "name", "price", "category", "description" };
    QTest::newRow("orders") << "orders" << int(data.orders.size())
                            << QStringList { "id", "customer_id", "status", "line_items", "total_amount", "created_at",
                                   "updated_at" };
    QTest::newRow("carts") << "carts" << int(data.carts.size()) << QStringList { "customer_id", "items", "updated_at" };
    QTest::newRow("preferences") << "preferences" << int(data.preferences.size())
                                 << QStringList { "customer_id", "preferences" };
    QTest::newRow("payments") << "payments" << int(data.payments.size())
                              << QStringList { "id", "order_id", "customer_id", "amount", "status", "failure_reason",
                                     "attempt_number", "created_at" };
}

void TestDispatcher::data()
{
    QFETCH(QString, domain);
    QFETCH(int, count);
    QFETCH(QStringList, fields);
    Dispatcher d(test::defaultApiContext(), unlimited());
    for (const char* query : { "", "?architecture=api_driven" }) {
        const Reply r = call(d, "GET", "/data/" + domain.toStdString() + query);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.is_array());
        QCOMPARE(int(r.body.size()), count);
        QVERIFY(count > 0);
        for (const auto& record : r.body) {
            QCOMPARE(int(record.size()), int(fields.size()));
            for (const QString& field : fields)
                QVERIFY2(record.contains(field.toStdString()), qPrintable(field));
        }
    }
}

void TestDispatcher::token_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("status");

    const QString right = QStringLiteral("Bearer s3cret-token");
    QTest::newRow("no token") << "GET"
                              << "/data/customers"
                              << "" << 401;
    QTest::newRow("wrong token") << "GET"
                                 << "/data/customers"
                                 << "Bearer s3cret-tokeN" << 401;
    QTest::newRow("token prefix") << "GET"
                                  << "/data/customers"
                                  << "Bearer s3cret" << 401;
    QTest::newRow("basic auth") << "GET"
                                << "/data/customers"
                                << "Basic czNjcmV0LXRva2Vu" << 401;
    QTest::newRow("right token") << "GET"
                                 << "/data/customers" << right << 200;
    QTest::newRow("scheme in lower case") << "GET"
                                          << "/data/customers"
                                          << "bearer s3cret-token" << 200;
    QTest::newRow("notify without token") << "POST"
                                          << "/notify"
                                          << "" << 401;
    QTest::newRow("health is open") << "GET"
                                    << "/health"
                                    << "" << 200;
    QTest::newRow("docs are open") << "GET"
                                   << "/docs"
                                   << "" << 200;
    QTest::newRow("OpenAPI is open") << "GET"
                                     << "/openapi.json"
                                     << "" << 200;
    QTest::newRow("unknown path is 404 either way") << "GET"
                                                    << "/nope"
                                                    << "" << 404;
}

void TestDispatcher::token()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, authorization);
    QFETCH(int, status);
    Dispatcher::Options options = unlimited();
    options.token = "s3cret-token";
    Dispatcher d(test::defaultApiContext(), options);
    std::vector<HttpHeader> headers;
    if (!authorization.isEmpty())
        headers.push_back({ "Authorization", authorization.toStdString() });
    const Reply r = call(d, method.toStdString(), path.toStdString(), {}, headers);
    QCOMPARE(r.status, status);
    if (status == 401) {
        QCOMPARE(r.header("WWW-Authenticate"), std::string("Bearer"));
        QVERIFY(r.body.at("detail").is_string());
    }
}

void TestDispatcher::rateLimit()
{
    RateLimiter::Clock::time_point now {};
    Dispatcher::Options options;
    options.rateLimit = { 2, 3 }; // 3 at once, then 2 a second
    options.clock = [&now] { return now; };
    Dispatcher d(test::defaultApiContext(), options);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.7").status, 200);
    const Reply limited = call(d, "GET", "/health", {}, {}, "10.0.0.7");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), std::string("1"));
    QVERIFY(limited.body.at("detail").get<std::string>().find("Too many requests") != std::string::npos);
    // Another address has its own allowance; 404s and 422s count as requests too.
    QCOMPARE(call(d, "GET", "/nope", {}, {}, "10.0.0.8").status, 404);
    QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.8").status, 200);
    // Half a second later one more request is allowed, the next is not.
    now += std::chrono::milliseconds(500);
    QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.7").status, 200);
    QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.7").status, 429);
    // After a long pause the whole burst is back, and never more.
    now += std::chrono::seconds(60);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.7").status, 200);
    QCOMPARE(call(d, "GET", "/health", {}, {}, "10.0.0.7").status, 429);
}

void TestDispatcher::openApiListsEveryRoute()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "GET", "/openapi.json");
    QCOMPARE(r.status, 200);
    const json& doc = r.body;
    QVERIFY(doc.at("openapi").get<std::string>().starts_with("3."));
    const json& paths = doc.at("paths");
    std::size_t operations = 0;
    for (const Route& route : d.routes()) {
        std::string method = route.method;
        std::transform(method.begin(), method.end(), method.begin(), ::tolower);
        QVERIFY2(paths.contains(route.path) && paths.at(route.path).contains(method),
            qPrintable(QString::fromStdString(route.method + " " + route.path)));
        const json& op = paths.at(route.path).at(method);
        QVERIFY(op.at("responses").contains("200"));
        QCOMPARE(op.contains("requestBody"), route.requestBody.has_value());
    }
    for (const auto& [path, methods] : paths.items())
        operations += methods.size();
    QCOMPARE(operations, d.routes().size());
    // Every $ref names a schema the document defines.
    const json& schemas = doc.at("components").at("schemas");
    std::function<void(const json&)> checkRefs = [&](const json& node) {
        if (node.is_object()) {
            if (node.contains("$ref")) {
                const std::string ref = node.at("$ref").get<std::string>();
                QVERIFY2(schemas.contains(ref.substr(ref.rfind('/') + 1)), ref.c_str());
            }
            for (const auto& [key, value] : node.items())
                checkRefs(value);
        } else if (node.is_array()) {
            for (const auto& value : node)
                checkRefs(value);
        }
    };
    checkRefs(doc);
    for (const char* name :
        { "NotificationRequest", "NotificationResponse", "NotificationResult", "BulkNotificationRequest",
            "BulkNotificationResponse", "DemoResult", "ComparisonResult", "HTTPValidationError" })
        QVERIFY2(schemas.contains(name), name);
    // The original's field lists.
    COMPARE_JSON(schemas.at("NotificationRequest").at("required"), json({ "notification_type", "customer_id" }));
    COMPARE_JSON(schemas.at("DemoResult").at("required"),
        json({ "approach", "scenario", "notifications_sent", "recipients", "messages" }));
}

void TestDispatcher::openApiRoutesAreAnswered()
{
    // Each documented operation, called with its path parameters filled in and no body, reaches a handler: it is
    // neither 404 nor 405 (a missing body is a 422).
    Dispatcher d(test::defaultApiContext(), unlimited());
    const json doc = json::parse(call(d, "GET", "/openapi.json").text);
    for (const auto& [path, methods] : doc.at("paths").items()) {
        std::string concrete = path;
        const auto brace = concrete.find("{scenario}");
        if (brace != std::string::npos)
            concrete.replace(brace, 10, "order-shipped");
        for (const auto& [method, op] : methods.items()) {
            std::string upper = method;
            std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
            const Reply r = call(d, upper, concrete);
            QVERIFY2(r.status != 404 && r.status != 405, qPrintable(QString::fromStdString(upper + " " + concrete)));
            QCOMPARE(r.status, op.contains("requestBody") ? 422 : 200);
        }
    }
}

void TestDispatcher::docsPageIsSelfContained()
{
    Dispatcher d(test::defaultApiContext(), unlimited());
    const Reply r = call(d, "GET", "/docs");
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.starts_with("text/html"));
    const QString page = QString::fromStdString(r.text);
    for (const Route& route : d.routes())
        QVERIFY2(page.contains(QString::fromStdString(">" + route.path + "<")), route.path.c_str());
    // Nothing fetched from elsewhere: no external URL, no script, style or image loaded by reference.
    QVERIFY(!page.contains(QLatin1String("http://")));
    QVERIFY(!page.contains(QLatin1String("https://")));
    QVERIFY(!page.contains(QLatin1String("<script src")));
    QVERIFY(!page.contains(QLatin1String("<link")));
    QVERIFY(!page.contains(QLatin1String("@import")));
    QVERIFY(!page.contains(QLatin1String("url(")));
    QVERIFY(page.contains(QLatin1String("<form class=\"try\"")));
    const std::string csp = r.header("Content-Security-Policy");
    QVERIFY(csp.find("default-src 'none'") != std::string::npos);
    QVERIFY(csp.find("connect-src 'self'") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
