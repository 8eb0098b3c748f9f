// The live endpoints through the dispatcher: every /actions/{action} with its answer's shape, persistence across
// requests and POST /reset, /data of either architecture, refusals, and an action that fails halfway keeping
// nothing.
#include "dispatchcall.h"
#include "serverfixture.h"

#include <QTest>
#include <stdexcept>

using namespace notiflow;
using namespace notiflow::server;
using namespace notiflow::test;
using nlohmann::json;

namespace {

// The default context with a live session of its own, made by `runner` (the engine when empty).
std::shared_ptr<const ApiContext> contextWith(LiveSession::Runner runner = {})
{
    auto context = std::make_shared<ApiContext>(*defaultApiContext());
    context->live = std::make_shared<LiveSession>(context->data, std::move(runner));
    return context;
}

json recordOf(Dispatcher& d, const std::string& domain, const std::string& id, const std::string& query = {})
{
    const Reply r = call(d, "GET", "/data/" + domain + query);
    for (const json& record : r.body) {
        if (record.at("id") == id)
            return record;
    }
    return nullptr;
}

} // namespace

class TestLiveActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void action_data();
    void action();
    void statePersistsUntilReset();
    void demoDoesNotTouchTheLiveState();
    void architectureChoosesTheState();
    void refusals_data();
    void refusals();
    void failedActionLeavesTheStateUnchanged();
    void openApiListsTheLiveRoutes();
};

void TestLiveActions::action_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("notifications"); // sent by the event-sourced run for this action; -1: not checked
    // ORD-001 ships to Zoë, who takes both channels: an email and an SMS.
    QTest::newRow("ship_order") << "ship_order"
                                << R"({"order_id": "ORD-001"})" << 2;
    QTest::newRow("deliver_order") << "deliver_order"
                                   << R"({"order_id": "ORD-002"})" << -1;
    QTest::newRow("ship_line_item") << "ship_line_item"
                                    << R"({"order_id": "ORD-001", "product_id": "PROD-008"})" << -1;
    QTest::newRow("fail_payment") << "fail_payment"
                                  << R"({"order_id": "ORD-004", "failure_reason": "expired card"})" << -1;
    QTest::newRow("succeed_payment") << "succeed_payment"
                                     << R"({"order_id": "ORD-004", "amount": 10.5})" << -1;
    QTest::newRow("update_price") << "update_price"
                                  << R"({"product_id": "PROD-001", "new_price": 99.0})" << -1;
    QTest::newRow("apply_discount") << "apply_discount"
                                    << R"({"product_id": "PROD-001", "percent": 25})" << -1;
    QTest::newRow("activate_promotion")
        << "activate_promotion"
        << R"({"promotion_id": "PROMO-9", "name": "Spring", "end_date": "2026-04-30", "eligible_segments": ["gold"]})"
        << -1;
}

void TestLiveActions::action()
{
    QFETCH(QString, action);
    QFETCH(QString, body);
    QFETCH(int, notifications);
    Dispatcher d(contextWith(), unlimited());
    const Reply r = call(d, "POST", "/actions/" + action.toStdString(), body.toStdString());
    QVERIFY2(r.status == 200, r.text.c_str());
    QVERIFY(r.deferred); // a whole run: away from the serving thread
    QCOMPARE(text(r.body.at("action")), action);
    QCOMPARE(r.body.at("sequence").get<int>(), 1);
    const json sent = json::parse(body.toStdString());
    for (const auto& [field, value] : sent.items())
        COMPARE_JSON(r.body.at("parameters").at(field), value);
    QVERIFY(r.body.at("same_notifications").is_boolean());
    for (const char* architecture : { "event_sourced", "api_driven" }) {
        const json& run = r.body.at(architecture);
        QCOMPARE(int(run.size()), 3);
        const json& steps = run.at("steps");
        QVERIFY(!steps.empty());
        QCOMPARE(text(steps.front().at("kind")), QStringLiteral("trigger"));
        QCOMPARE(text(steps.front().at("label")), action);
        for (const json& step : steps)
            QCOMPARE(step.at("action").get<int>(), 0);
        QVERIFY(run.at("decisions").is_array());
        if (notifications >= 0 && std::string(architecture) == "event_sourced")
            QCOMPARE(int(run.at("notifications").size()), notifications);
    }
}

void TestLiveActions::statePersistsUntilReset()
{
    Dispatcher d(contextWith(), unlimited());
    QCOMPARE(text(recordOf(d, "orders", "ORD-001").at("status")), QStringLiteral("PROCESSING"));
    QCOMPARE(call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-001"})").status, 200);
    for (const char* query : { "", "?architecture=event_sourced", "?architecture=api_driven" })
        QCOMPARE(text(recordOf(d, "orders", "ORD-001", query).at("status")), QStringLiteral("SHIPPED"));

    // The next request sees it: a second ship is refused by the rule, and nothing is sent.
    const Reply again = call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-001"})");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.at("sequence").get<int>(), 2);
    QCOMPARE(int(again.body.at("event_sourced").at("notifications").size()), 0);
    QCOMPARE(int(again.body.at("api_driven").at("notifications").size()), 0);
    const Reply paid = call(d, "POST", "/actions/fail_payment", R"({"order_id": "ORD-004", "failure_reason": "x"})");
    QCOMPARE(paid.body.at("sequence").get<int>(), 3);
    const std::size_t payments = defaultApiContext()->data->payments.size();
    QCOMPARE(call(d, "GET", "/data/payments").body.size(), payments + 1);

    const Reply reset = call(d, "POST", "/reset");
    QCOMPARE(reset.status, 200);
    COMPARE_JSON(reset.body, json({ { "status", "reset" }, { "actions_discarded", 3 } }));
    QCOMPARE(text(recordOf(d, "orders", "ORD-001").at("status")), QStringLiteral("PROCESSING"));
    QCOMPARE(call(d, "GET", "/data/payments").body.size(), payments);
    QCOMPARE(call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-001"})").body.at("sequence").get<int>(), 1);
}

void TestLiveActions::demoDoesNotTouchTheLiveState()
{
    Dispatcher d(contextWith(), unlimited());
    QCOMPARE(call(d, "POST", "/actions/update_price", R"({"product_id": "PROD-001", "new_price": 5.0})").status, 200);
    QCOMPARE(call(d, "POST", "/demo/compare/price-drop").status, 200);
    QCOMPARE(recordOf(d, "products", "PROD-001").at("price").get<double>(), 5.0);
    // And the demo started from the data set, not from the live state: it still finds the original price.
    QCOMPARE(defaultApiContext()->data->products.front().price, Cents(24900));
}

void TestLiveActions::architectureChoosesTheState()
{
    // An API-driven side whose runs leave the data as it was makes the two states differ (as faults would), so the
    // query must pick the right one.
    Dispatcher d(contextWith([](const DataSet& data, const Scenario& scenario, Architecture a, DataSet& out) {
        Run run = runScenario(data, scenario, a, out);
        if (a == Architecture::ApiDriven)
            out = data;
        return run;
    }),
        unlimited());
    QCOMPARE(call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-001"})").status, 200);
    QCOMPARE(text(recordOf(d, "orders", "ORD-001").at("status")), QStringLiteral("SHIPPED"));
    QCOMPARE(
        text(recordOf(d, "orders", "ORD-001", "?architecture=event_sourced").at("status")), QStringLiteral("SHIPPED"));
    QCOMPARE(
        text(recordOf(d, "orders", "ORD-001", "?architecture=api_driven").at("status")), QStringLiteral("PROCESSING"));
    QCOMPARE(call(d, "GET", "/data/orders?architecture=both").status, 422);
}

void TestLiveActions::refusals_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail"); // in the detail text, or the loc of the first issue for a 422
    QTest::newRow("unknown order") << "POST"
                                   << "/actions/ship_order"
                                   << R"({"order_id": "ORD-999"})" << 404 << "ORD-999";
    QTest::newRow("unknown product") << "POST"
                                     << "/actions/update_price"
                                     << R"({"product_id": "P-0", "new_price": 1})" << 404 << "P-0";
    QTest::newRow("line item not in the order")
        << "POST"
        << "/actions/ship_line_item"
        << R"({"order_id": "ORD-001", "product_id": "PROD-001"})" << 404 << "PROD-001";
    QTest::newRow("missing field") << "POST"
                                   << "/actions/ship_order"
                                   << "{}" << 422 << R"(["body","order_id"])";
    QTest::newRow("mistyped field") << "POST"
                                    << "/actions/update_price"
                                    << R"({"product_id": "PROD-001", "new_price": "low"})" << 422
                                    << R"(["body","new_price"])";
    QTest::newRow("discount over 100") << "POST"
                                       << "/actions/apply_discount"
                                       << R"({"product_id": "PROD-001", "percent": 101})" << 422
                                       << R"(["body","percent"])";
    QTest::newRow("not JSON") << "POST"
                              << "/actions/ship_order"
                              << "order_id=ORD-001" << 422 << R"(["body",0])";
    QTest::newRow("unknown action") << "POST"
                                    << "/actions/cancel_order"
                                    << R"({"order_id": "ORD-001"})" << 404 << "Not Found";
    QTest::newRow("GET an action") << "GET"
                                   << "/actions/ship_order"
                                   << "" << 405 << "Method Not Allowed";
    QTest::newRow("GET reset") << "GET"
                               << "/reset"
                               << "" << 405 << "Method Not Allowed";
}

void TestLiveActions::refusals()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    Dispatcher d(contextWith(), unlimited());
    const Reply r = call(d, method.toStdString(), target.toStdString(), body.toStdString());
    QVERIFY2(r.status == status, r.text.c_str());
    QVERIFY(!r.deferred); // refused before anything runs
    if (status == 422)
        COMPARE_JSON(r.body.at("detail").at(0).at("loc"), json::parse(detail.toStdString()));
    else
        QVERIFY2(text(r.body.at("detail")).contains(detail), r.text.c_str());
    QCOMPARE(text(recordOf(d, "orders", "ORD-001").at("status")), QStringLiteral("PROCESSING"));
}

void TestLiveActions::failedActionLeavesTheStateUnchanged()
{
    // The engine, except that the API-driven run of a price change throws after it has run: the event-sourced
    // run of the same action has completed and changed its copy of the data by then.
    Dispatcher d(contextWith([](const DataSet& data, const Scenario& scenario, Architecture a, DataSet& out) {
        Run run = runScenario(data, scenario, a, out);
        if (a == Architecture::ApiDriven && scenario.actions.back().type == ActionType::UpdatePrice)
            throw std::runtime_error("the pricing service lost its connection");
        return run;
    }),
        unlimited());
    QCOMPARE(call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-001"})").status, 200);
    const json productsBefore = call(d, "GET", "/data/products").body;

    const Reply r = call(d, "POST", "/actions/update_price", R"({"product_id": "PROD-001", "new_price": 1.0})");
    QCOMPARE(r.status, 500);
    QVERIFY2(text(r.body.at("detail")).contains("unchanged"), r.text.c_str());
    QVERIFY2(text(r.body.at("detail")).contains("lost its connection"), r.text.c_str());
    for (const char* query : { "", "?architecture=api_driven" }) {
        COMPARE_JSON(call(d, "GET", std::string("/data/products") + query).body, productsBefore);
        QCOMPARE(text(recordOf(d, "orders", "ORD-001", query).at("status")), QStringLiteral("SHIPPED"));
    }
    const Reply next = call(d, "POST", "/actions/ship_order", R"({"order_id": "ORD-004"})");
    QCOMPARE(next.body.at("sequence").get<int>(), 2);
    COMPARE_JSON(call(d, "POST", "/reset").body.at("actions_discarded"), 2);
}

void TestLiveActions::openApiListsTheLiveRoutes()
{
    Dispatcher d(contextWith(), unlimited());
    const json doc = call(d, "GET", "/openapi.json").body;
    const json& paths = doc.at("paths");
    for (const char* action : { "ship_order", "deliver_order", "ship_line_item", "fail_payment", "succeed_payment",
             "update_price", "apply_discount", "activate_promotion" }) {
        const std::string path = std::string("/actions/") + action;
        QVERIFY2(paths.contains(path), path.c_str());
        const json& op = paths.at(path).at("post");
        QVERIFY(op.contains("requestBody"));
        for (const char* status : { "200", "404", "409", "422", "500" })
            QVERIFY2(op.at("responses").contains(status), status);
    }
    QVERIFY(paths.at("/reset").contains("post"));
    const json& schemas = doc.at("components").at("schemas");
    for (const char* name : { "ActionResult", "ActionRun", "ResetResult", "ShipLineItem", "ActivatePromotion" })
        QVERIFY2(schemas.contains(name), name);
    const json& parameters = paths.at("/data/orders").at("get").at("parameters");
    QVERIFY(std::any_of(
        parameters.begin(), parameters.end(), [](const json& p) { return p.at("name") == "architecture"; }));
}

QTEST_GUILESS_MAIN(TestLiveActions)
#include "tst_liveactions.moc"
