// The live server's state: actions persist across applies and equal a scenario of the same actions, a run that
// fails halfway (in either architecture) keeps nothing, reset starts afresh, and the session has a cap.
#include "livesession.h"
#include "support/fixtures.h"

#include <QTest>
#include <stdexcept>

using namespace notiflow;

namespace {

std::shared_ptr<const DataSet> baseData()
{
    static const auto data = std::make_shared<const DataSet>(test::defaultData());
    return data;
}

ScenarioAction actionOf(const std::string& stepJson)
{
    return test::scenarioOf("[" + stepJson + "]").actions.front();
}

const Order& orderIn(const DataSet& data, const std::string& id)
{
    return *std::find_if(data.orders.begin(), data.orders.end(), [&](const Order& o) { return o.id == id; });
}

Cents priceIn(const DataSet& data, const std::string& id)
{
    return std::find_if(data.products.begin(), data.products.end(), [&](const Product& p) {
        return p.id == id;
    })->price;
}

QStringList steps(const Run& run)
{
    QStringList list;
    for (const Step& s : run.steps)
        list << QString::fromStdString(
            std::to_string(s.action) + " " + stepKindId(s.kind) + " " + toStdString(s.label));
    return list;
}

} // namespace

class TestLiveSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsFromTheDataSet();
    void actionsPersist();
    void sessionEqualsAScenarioOfItsActions();
    void failedActionKeepsNothing_data();
    void failedActionKeepsNothing();
    void resetDiscardsTheActions();
    void sessionHasACap();
};

void TestLiveSession::startsFromTheDataSet()
{
    LiveSession session(baseData());
    const LiveSession::State state = session.state();
    QCOMPARE(state.actionCount(), std::size_t(0));
    QVERIFY(state.comparison->eventSourced.steps.empty());
    QCOMPARE(orderIn(state.data(Architecture::ApiDriven), "ORD-001").status, OrderStatus::Processing);
}

void TestLiveSession::actionsPersist()
{
    LiveSession session(baseData());
    const auto first = session.apply(actionOf(R"({"action": "ship_order", "order_id": "ORD-001"})"));
    QVERIFY(first);
    QCOMPARE(first->actionCount(), std::size_t(1));
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven })
        QCOMPARE(orderIn(first->data(a), "ORD-001").status, OrderStatus::Shipped);
    QCOMPARE(orderIn(*baseData(), "ORD-001").status, OrderStatus::Processing); // the data set itself is untouched
    QVERIFY(!first->comparison->eventSourced.notifications.empty());

    // The second ship of the same order sees the first: refused, nothing sent.
    const auto second = session.apply(actionOf(R"({"action": "ship_order", "order_id": "ORD-001"})"));
    QVERIFY(second);
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const Run& run = second->comparison->run(a);
        QVERIFY(std::any_of(run.decisions.begin(), run.decisions.end(),
            [](const Decision& d) { return d.action == 1 && d.rule == "order.can_ship" && !d.passed; }));
        QVERIFY(std::none_of(run.notifications.begin(), run.notifications.end(),
            [](const SentNotification& n) { return n.action == 1; }));
    }
    QCOMPARE(session.state().actionCount(), std::size_t(2));
}

void TestLiveSession::sessionEqualsAScenarioOfItsActions()
{
    const char* stepsJson = R"([{"action": "update_price", "product_id": "PROD-001", "new_price": 199.0},
        {"action": "ship_line_item", "order_id": "ORD-001", "product_id": "PROD-008"},
        {"action": "ship_line_item", "order_id": "ORD-001", "product_id": "PROD-006"},
        {"action": "fail_payment", "order_id": "ORD-004", "failure_reason": "card declined"}])";
    const Scenario scenario = test::scenarioOf(stepsJson);
    LiveSession session(baseData());
    for (const ScenarioAction& action : scenario.actions)
        QVERIFY(session.apply(action));
    const LiveSession::State state = session.state();
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven }) {
        DataSet expectedData;
        const Run expected = runScenario(*baseData(), scenario, a, expectedData);
        QCOMPARE(steps(state.comparison->run(a)), steps(expected));
        QCOMPARE(test::outcome(state.comparison->run(a)), test::outcome(expected));
        QCOMPARE(priceIn(state.data(a), "PROD-001"), priceIn(expectedData, "PROD-001"));
        QCOMPARE(priceIn(state.data(a), "PROD-001"), Cents(19900));
        QCOMPARE(state.data(a).payments.size(), baseData()->payments.size() + 1);
        QCOMPARE(state.data(a).payments.back().orderId, std::string("ORD-004"));
    }
    // The order completed when its last item shipped: the correlation over two actions was kept.
    const Run& eventSourced = state.comparison->eventSourced;
    QVERIFY(std::any_of(eventSourced.notifications.begin(), eventSourced.notifications.end(),
        [](const SentNotification& n) { return n.action == 2 && n.type == NotificationType::OrderComplete; }));
}

void TestLiveSession::failedActionKeepsNothing_data()
{
    QTest::addColumn<int>("failing");
    QTest::newRow("event-sourced run fails") << int(Architecture::EventSourced);
    QTest::newRow("API-driven run fails (after the event-sourced one completed)") << int(Architecture::ApiDriven);
}

void TestLiveSession::failedActionKeepsNothing()
{
    QFETCH(int, failing);
    // The real engine, except that the failing architecture's run of a price change stops halfway: after
    // the steps of that action have been recorded and the data changed, as a failure deep inside would.
    bool changedWhenItFailed = false;
    const auto runner = [failing, &changedWhenItFailed](
                            const DataSet& data, const Scenario& scenario, Architecture a, DataSet& finalState) {
        Run run = runScenario(data, scenario, a, finalState);
        if (int(a) == failing && scenario.actions.back().type == ActionType::UpdatePrice) {
            changedWhenItFailed = priceIn(finalState, "PROD-001") != priceIn(data, "PROD-001");
            throw std::runtime_error("failed halfway");
        }
        return run;
    };
    LiveSession session(baseData(), runner);
    QVERIFY(session.apply(actionOf(R"({"action": "ship_order", "order_id": "ORD-001"})")));
    const LiveSession::State before = session.state();

    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
        session.apply(actionOf(R"({"action": "update_price", "product_id": "PROD-001", "new_price": 10.0})")));
    QVERIFY(changedWhenItFailed); // the failure came after the run had changed the price

    const LiveSession::State after = session.state();
    QCOMPARE(after.actionCount(), std::size_t(1));
    QCOMPARE(after.comparison.get(), before.comparison.get());
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven }) {
        QCOMPARE(&after.data(a), &before.data(a));
        QCOMPARE(priceIn(after.data(a), "PROD-001"), priceIn(*baseData(), "PROD-001"));
        QCOMPARE(orderIn(after.data(a), "ORD-001").status, OrderStatus::Shipped);
        QCOMPARE(steps(after.comparison->run(a)), steps(before.comparison->run(a)));
    }

    // The session goes on from where it was: the next action is the second.
    const auto next = session.apply(actionOf(R"({"action": "ship_order", "order_id": "ORD-004"})"));
    QVERIFY(next);
    QCOMPARE(next->actionCount(), std::size_t(2));
    QCOMPARE(orderIn(next->data(Architecture::EventSourced), "ORD-004").status, OrderStatus::Shipped);
}

void TestLiveSession::resetDiscardsTheActions()
{
    LiveSession session(baseData());
    QVERIFY(session.apply(actionOf(R"({"action": "ship_order", "order_id": "ORD-001"})")));
    QVERIFY(session.apply(actionOf(R"({"action": "deliver_order", "order_id": "ORD-002"})")));
    QCOMPARE(session.reset(), std::size_t(2));
    const LiveSession::State state = session.state();
    QCOMPARE(state.actionCount(), std::size_t(0));
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven }) {
        QCOMPARE(orderIn(state.data(a), "ORD-001").status, OrderStatus::Processing);
        QCOMPARE(orderIn(state.data(a), "ORD-002").status, OrderStatus::Shipped);
    }
    QCOMPARE(session.reset(), std::size_t(0));
}

void TestLiveSession::sessionHasACap()
{
    // A runner that does nothing, so that filling the session costs little; the cap is the session's own.
    int runs = 0;
    LiveSession session(baseData(), [&runs](const DataSet& data, const Scenario&, Architecture a, DataSet& out) {
        ++runs;
        out = data;
        Run run;
        run.architecture = a;
        return run;
    });
    const ScenarioAction action = actionOf(R"({"action": "ship_order", "order_id": "ORD-001"})");
    for (std::size_t i = 0; i < LiveSession::maxActions; ++i)
        QVERIFY(session.apply(action));
    QCOMPARE(runs, int(2 * LiveSession::maxActions));
    QVERIFY(!session.apply(action));
    QCOMPARE(runs, int(2 * LiveSession::maxActions)); // refused without running
    QCOMPARE(session.state().actionCount(), LiveSession::maxActions);
    session.reset();
    QVERIFY(session.apply(action));
}

QTEST_GUILESS_MAIN(TestLiveSession)
#include "tst_livesession.moc"
