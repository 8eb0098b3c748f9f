// Every notification rule, run under both architectures on the default data set: both must send exactly the
// expected messages, and therefore the same ones.
#include "support/fixtures.h"

#include <QTest>
#include <set>

Q_DECLARE_METATYPE(notiflow::Component)

using namespace notiflow;
using namespace notiflow::test;

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void builtinScenariosAgree_data();
    void builtinScenariosAgree();
    void rejectedShipmentPublishesNothing();
    void priceDropMessageStatesPricesAndSaving();
    void utf8NamesSurviveIntoMessages();
    void longSmsIsFlagged();
    void paymentAmountDefaultsToOrderTotal();
    void danglingCartCustomerIsTreatedAsAbsent();
    void eachRunStartsFromFreshData();
    void stepsFormACallTree();
    void decisionsNameTheDecidingComponent_data();
    void decisionsNameTheDecidingComponent();
};

void TestEngine::rules_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QStringList>("expected");

    const QString zoeEmail = QStringLiteral("zoe.marchetti@example.com");
    QTest::newRow("ship processing order: email and sms")
        << R"([{"action": "ship_order", "order_id": "ORD-001"}])"
        << QStringList { "ORDER_SHIPPED email " + zoeEmail, "ORDER_SHIPPED sms +1-555-0101" };
    QTest::newRow("ship pending order") << R"([{"action": "ship_order", "order_id": "ORD-004"}])"
                                        << QStringList { "ORDER_SHIPPED email henrik.dahl@example.com",
                                               "ORDER_SHIPPED sms +1-555-0104" };
    QTest::newRow("ship shipped order: rejected")
        << R"([{"action": "ship_order", "order_id": "ORD-002"}])" << QStringList {};
    QTest::newRow("ship delivered order: rejected")
        << R"([{"action": "ship_order", "order_id": "ORD-005"}])" << QStringList {};
    QTest::newRow("ship cancelled order: rejected")
        << R"([{"action": "ship_order", "order_id": "ORD-006"}])" << QStringList {};
    QTest::newRow("deliver shipped order: email only by preference")
        << R"([{"action": "deliver_order", "order_id": "ORD-002"}])"
        << QStringList { "ORDER_DELIVERED email lukasz.nowak@example.com" };
    QTest::newRow("deliver processing order: rejected")
        << R"([{"action": "deliver_order", "order_id": "ORD-001"}])" << QStringList {};
    QTest::newRow("ship then deliver") << R"([{"action": "ship_order", "order_id": "ORD-001"},
                                              {"action": "deliver_order", "order_id": "ORD-001"}])"
                                       << QStringList { "ORDER_DELIVERED email " + zoeEmail,
                                              "ORDER_DELIVERED sms +1-555-0101", "ORDER_SHIPPED email " + zoeEmail,
                                              "ORDER_SHIPPED sms +1-555-0101" };
    QTest::newRow("payment failed: both channels")
        << R"([{"action": "fail_payment", "order_id": "ORD-004", "failure_reason": "Card expired"}])"
        << QStringList { "PAYMENT_FAILED email henrik.dahl@example.com", "PAYMENT_FAILED sms +1-555-0104" };
    QTest::newRow("payment failed: sms-only customer")
        << R"([{"action": "fail_payment", "order_id": "ORD-006", "failure_reason": "Card expired"}])"
        << QStringList { "PAYMENT_FAILED sms +1-555-0107" };
    QTest::newRow("payment succeeded: no preference record means email")
        << R"([{"action": "succeed_payment", "order_id": "ORD-007"}])"
        << QStringList { "PAYMENT_SUCCESS email ines.duval@example.com" };
    QTest::newRow("price drop: gold and platinum opted in")
        << R"([{"action": "apply_discount", "product_id": "PROD-001", "percent": 20}])"
        << QStringList { "PRICE_DROP_ALERT email " + zoeEmail, "PRICE_DROP_ALERT sms +1-555-0101",
               "PRICE_DROP_ALERT sms +1-555-0102" };
    QTest::newRow("price drop by update_price")
        << R"([{"action": "update_price", "product_id": "PROD-001", "new_price": 10}])"
        << QStringList { "PRICE_DROP_ALERT email " + zoeEmail, "PRICE_DROP_ALERT sms +1-555-0101",
               "PRICE_DROP_ALERT sms +1-555-0102" };
    QTest::newRow("price rise: nothing")
        << R"([{"action": "update_price", "product_id": "PROD-001", "new_price": 999}])" << QStringList {};
    QTest::newRow("same price: nothing")
        << R"([{"action": "update_price", "product_id": "PROD-001", "new_price": 249.00}])" << QStringList {};
    QTest::newRow("discount of 0%: nothing")
        << R"([{"action": "apply_discount", "product_id": "PROD-001", "percent": 0}])" << QStringList {};
    QTest::newRow("price drop held only by silver: nothing")
        << R"([{"action": "apply_discount", "product_id": "PROD-005", "percent": 50}])" << QStringList {};
    QTest::newRow("price drop held by nobody: nothing")
        << R"([{"action": "apply_discount", "product_id": "PROD-003", "percent": 50}])" << QStringList {};
    QTest::newRow("price drop, gold email-only alert")
        << R"([{"action": "apply_discount", "product_id": "PROD-008", "percent": 10}])"
        << QStringList { "PRICE_DROP_ALERT email oskar.lindqvist@example.com" };
    QTest::newRow("order complete: earlier shipped item counts, cancelled ignored, twice counts once")
        << R"([{"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-003"},
               {"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-003"},
               {"action": "ship_line_item", "order_id": "ORD-003", "product_id": "PROD-009"}])"
        << QStringList { "ORDER_COMPLETE email amara.okafor@example.com" };
    QTest::newRow("order not complete while an item is pending")
        << R"([{"action": "ship_line_item", "order_id": "ORD-004", "product_id": "PROD-005"}])" << QStringList {};
    QTest::newRow("order complete exactly once even when re-shipped after completion")
        << R"([{"action": "ship_line_item", "order_id": "ORD-004", "product_id": "PROD-005"},
               {"action": "ship_line_item", "order_id": "ORD-004", "product_id": "PROD-007"},
               {"action": "ship_line_item", "order_id": "ORD-004", "product_id": "PROD-007"}])"
        << QStringList { "ORDER_COMPLETE email henrik.dahl@example.com", "ORDER_COMPLETE sms +1-555-0104" };
    QTest::newRow("promotion to gold and platinum who opted in")
        << R"([{"action": "activate_promotion", "promotion_id": "P1", "name": "Gold Days", "description": "Ten off.",
                "eligible_segments": ["gold", "platinum"], "end_date": "2026-05-01"}])"
        << QStringList { "PROMOTION_AVAILABLE email henrik.dahl@example.com",
               "PROMOTION_AVAILABLE email meilin.chou@example.com", "PROMOTION_AVAILABLE email " + zoeEmail,
               "PROMOTION_AVAILABLE sms +1-555-0109" };
    QTest::newRow("promotion to bronze: no preference category means not opted in")
        << R"([{"action": "activate_promotion", "promotion_id": "P2", "name": "Bronze Days", "description": "Five off.",
                "eligible_segments": ["bronze"], "end_date": "2026-05-01", "promo_code": "B5"}])"
        << QStringList { "PROMOTION_AVAILABLE email tomas.herrera@example.com" };
}

void TestEngine::rules()
{
    QFETCH(QString, steps);
    QFETCH(QStringList, expected);
    const Scenario scenario = scenarioOf(steps.toStdString());
    validateScenario(scenario, defaultData());
    const Comparison c = compareArchitectures(defaultData(), scenario);
    QCOMPARE(outcome(c.eventSourced), expected);
    QCOMPARE(outcome(c.apiDriven), expected);
    QVERIFY(c.sameNotifications);
    QVERIFY(c.differences.empty());
}

void TestEngine::builtinScenariosAgree_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("notifications");
    QTest::newRow("order-shipped") << "order-shipped" << 2;
    QTest::newRow("order-delivered") << "order-delivered" << 1;
    QTest::newRow("payment-failed") << "payment-failed" << 2;
    QTest::newRow("payment-succeeded") << "payment-succeeded" << 1;
    QTest::newRow("price-drop") << "price-drop" << 3;
    QTest::newRow("order-complete") << "order-complete" << 1;
    QTest::newRow("promotion") << "promotion" << 4;
}

void TestEngine::builtinScenariosAgree()
{
    QFETCH(QString, id);
    QFETCH(int, notifications);
    const Scenario scenario = builtinScenario(id.toStdString());
    validateScenario(scenario, defaultData());
    const Comparison c = compareArchitectures(defaultData(), scenario);
    QVERIFY(c.sameNotifications);
    QCOMPARE(int(c.eventSourced.notifications.size()), notifications);
    QCOMPARE(outcome(c.eventSourced), outcome(c.apiDriven));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        QCOMPARE(run->actionFirstStep.size(), scenario.actions.size());
        for (std::size_t i = 0; i < run->steps.size(); ++i) {
            QCOMPARE(run->steps[i].index, int(i));
            QVERIFY(!run->text(int(i)).caption.empty());
            QVERIFY(!run->steps[i].label.empty());
        }
    }
}

void TestEngine::rejectedShipmentPublishesNothing()
{
    const Comparison c
        = compareArchitectures(defaultData(), scenarioOf(R"([{"action": "ship_order", "order_id": "ORD-002"}])"));
    QCOMPARE(countSteps(c.eventSourced, StepKind::Publish), 0);
    QCOMPARE(countSteps(c.apiDriven, StepKind::Request), 0);
    QCOMPARE(countSteps(c.eventSourced, StepKind::Update), 0);
    const auto& d = c.eventSourced.decisions.front();
    QCOMPARE(d.rule, std::string("order.can_ship"));
    QVERIFY(!d.passed);
    QCOMPARE(d.component, Component::OrderingService);
}

void TestEngine::priceDropMessageStatesPricesAndSaving()
{
    const Comparison c = compareArchitectures(defaultData(), builtinScenario("price-drop"));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        const auto& email = run->notifications.front();
        QCOMPARE(email.channel, Channel::Email);
        const QString body = QString::fromStdString(email.body);
        QVERIFY2(body.contains("$249.00") && body.contains("$199.20"), qPrintable(body));
        QVERIFY2(body.contains("$49.80") && body.contains("20%"), qPrintable(body));
        QVERIFY(QString::fromStdString(email.subject).contains("Aurora Wireless Headphones"));
    }
}

void TestEngine::utf8NamesSurviveIntoMessages()
{
    const Comparison c = compareArchitectures(defaultData(), builtinScenario("price-drop"));
    const auto& email = c.apiDriven.notifications.front();
    QVERIFY(QString::fromStdString(email.body).startsWith(QStringLiteral("Hello Zoë,")));
}

void TestEngine::longSmsIsFlagged()
{
    const std::string reason(150, 'x');
    const Comparison c = compareArchitectures(defaultData(),
        scenarioOf(R"([{"action": "fail_payment", "order_id": "ORD-004", "failure_reason": ")" + reason + "\"}]"));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        bool flagged = false;
        run->forEachStepWithText([&](const NarratedStep& step) {
            if (step.kind == StepKind::Send && step.to == Component::Sms)
                flagged = step.detailJson().at("over_160_characters").get<bool>();
        });
        QVERIFY(flagged);
    }
}

void TestEngine::paymentAmountDefaultsToOrderTotal()
{
    const auto& orders = defaultData().orders;
    const auto order = std::find_if(orders.begin(), orders.end(), [](const Order& o) { return o.id == "ORD-007"; });
    QVERIFY(order != orders.end());
    const Comparison c
        = compareArchitectures(defaultData(), scenarioOf(R"([{"action": "succeed_payment", "order_id": "ORD-007"}])"));
    const QString expected = "$" + QString::fromStdString(formatMoney(order->totalAmount));
    QVERIFY2(
        QString::fromStdString(c.eventSourced.notifications.front().body).contains(expected), qPrintable(expected));
    const Comparison custom = compareArchitectures(
        defaultData(), scenarioOf(R"([{"action": "succeed_payment", "order_id": "ORD-007", "amount": 12.5}])"));
    QVERIFY(QString::fromStdString(custom.apiDriven.notifications.front().body).contains("$12.50"));
}

void TestEngine::danglingCartCustomerIsTreatedAsAbsent()
{
    DataSet data = defaultData();
    data.carts.push_back({ "CUST-404", { { "PROD-001", 1, "2026-01-01T00:00:00Z" } }, "2026-01-01T00:00:00Z" });
    const Comparison c = compareArchitectures(data, builtinScenario("price-drop"));
    QVERIFY(c.sameNotifications);
    QCOMPARE(c.eventSourced.notifications.size(), std::size_t(3));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        const auto missing = std::find_if(run->decisions.begin(), run->decisions.end(),
            [](const Decision& d) { return d.subject == "CUST-404" && d.rule == "customer.exists"; });
        QVERIFY(missing != run->decisions.end());
        QVERIFY(!missing->passed);
    }
}

void TestEngine::eachRunStartsFromFreshData()
{
    // Shipping twice within one scenario is rejected the second time, but a new run starts over.
    const Scenario scenario = scenarioOf(R"([{"action": "ship_order", "order_id": "ORD-001"}])");
    const Comparison first = compareArchitectures(defaultData(), scenario);
    const Comparison second = compareArchitectures(defaultData(), scenario);
    QCOMPARE(outcome(first.eventSourced), outcome(second.eventSourced));
    QCOMPARE(second.eventSourced.notifications.size(), std::size_t(2));
}

void TestEngine::stepsFormACallTree()
{
    const Comparison c = compareArchitectures(defaultData(), builtinScenario("price-drop"));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        for (const auto& step : run->steps) {
            if (step.kind == StepKind::Trigger) {
                QCOMPARE(step.parent, -1);
                QCOMPARE(step.from, Component::OutsideWorld);
            } else {
                QVERIFY(step.parent >= 0 && step.parent < step.index);
                QCOMPARE(run->steps[std::size_t(step.parent)].action, step.action);
            }
            QCOMPARE(step.synchronous, step.kind != StepKind::Publish && step.kind != StepKind::Deliver);
        }
    }
}

void TestEngine::decisionsNameTheDecidingComponent_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Component>("eventSourced");
    QTest::addColumn<Component>("apiDriven");
    QTest::newRow("price drop segment") << "price-drop"
                                        << "price_drop.segment" << Component::NotificationService
                                        << Component::PricingService;
    QTest::newRow("price drop opt-in") << "price-drop"
                                       << "price_drop.opted_in" << Component::NotificationService
                                       << Component::PricingService;
    QTest::newRow("channel routing") << "price-drop"
                                     << "channels.route" << Component::NotificationService
                                     << Component::NotificationApi;
    QTest::newRow("order completion") << "order-complete"
                                      << "order_complete.all_items_shipped" << Component::EventCorrelator
                                      << Component::OrderingService;
    QTest::newRow("status notifies") << "order-shipped"
                                     << "order_update.status_notifies" << Component::NotificationService
                                     << Component::OrderingService;
    QTest::newRow("promotion opt-in") << "promotion"
                                      << "promotion.opted_in" << Component::NotificationService
                                      << Component::PromotionsService;
    QTest::newRow("payment failure is reported")
        << "payment-failed"
        << "payment.notify_on_failure" << Component::NotificationService << Component::BillingService;
    QTest::newRow("can ship is the ordering domain's in both")
        << "order-shipped"
        << "order.can_ship" << Component::OrderingService << Component::OrderingService;
}

void TestEngine::decisionsNameTheDecidingComponent()
{
    QFETCH(QString, scenario);
    QFETCH(QString, rule);
    QFETCH(Component, eventSourced);
    QFETCH(Component, apiDriven);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    auto deciders = [&](const Run& run) {
        std::set<Component> found;
        for (const auto& d : run.decisions) {
            if (d.rule == rule.toStdString())
                found.insert(d.component);
        }
        return found;
    };
    QCOMPARE(deciders(c.eventSourced), std::set<Component> { eventSourced });
    QCOMPARE(deciders(c.apiDriven), std::set<Component> { apiDriven });
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
