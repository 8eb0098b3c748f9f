// Tests of scenario parsing and validation: the built-in scenarios, the parameters each action reads, and a
// catalogue of bad scenarios with the exact message each must produce.

#include "io/datasetloader.h"
#include "io/scenarioloader.h"

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
    return std::string(NOTIFLOW_SOURCE_DATA_DIR) + "/scenarios/" + id.toStdString() + ".json";
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
    m_data = loadDataSetFolder(NOTIFLOW_SOURCE_DATA_DIR);
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
    const std::string path = std::string(NOTIFLOW_TEST_DATA_DIR) + "/no-such-scenario.json";
    try {
        loadScenarioFile(path);
        QFAIL("a missing file was accepted");
    } catch (const LoadError& error) {
        QCOMPARE(std::string(error.what()), path + ": cannot be opened");
    }
}

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
