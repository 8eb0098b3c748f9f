// Tests of scenario parsing and validation: the built-in scenarios, the parameters each action reads, and a
// catalogue of bad scenarios with the exact message each must produce.

#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "support/sourcetree.h"

#include <QTest>

using namespace notiflow;

namespace {

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// A scenario around the given steps (a JSON array's contents).
QByteArray withSteps(const QByteArray& steps)
{
    return R"({"id": "test", "title": "Test", "steps": [)" + steps + "]}";
}

std::string builtInPath(const QString& id)
{
    return notiflow::test::sourceDataDir() + "/scenarios/" + id.toStdString() + ".json";
}

} // namespace

class TestScenarioLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInScenarios_data();
    void builtInScenarios();
    void parameters();
    void optionalParametersDefault();
    void watchForPoints();
    void timingOverridesDefaults();
    void faultsAndPolicies();
    void actionTypeIds();
    void describeAction_data();
    void describeAction();
    void badScenario_data();
    void badScenario();
    void invalidAgainstData_data();
    void invalidAgainstData();
    void missingFile();

private:
    DataSet m_data;
};

void TestScenarioLoader::initTestCase()
{
    m_data = loadDataSetFolder(notiflow::test::sourceDataDir());
}

void TestScenarioLoader::builtInScenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("watchFor");

    QTest::newRow("order-shipped") << "order-shipped"
                                   << "Order Shipped" << 2 << 3;
    QTest::newRow("order-delivered") << "order-delivered"
                                     << "Order Delivered" << 1 << 3;
    QTest::newRow("payment-failed") << "payment-failed"
                                    << "Payment Failed" << 1 << 3;
    QTest::newRow("payment-succeeded") << "payment-succeeded"
                                       << "Payment Succeeded" << 1 << 3;
    QTest::newRow("price-drop") << "price-drop"
                                << "Price Drop Alert" << 2 << 4;
    QTest::newRow("order-complete") << "order-complete"
                                    << "Order Complete" << 3 << 4;
    QTest::newRow("promotion") << "promotion"
                               << "Promotion" << 1 << 3;
}

void TestScenarioLoader::builtInScenarios()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(int, steps);
    QFETCH(int, watchFor);
    const Scenario scenario = loadScenarioFile(builtInPath(id));
    QCOMPARE(QString::fromStdString(scenario.id), id);
    QCOMPARE(QString::fromStdString(scenario.title), title);
    QVERIFY(scenario.description.size() > 40);
    QCOMPARE(scenario.watchFor.size(), std::size_t(watchFor));
    for (const std::string& point : scenario.watchFor)
        QVERIFY2(point.size() > 20 && point.size() < 200, point.c_str()); // a sentence that fits on a slide
    QCOMPARE(scenario.actions.size(), std::size_t(steps));
    QCOMPARE(scenario.source, builtInPath(id));
    validateScenario(scenario, m_data);
    for (const ScenarioAction& action : scenario.actions)
        QCOMPARE(action.parameters.at("action").get<std::string>(), std::string(actionTypeId(action.type)));
}

void TestScenarioLoader::parameters()
{
    const Scenario scenario = parseScenario(withSteps(R"(
        {"action": "fail_payment", "order_id": "ORD-004", "failure_reason": "Card expired", "amount": 12.345, "attempt_number": 3},
        {"action": "succeed_payment", "order_id": "ORD-007", "amount": 0},
        {"action": "update_price", "product_id": "PROD-002", "new_price": 79.99},
        {"action": "apply_discount", "product_id": "PROD-001", "percent": 12.5},
        {"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-009"},
        {"action": "activate_promotion", "promotion_id": "P1", "name": "N", "description": "",
         "eligible_segments": ["gold", "platinum", "gold"], "end_date": "2025-05-01", "promo_code": "CODE"})")
                                                .toStdString(),
        "inline.json");
    QCOMPARE(scenario.source, std::string("inline.json"));
    QVERIFY(scenario.description.empty());
    QVERIFY(scenario.watchFor.empty());
    const auto& a = scenario.actions;
    QCOMPARE(a.size(), std::size_t(6));
    QCOMPARE(a[0].type, ActionType::FailPayment);
    QCOMPARE(a[0].orderId, std::string("ORD-004"));
    QCOMPARE(a[0].failureReason, std::string("Card expired"));
    QCOMPARE(a[0].amount.value(), Cents(1235));
    QCOMPARE(a[0].attemptNumber, 3);
    QCOMPARE(a[1].amount.value(), Cents(0));
    QCOMPARE(a[2].newPrice, Cents(7999));
    QCOMPARE(a[3].percent, 12.5);
    QCOMPARE(a[4].productId, std::string("PROD-009"));
    const Promotion& promotion = a[5].promotion;
    QCOMPARE(promotion.id, std::string("P1"));
    QCOMPARE(promotion.eligibleSegments, (std::vector<Segment> { Segment::Gold, Segment::Platinum }));
    QCOMPARE(promotion.endDate, std::string("2025-05-01"));
    QCOMPARE(promotion.promoCode.value(), std::string("CODE"));
    QCOMPARE(a[2].parameters.at("new_price").get<double>(), 79.99);
    validateScenario(scenario, m_data);
}

void TestScenarioLoader::optionalParametersDefault()
{
    const Scenario scenario = parseScenario(withSteps(R"(
        {"action": "fail_payment", "order_id": "ORD-004", "failure_reason": "x"},
        {"action": "succeed_payment", "order_id": "ORD-007", "amount": null},
        {"action": "activate_promotion", "promotion_id": "P1", "name": "N", "description": "D",
         "eligible_segments": ["bronze"], "end_date": "2025-05-01"})")
                                                .toStdString(),
        "inline.json");
    QVERIFY(!scenario.actions[0].amount.has_value());
    QCOMPARE(scenario.actions[0].attemptNumber, 1);
    QVERIFY(!scenario.actions[1].amount.has_value());
    QVERIFY(!scenario.actions[2].promotion.promoCode.has_value());
}

void TestScenarioLoader::actionTypeIds()
{
    for (int i = 0; i <= static_cast<int>(ActionType::ActivatePromotion); ++i) {
        const auto type = static_cast<ActionType>(i);
        QCOMPARE(actionTypeFromId(actionTypeId(type)), std::optional<ActionType>(type));
    }
    QCOMPARE(std::string(actionTypeId(ActionType::ApplyDiscount)), std::string("apply_discount"));
    QVERIFY(!actionTypeFromId("Ship_Order").has_value());
    QVERIFY(!actionTypeFromId("").has_value());
}

void TestScenarioLoader::describeAction_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QString>("description");

    QTest::newRow("ship order") << QByteArray(R"({"action": "ship_order", "order_id": "ORD-001"})")
                                << "ship_order ORD-001";
    QTest::newRow("ship line item") << QByteArray(R"({"action": "ship_line_item", "order_id": "O", "product_id": "P"})")
                                    << "ship_line_item O P";
    QTest::newRow("fail payment") << QByteArray(R"({"action": "fail_payment", "order_id": "O", "failure_reason": "r"})")
                                  << "fail_payment O attempt 1";
    QTest::newRow("fail payment with amount") << QByteArray(
        R"({"action": "fail_payment", "order_id": "O", "failure_reason": "r", "amount": 5, "attempt_number": 2})")
                                              << "fail_payment O 5.00 attempt 2";
    QTest::newRow("succeed payment") << QByteArray(R"({"action": "succeed_payment", "order_id": "O"})")
                                     << "succeed_payment O";
    QTest::newRow("update price") << QByteArray(R"({"action": "update_price", "product_id": "P", "new_price": 199.2})")
                                  << "update_price P 199.20";
    QTest::newRow("whole discount") << QByteArray(R"({"action": "apply_discount", "product_id": "P", "percent": 20})")
                                    << "apply_discount P 20%";
    QTest::newRow("fractional discount") << QByteArray(
        R"({"action": "apply_discount", "product_id": "P", "percent": 12.5})")
                                         << "apply_discount P 12.5%";
    QTest::newRow("promotion") << QByteArray(
        R"({"action": "activate_promotion", "promotion_id": "SPRING", "name": "n", "description": "d", "eligible_segments": ["gold", "platinum"], "end_date": "e"})")
                               << "activate_promotion SPRING gold,platinum";
}

void TestScenarioLoader::describeAction()
{
    QFETCH(QByteArray, step);
    QFETCH(QString, description);
    const Scenario scenario = parseScenario(toStd(withSteps(step)), "inline.json");
    QCOMPARE(QString::fromStdString(notiflow::describeAction(scenario.actions.at(0))), description);
}

void TestScenarioLoader::watchForPoints()
{
    const Scenario scenario = parseScenario(
        R"({"id": "w", "title": "W", "watch_for": ["Who asks the carts", "Nothing sent twice"],
            "steps": [{"action": "ship_order", "order_id": "ORD-001"}]})",
        "watch.json");
    QCOMPARE(scenario.watchFor.size(), std::size_t(2));
    QCOMPARE(scenario.watchFor[0], std::string("Who asks the carts"));
    QCOMPARE(scenario.watchFor[1], std::string("Nothing sent twice"));
    const Scenario none = parseScenario(
        R"({"id": "w", "title": "W", "watch_for": null, "steps": [{"action": "ship_order", "order_id": "O"}]})",
        "watch.json");
    QVERIFY(none.watchFor.empty());
}

void TestScenarioLoader::timingOverridesDefaults()
{
    const Scenario plain = parseScenario(toStd(withSteps(R"({"action": "ship_order", "order_id": "O"})")), "t.json");
    QVERIFY(plain.timing == Timing {});
    const Scenario timed = parseScenario(
        R"({"id": "t", "title": "T", "timing": {"request_ms": 7, "action_gap_ms": 0},
            "steps": [{"action": "ship_order", "order_id": "O"}]})",
        "t.json");
    Timing expected;
    expected.requestMs = 7;
    expected.actionGapMs = 0;
    QVERIFY(timed.timing == expected);
}

void TestScenarioLoader::faultsAndPolicies()
{
    const Scenario plain = parseScenario(toStd(withSteps(R"({"action": "ship_order", "order_id": "O"})")), "t.json");
    QVERIFY(plain.faults.empty());
    QVERIFY(plain.policies == Policies {});
    const Scenario s = parseScenario(R"({"id": "f", "title": "F",
        "steps": [{"action": "ship_order", "order_id": "O"}, {"action": "ship_order", "order_id": "P"}],
        "faults": [{"component": "notification_side", "mode": "down", "from_action": 0, "to_action": 1},
                   {"component": "email", "mode": "down", "from_action": 1, "to_action": 1}],
        "policies": {"on_notify_failure": "retry", "retries": 2, "backoff_ms": 100, "idempotency_key": true}})",
        "f.json");
    QCOMPARE(s.faults.size(), std::size_t(2));
    QVERIFY(!s.faults[0].component);
    QCOMPARE(s.faults[0].target(Architecture::EventSourced), std::optional(Component::NotificationService));
    QCOMPARE(s.faults[0].target(Architecture::ApiDriven), std::optional(Component::NotificationApi));
    QCOMPARE(s.faults[0].toAction, 1);
    QCOMPARE(s.faults[1].mode, FaultMode::Down);
    QCOMPARE(s.faults[1].fromAction, 1);
    QCOMPARE(s.faults[1].target(Architecture::ApiDriven), std::optional(Component::Email));
    QCOMPARE(s.policies.onNotifyFailure, NotifyFailurePolicy::Retry);
    QCOMPARE(s.policies.retries, 2);
    QVERIFY(s.policies.idempotencyKey);
    QVERIFY(!s.policies.idempotentConsumer);
    QCOMPARE(s.policies.maxRedeliveries, 5);
    // Backoff doubles per attempt: 100, 200, 400.
    QCOMPARE(s.policies.backoff(1), std::int64_t(100));
    QCOMPARE(s.policies.backoff(3), std::int64_t(400));
    // A component one architecture does not have: no target there.
    Fault bus;
    bus.component = Component::EventBus;
    QCOMPARE(bus.target(Architecture::ApiDriven), std::optional<Component>());
}

void TestScenarioLoader::badScenario_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    const QString actions = "ship_order, deliver_order, ship_line_item, fail_payment, succeed_payment, update_price, "
                            "apply_discount, activate_promotion";
    const QByteArray promotion
        = R"("action": "activate_promotion", "promotion_id": "P", "name": "N", "description": "D", "end_date": "E")";

    QTest::newRow("syntax error")
        << QByteArray("{\n  \"id\": \"x\",\n  \"title\": \"T\"\n  \"steps\": []\n}")
        << "test.json: line 4, column 3: syntax error: unexpected string literal; expected '}'";
    QTest::newRow("empty file") << QByteArray("\n") << "test.json: the file is empty";
    QTest::newRow("not an object") << QByteArray("[]")
                                   << "test.json: a scenario must be a JSON object with id, title and steps, not array";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"id\": \"x\", \"title\": \"\xFF\"}")
                                   << "test.json: line 1, column 23: invalid UTF-8 in a string (files must be UTF-8 "
                                      "encoded)";
    QTest::newRow("deep nesting") << "{\"steps\": " + QByteArray(100000, '[')
                                  << "test.json: line 1, column 74: nesting deeper than 64 levels is not supported";
    QTest::newRow("number out of range") << withSteps(
        R"({"action": "succeed_payment", "order_id": "O", "amount": 1e400})")
                                         << "test.json: line 1, column 100: number out of range: '1e400'";
    QTest::newRow("negative number out of range")
        << withSteps(R"({"action": "apply_discount", "product_id": "P", "percent": -1e400})")
        << "test.json: line 1, column 102: number out of range: '-1e400'";
    QTest::newRow("byte order mark is not a column") << "\xEF\xBB\xBF" + withSteps(R"({"action": 1e400})")
                                                     << "test.json: line 1, column 54: number out of range: '1e400'";
    QTest::newRow("UTF-16 file") << QByteArray("\xFE\xFF\0{\0}", 6)
                                 << "test.json: line 1, column 1: the file is UTF-16 encoded; save it as UTF-8";
    QTest::newRow("NUL byte") << QByteArray("{\"id\": \0}", 9)
                              << "test.json: line 1, column 8: syntax error: unexpected NUL byte (files must be UTF-8 "
                                 "text)";
    QTest::newRow("steps null") << QByteArray(R"({"id": "x", "title": "T", "steps": null})")
                                << "test.json: field steps: must not be null";
    QTest::newRow("very long unknown action") << withSteps("{\"action\": \"" + QByteArray(100000, 'a') + "\"}")
                                              << "test.json: step 0, field action: unknown action \"" + QString(60, 'a')
            + "\u2026\"; expected one of ship_order, deliver_order, ship_line_item, fail_payment, succeed_payment, "
              "update_price, apply_discount, activate_promotion";
    QTest::newRow("new price too large")
        << withSteps(R"({"action": "update_price", "product_id": "P", "new_price": 1e15})")
        << "test.json: step 0 (update_price), field new_price: is too large (found 1e+15)";
    QTest::newRow("repeated key") << withSteps(R"({"action": "ship_order", "order_id": "A", "order_id": "B"})")
                                  << "test.json: field order_id: appears twice in the same object";
    const auto timed = [](const QByteArray& timing) {
        return R"({"id": "t", "title": "T", "timing": )" + timing
            + R"(, "steps": [{"action": "ship_order", "order_id": "O"}]})";
    };
    QTest::newRow("timing not an object")
        << timed("[20]") << "test.json: field timing: must be an object of millisecond values, not array";
    QTest::newRow("timing unknown key")
        << timed(R"({"request": 20})")
        << "test.json: field timing.request: unknown timing key; expected one of request_ms, query_ms, update_ms, "
           "publish_ms, bus_lag_ms, send_ms, action_gap_ms";
    QTest::newRow("timing negative") << timed(R"({"query_ms": -5})")
                                     << "test.json: field timing.query_ms: must not be negative (found -5)";
    QTest::newRow("timing fraction") << timed(R"({"send_ms": 2.5})")
                                     << "test.json: field timing.send_ms: must be a whole number of milliseconds, not "
                                        "number 2.5";
    QTest::newRow("timing text") << timed(R"({"bus_lag_ms": "50"})")
                                 << "test.json: field timing.bus_lag_ms: must be a whole number of milliseconds, not "
                                    "string";
    QTest::newRow("timing too large") << timed(R"({"action_gap_ms": 100000000})")
                                      << "test.json: field timing.action_gap_ms: is too large (found 100000000; at "
                                         "most 86400000, one day)";
    // Faults and policies: two actions, so the last action is 1.
    const auto faulted = [](const QByteArray& faults, const QByteArray& policies = "{}") {
        return R"({"id": "f", "title": "F", "steps": [{"action": "ship_order", "order_id": "O"},
            {"action": "ship_order", "order_id": "P"}], "faults": )"
            + faults + R"(, "policies": )" + policies + "}";
    };
    QTest::newRow("faults not an array") << faulted("{}")
                                         << "test.json: field faults: must be an array of faults, not object";
    QTest::newRow("fault not an object") << faulted("[3]")
                                         << "test.json: fault 0: a fault must be an object with component and mode, "
                                            "not number 3";
    QTest::newRow("fault unknown component")
        << faulted(R"([{"component": "ordering_service", "mode": "down", "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field component: unknown component \"ordering_service\"; expected one of "
           "notification_side, notification_service, event_correlator, event_bus, notification_api, email, sms, "
           "customers, products, orders, carts, preferences, payments";
    QTest::newRow("fault unknown mode")
        << faulted(R"([{"component": "email", "mode": "down", "from_action": 0, "to_action": 0},
                       {"component": "email", "mode": "flaky", "from_action": 0, "to_action": 0}])")
        << "test.json: fault 1, field mode: unknown mode \"flaky\"; expected down, slow, duplicate_delivery or "
           "lose_response";
    QTest::newRow("mode that does not apply")
        << faulted(R"([{"component": "email", "mode": "duplicate_delivery", "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field mode: duplicate_delivery does not apply to email (only the event_bus delivers)";
    QTest::newRow("lose_response on a store")
        << faulted(R"([{"component": "carts", "mode": "lose_response", "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field mode: lose_response does not apply to carts (only the notification API "
           "answers requests)";
    QTest::newRow("to before from") << faulted(
        R"([{"component": "email", "mode": "down", "from_action": 1, "to_action": 0}])")
                                    << "test.json: fault 0, field to_action: is before from_action (0 < 1)";
    QTest::newRow("to past the last action")
        << faulted(R"([{"component": "email", "mode": "down", "from_action": 0, "to_action": 2}])")
        << "test.json: fault 0, field to_action: is past the last action (found 2; the last is 1)";
    QTest::newRow("negative from") << faulted(
        R"([{"component": "email", "mode": "down", "from_action": -1, "to_action": 0}])")
                                   << "test.json: fault 0, field from_action: must not be negative (found -1)";
    QTest::newRow("fractional action")
        << faulted(R"([{"component": "email", "mode": "down", "from_action": 0.5, "to_action": 1}])")
        << "test.json: fault 0, field from_action: must be a whole number, not number 0.5";
    QTest::newRow("missing to_action") << faulted(R"([{"component": "email", "mode": "down", "from_action": 0}])")
                                       << "test.json: fault 0, field to_action: is missing";
    QTest::newRow("slow without extra_ms")
        << faulted(R"([{"component": "carts", "mode": "slow", "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field extra_ms: is missing";
    QTest::newRow("slow with negative extra_ms")
        << faulted(R"([{"component": "email", "mode": "slow", "extra_ms": -8, "from_action": 0, "to_action": 1}])")
        << "test.json: fault 0, field extra_ms: must not be negative (found -8)";
    QTest::newRow("slow with fractional extra_ms")
        << faulted(R"([{"component": "sms", "mode": "slow", "extra_ms": 2.5, "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field extra_ms: must be a whole number of milliseconds, not number 2.5";
    QTest::newRow("duplicate_delivery past the last action")
        << faulted(R"([{"component": "event_bus", "mode": "duplicate_delivery", "from_action": 0, "to_action": 5}])")
        << "test.json: fault 0, field to_action: is past the last action (found 5; the last is 1)";
    QTest::newRow("lose_response of the notification service")
        << faulted(R"([{"component": "notification_service", "mode": "lose_response", "from_action": 0,
                        "to_action": 0}])")
        << "test.json: fault 0, field mode: lose_response does not apply to notification_service (only the "
           "notification API answers requests)";
    QTest::newRow("idempotent_consumer not a flag")
        << faulted("[]", R"({"idempotent_consumer": "yes"})")
        << "test.json: field policies.idempotent_consumer: must be true or false, not string";
    QTest::newRow("extra_ms on a down fault")
        << faulted(R"([{"component": "email", "mode": "down", "extra_ms": 8, "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field extra_ms: only a slow fault has extra_ms";
    QTest::newRow("unknown fault key")
        << faulted(R"([{"component": "email", "mode": "down", "from": 0, "from_action": 0, "to_action": 0}])")
        << "test.json: fault 0, field from: unknown key; expected one of component, mode, from_action, to_action, "
           "extra_ms";
    QTest::newRow("policies not an object")
        << faulted("[]", "[]") << "test.json: field policies: must be an object, not array";
    QTest::newRow("unknown policy key")
        << faulted("[]", R"({"retry": 2})")
        << "test.json: field policies.retry: unknown key; expected one of on_notify_failure, retries, timeout_ms, "
           "backoff_ms, idempotency_key, idempotent_consumer, max_redeliveries";
    QTest::newRow("unknown policy value")
        << faulted("[]", R"({"on_notify_failure": "panic"})")
        << "test.json: field policies.on_notify_failure: unknown policy \"panic\"; expected drop, retry or "
           "fail_operation";
    QTest::newRow("negative timeout") << faulted("[]", R"({"timeout_ms": -1})")
                                      << "test.json: field policies.timeout_ms: must not be negative (found -1)";
    QTest::newRow("fractional backoff")
        << faulted("[]", R"({"backoff_ms": 1.5})")
        << "test.json: field policies.backoff_ms: must be a whole number of milliseconds, not number 1.5";
    QTest::newRow("retries as text") << faulted("[]", R"({"retries": "3"})")
                                     << "test.json: field policies.retries: must be a whole number, not string";
    QTest::newRow("idempotency not a flag")
        << faulted("[]", R"({"idempotency_key": 1})")
        << "test.json: field policies.idempotency_key: must be true or false, not number 1";
    QTest::newRow("missing id") << QByteArray(R"({"title": "T", "steps": []})") << "test.json: field id: is missing";
    QTest::newRow("missing title") << QByteArray(R"({"id": "x", "steps": []})") << "test.json: field title: is missing";
    QTest::newRow("title not a string") << QByteArray(R"({"id": "x", "title": ["T"], "steps": []})")
                                        << "test.json: field title: must be a string, not array";
    QTest::newRow("description not a string")
        << QByteArray(R"({"id": "x", "title": "T", "description": 3, "steps": []})")
        << "test.json: field description: must be a string, not number 3";
    QTest::newRow("watch_for not an array")
        << QByteArray(R"({"id": "x", "title": "T", "watch_for": "the bus", "steps": []})")
        << "test.json: field watch_for: must be an array of strings, not string";
    QTest::newRow("watch_for as an object")
        << QByteArray(R"({"id": "x", "title": "T", "watch_for": {"a": "b"}, "steps": []})")
        << "test.json: field watch_for: must be an array of strings, not object";
    QTest::newRow("watch_for point not a string")
        << QByteArray(R"({"id": "x", "title": "T", "watch_for": ["the bus", 3], "steps": []})")
        << "test.json: field watch_for[1]: must be a string, not number 3";
    QTest::newRow("empty watch_for point") << QByteArray(R"({"id": "x", "title": "T", "watch_for": [""], "steps": []})")
                                           << "test.json: field watch_for[0]: must not be empty";
    QTest::newRow("missing steps") << QByteArray(R"({"id": "x", "title": "T"})")
                                   << "test.json: field steps: is missing";
    QTest::newRow("steps not an array") << QByteArray(R"({"id": "x", "title": "T", "steps": {}})")
                                        << "test.json: field steps: must be an array of steps, not object";
    QTest::newRow("no steps") << withSteps("") << "test.json: field steps: the scenario has no steps";
    QTest::newRow("step not an object") << withSteps("5")
                                        << "test.json: step 0: a step must be an object with an action, not number 5";
    QTest::newRow("missing action") << withSteps(R"({"action": "ship_order", "order_id": "O"}, {"order_id": "O"})")
                                    << "test.json: step 1, field action: is missing";
    QTest::newRow("unknown action") << withSteps(R"({"action": "ship_everything"})")
                                    << "test.json: step 0, field action: unknown action \"ship_everything\"; expected "
                                       "one of "
            + actions;
    QTest::newRow("missing parameter") << withSteps(R"({"action": "ship_order"})")
                                       << "test.json: step 0 (ship_order), field order_id: is missing";
    QTest::newRow("null parameter") << withSteps(R"({"action": "deliver_order", "order_id": null})")
                                    << "test.json: step 0 (deliver_order), field order_id: must not be null";
    QTest::newRow("mistyped parameter") << withSteps(R"({"action": "ship_order", "order_id": 42})")
                                        << "test.json: step 0 (ship_order), field order_id: must be a string, not "
                                           "number 42";
    QTest::newRow("empty id") << withSteps(R"({"action": "ship_order", "order_id": ""})")
                              << "test.json: step 0 (ship_order), field order_id: must not be empty";
    QTest::newRow("line item without product") << withSteps(R"({"action": "ship_line_item", "order_id": "ORD-003"})")
                                               << "test.json: step 0 (ship_line_item), field product_id: is missing";
    QTest::newRow("discount of 150%") << withSteps(R"({"action": "apply_discount", "product_id": "P", "percent": 150})")
                                      << "test.json: step 0 (apply_discount), field percent: must be between 0 and 100 "
                                         "(found 150)";
    QTest::newRow("negative discount")
        << withSteps(R"({"action": "apply_discount", "product_id": "P", "percent": -0.5})")
        << "test.json: step 0 (apply_discount), field percent: must be between 0 and 100 (found -0.5)";
    QTest::newRow("discount as text") << withSteps(
        R"({"action": "apply_discount", "product_id": "P", "percent": "20"})")
                                      << "test.json: step 0 (apply_discount), field percent: must be a number, not "
                                         "string";
    QTest::newRow("negative new price")
        << withSteps(R"({"action": "update_price", "product_id": "P", "new_price": -1})")
        << "test.json: step 0 (update_price), field new_price: must not be negative (found -1)";
    QTest::newRow("new price missing") << withSteps(R"({"action": "update_price", "product_id": "P"})")
                                       << "test.json: step 0 (update_price), field new_price: is missing";
    QTest::newRow("negative amount")
        << withSteps(R"({"action": "fail_payment", "order_id": "O", "failure_reason": "r", "amount": -3.5})")
        << "test.json: step 0 (fail_payment), field amount: must not be negative (found -3.5)";
    QTest::newRow("missing failure reason") << withSteps(R"({"action": "fail_payment", "order_id": "O"})")
                                            << "test.json: step 0 (fail_payment), field failure_reason: is missing";
    QTest::newRow("attempt number zero")
        << withSteps(R"({"action": "fail_payment", "order_id": "O", "failure_reason": "r", "attempt_number": 0})")
        << "test.json: step 0 (fail_payment), field attempt_number: must be between 1 and 1000000 (found 0)";
    QTest::newRow("fractional attempt number")
        << withSteps(R"({"action": "fail_payment", "order_id": "O", "failure_reason": "r", "attempt_number": 1.5})")
        << "test.json: step 0 (fail_payment), field attempt_number: must be a whole number, not number 1.5";
    QTest::newRow("unknown segment") << withSteps("{" + promotion + R"(, "eligible_segments": ["gold", "diamond"]})")
                                     << "test.json: step 0 (activate_promotion), field eligible_segments[1]: unknown "
                                        "segment \"diamond\"; expected bronze, silver, gold or platinum";
    QTest::newRow("no segments")
        << withSteps("{" + promotion + R"(, "eligible_segments": []})")
        << "test.json: step 0 (activate_promotion), field eligible_segments: must name at least "
           "one segment";
    QTest::newRow("segments not an array")
        << withSteps("{" + promotion + R"(, "eligible_segments": "gold"})")
        << "test.json: step 0 (activate_promotion), field eligible_segments: must be "
           "an array of segments, not string";
}

void TestScenarioLoader::badScenario()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        parseScenario(toStd(text), "test.json");
        QFAIL("the scenario was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(QString::fromStdString(error.what()), message);
        QCOMPARE(error.location().file, std::string("test.json"));
    }
}

void TestScenarioLoader::invalidAgainstData_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown order") << QByteArray(R"({"action": "ship_order", "order_id": "ORD-999"})")
                                   << "test.json: step 0 (ship_order), field order_id: unknown order ORD-999";
    QTest::newRow("unknown order for a payment") << QByteArray(
        R"({"action": "ship_order", "order_id": "ORD-001"}, {"action": "fail_payment", "order_id": "ORD-404", "failure_reason": "r"})")
                                                 << "test.json: step 1 (fail_payment), field order_id: unknown order "
                                                    "ORD-404";
    QTest::newRow("unknown product") << QByteArray(
        R"({"action": "update_price", "product_id": "PROD-999", "new_price": 1})")
                                     << "test.json: step 0 (update_price), field product_id: unknown product PROD-999";
    QTest::newRow("unknown product for a discount")
        << QByteArray(R"({"action": "apply_discount", "product_id": "prod-001", "percent": 10})")
        << "test.json: step 0 (apply_discount), field product_id: unknown product prod-001";
    QTest::newRow("line item not in the order") << QByteArray(
        R"({"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-003"}, {"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-001"})")
                                                << "test.json: step 1 (ship_line_item), field product_id: order "
                                                   "ORD-003 has no line item for product PROD-001";
    QTest::newRow("very long unknown order, with a tab")
        << "{\"action\": \"ship_order\", \"order_id\": \"ORD\\t" + QByteArray(100000, 'z') + "\"}"
        << "test.json: step 0 (ship_order), field order_id: unknown order ORD\\t" + QString(56, 'z') + "\u2026";
    QTest::newRow("line item of an unknown order")
        << QByteArray(R"({"action": "ship_line_item", "order_id": "ORD-404", "product_id": "PROD-001"})")
        << "test.json: step 0 (ship_line_item), field order_id: unknown order ORD-404";
}

void TestScenarioLoader::invalidAgainstData()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, message);
    const Scenario scenario = parseScenario(toStd(withSteps(steps)), "test.json");
    try {
        validateScenario(scenario, m_data);
        QFAIL("the scenario was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(QString::fromStdString(error.what()), message);
    }
}

void TestScenarioLoader::missingFile()
{
    const std::string path = notiflow::test::testDataDir() + "/no-such-scenario.json";
    try {
        loadScenarioFile(path);
        QFAIL("a missing file was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(std::string(error.what()), path + ": cannot be opened");
    }
}

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
