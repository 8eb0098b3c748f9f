// Faults carried out by the mechanisms: a down notification side (the bus queues; the API times out and the caller
// drops or retries), a down email provider (the bus redelivers with backoff, then dead-letters), and the event
// correlator marking an order complete only once its hand-over succeeded. Times are checked by hand against the
// fault-free run of the same architecture.
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QTest>

using namespace notiflow;
using namespace notiflow::test;

class TestFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void faultFreeRunsHaveNoFailures_data();
    void faultFreeRunsHaveNoFailures();
    void busQueuesWhileTheNotificationServiceIsDown();
    void apiDownWithPolicy_data();
    void apiDownWithPolicy();
    void emailDownIsRedeliveredOrDeadLettered_data();
    void emailDownIsRedeliveredOrDeadLettered();
    void correlatorCompletesOnlyAfterTheHandOver();
    void faultOnAComponentTheArchitectureLacks();
    void failOperationRollsBack_data();
    void failOperationRollsBack();
    void storeOrBusDown_data();
    void storeOrBusDown();
    void everyFaultRunsToTheEnd_data();
    void everyFaultRunsToTheEnd();
};

namespace {
int countLabelled(const Run& run, StepKind kind, const std::string& prefix)
{
    return static_cast<int>(std::count_if(run.steps.begin(), run.steps.end(),
        [&](const Step& s) { return s.kind == kind && std::string_view(s.label).starts_with(prefix); }));
}

const Step& first(const Run& run, StepKind kind, const std::string& prefix = {})
{
    for (const auto& s : run.steps) {
        if (s.kind == kind && std::string_view(s.label).starts_with(prefix))
            return s;
    }
    throw std::runtime_error("no such step");
}

// When a fault whose to_action is `to` ends: the fault-free start of the next action, or after the last action the
// fault-free run's end plus action_gap_ms.
std::int64_t windowEnd(const Run& faultFree, const Scenario& scenario, int to)
{
    if (to + 1 < static_cast<int>(faultFree.actionStartMs.size()))
        return faultFree.actionStartMs[std::size_t(to + 1)];
    return faultFree.endMs + scenario.timing.actionGapMs;
}
} // namespace

void TestFaults::faultFreeRunsHaveNoFailures_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : { "order-shipped", "order-delivered", "order-complete", "payment-failed", "payment-succeeded",
             "price-drop", "promotion" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

// Without faults nothing is queued, retried or dead-lettered, and the outcome is all zeros.
void TestFaults::faultFreeRunsHaveNoFailures()
{
    QFETCH(QString, id);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(id.toStdString()));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        QCOMPARE(countLabelled(*run, StepKind::Failure, "queued"), 0);
        QCOMPARE(countLabelled(*run, StepKind::Failure, "timeout"), 0);
        QCOMPARE(countLabelled(*run, StepKind::Failure, "dead letter"), 0);
        QCOMPARE(countLabelled(*run, StepKind::Failure, "notification lost"), 0);
        // No step carries a fault's effect, no queue grows, and the run is its own baseline.
        QVERIFY(std::none_of(
            run->steps.begin(), run->steps.end(), [](const Step& s) { return s.effect != FaultEffect::None; }));
        QVERIFY(run->queueDepths.empty());
        const Outcome& o = run->outcome;
        QCOMPARE(o.lost + o.delayed + o.duplicated + o.retries + o.deadLettered + o.maxQueueDepth, 0);
        QVERIFY(o.failedActions.empty() && o.unaffectedFaults.empty());
        QCOMPARE(o.triggerLatencyMs.size(), c.scenario.actions.size());
    }
}

// Event-sourced: publishing succeeds, the event waits on the bus until the service is back, then every
// notification of the fault-free run is sent, later.
void TestFaults::busQueuesWhileTheNotificationServiceIsDown()
{
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario faulted = withFaults(
        plain, R"("faults": [{"component": "notification_side", "mode": "down", "from_action": 0, "to_action": 0}])");
    const Run before = runScenario(defaultData(), plain, Architecture::EventSourced);
    const Run after = runScenario(defaultData(), faulted, Architecture::EventSourced);
    const std::int64_t back = windowEnd(before, plain, 0);
    QCOMPARE(outcome(after), outcome(before));
    QCOMPARE(countLabelled(after, StepKind::Failure, "queued"), 1);
    // The trigger did not wait for the notification side.
    QCOMPARE(first(after, StepKind::Trigger).endMs, first(before, StepKind::Trigger).endMs);
    QCOMPARE(first(after, StepKind::Deliver).atMs, back);
    for (const auto& n : after.notifications)
        QVERIFY(n.atMs >= back);
}

void TestFaults::apiDownWithPolicy_data()
{
    QTest::addColumn<QString>("policies");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("sent");
    // Drop: one request, which times out after 1000 ms; the notification is lost.
    QTest::newRow("drop") << R"({"on_notify_failure": "drop"})" << 1 << false;
    // Retry with backoff 100, 200, ...: attempts at t, t+1100, t+2300; the API is back before the third.
    QTest::newRow("retry until back") << R"({"on_notify_failure": "retry", "retries": 3, "backoff_ms": 100})" << 3
                                      << true;
    // One retry only: both attempts fall in the outage; lost after 2 attempts.
    QTest::newRow("retry gives up") << R"({"on_notify_failure": "retry", "retries": 1, "backoff_ms": 100})" << 2
                                    << false;
}

// API-driven: the ordering service's POST /notify times out and its policy decides; the trigger waits throughout.
void TestFaults::apiDownWithPolicy()
{
    QFETCH(QString, policies);
    QFETCH(int, requests);
    QFETCH(bool, sent);
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario faulted = withFaults(plain,
        R"("faults": [{"component": "notification_api", "mode": "down", "from_action": 0, "to_action": 0}],
           "policies": )"
            + policies.toStdString());
    const Run before = runScenario(defaultData(), plain, Architecture::ApiDriven);
    const Run after = runScenario(defaultData(), faulted, Architecture::ApiDriven);
    const std::int64_t back = windowEnd(before, plain, 0);
    const std::int64_t firstCall = first(before, StepKind::Request).atMs;
    // Attempts start at firstCall, +1000+100, +1000+100+1000+200: the outage ends between the second and third.
    QVERIFY(back > firstCall + 1100 && back < firstCall + 2300);
    QCOMPARE(countSteps(after, StepKind::Request), requests);
    QCOMPARE(first(after, StepKind::Request).atMs, firstCall);
    QCOMPARE(first(after, StepKind::Failure, "timeout").atMs, firstCall + 1000);
    QCOMPARE(countLabelled(after, StepKind::Failure, "notification lost"), sent ? 0 : 1);
    if (sent) {
        QCOMPARE(outcome(after), outcome(before));
        QCOMPARE(after.steps[std::size_t(after.notifications.front().step)].parent >= 0, true);
        QVERIFY(after.notifications.front().atMs > back);
        QVERIFY(first(after, StepKind::Trigger).endMs > after.notifications.front().atMs);
    } else {
        QVERIFY(after.notifications.empty());
        const std::int64_t lastTimeout = firstCall + 1000 + (requests == 2 ? 100 + 1000 : 0);
        QCOMPARE(first(after, StepKind::Trigger).endMs, lastTimeout);
    }
    // Actions never overlap: the next one starts when planned or once this trigger has returned.
    QCOMPARE(after.actionStartMs.at(1), std::max(before.actionStartMs.at(1), first(after, StepKind::Trigger).endMs));
}

void TestFaults::emailDownIsRedeliveredOrDeadLettered_data()
{
    QTest::addColumn<int>("maxRedeliveries");
    QTest::addColumn<bool>("deadLettered");
    QTest::newRow("redelivered until back") << 5 << false;
    QTest::newRow("dead-lettered at once") << 0 << true;
}

// Event-sourced: the notification service cannot send the email, does not acknowledge, and the bus tries again
// with a doubling backoff; with no redeliveries allowed the event goes to the dead-letter queue.
void TestFaults::emailDownIsRedeliveredOrDeadLettered()
{
    QFETCH(int, maxRedeliveries);
    QFETCH(bool, deadLettered);
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario faulted = withFaults(plain,
        R"("faults": [{"component": "email", "mode": "down", "from_action": 0, "to_action": 0}],
           "policies": {"max_redeliveries": )"
            + std::to_string(maxRedeliveries) + "}");
    const Run before = runScenario(defaultData(), plain, Architecture::EventSourced);
    const Run after = runScenario(defaultData(), faulted, Architecture::EventSourced);
    const int emailsBefore = static_cast<int>(std::count_if(before.notifications.begin(), before.notifications.end(),
        [](const SentNotification& n) { return n.channel == Channel::Email; }));
    const int emailsAfter = static_cast<int>(std::count_if(after.notifications.begin(), after.notifications.end(),
        [](const SentNotification& n) { return n.channel == Channel::Email; }));
    QCOMPARE(emailsBefore, 1);
    QCOMPARE(countLabelled(after, StepKind::Failure, "dead letter"), deadLettered ? 1 : 0);
    QCOMPARE(emailsAfter, deadLettered ? 0 : 1);
    if (!deadLettered) {
        // Each redelivery waits 200, 400, 800 ms after the failure before it: the first after the window's end
        // succeeds.
        const std::int64_t back = windowEnd(before, plain, 0);
        std::vector<std::int64_t> deliveries;
        for (const auto& s : after.steps) {
            if (s.kind == StepKind::Deliver && s.to == Component::NotificationService)
                deliveries.push_back(s.atMs);
        }
        QVERIFY(deliveries.size() >= 2);
        QVERIFY(deliveries.back() >= back);
        QVERIFY(deliveries[deliveries.size() - 2] < back);
        // Without an idempotent consumer every handling sends the SMS again: duplicates from a partial failure.
        const auto sms = std::count_if(after.notifications.begin(), after.notifications.end(),
            [](const SentNotification& n) { return n.channel == Channel::Sms; });
        QCOMPARE(std::size_t(sms), deliveries.size());
    }
}

// order-complete ships the last item in its last action; with the notification service down then, the correlator's
// hand-over times out and the order is not marked complete: the redelivery succeeds once the service is back.
void TestFaults::correlatorCompletesOnlyAfterTheHandOver()
{
    const Scenario plain = builtinScenario("order-complete");
    const int last = static_cast<int>(plain.actions.size()) - 1;
    const Scenario faulted = withFaults(plain,
        R"("faults": [{"component": "notification_service", "mode": "down", "from_action": )" + std::to_string(last)
            + R"(, "to_action": )" + std::to_string(last) + "}]");
    const Run before = runScenario(defaultData(), plain, Architecture::EventSourced);
    const Run after = runScenario(defaultData(), faulted, Architecture::EventSourced);
    const auto complete = [](const Run& run) {
        return std::count_if(run.notifications.begin(), run.notifications.end(),
            [](const SentNotification& n) { return n.type == NotificationType::OrderComplete; });
    };
    QVERIFY(complete(before) > 0);
    QVERIFY(countLabelled(after, StepKind::Failure, "timeout") > 0);
    QCOMPARE(complete(after), complete(before));
    QCOMPARE(countLabelled(after, StepKind::Failure, "dead letter"), 0);
}

// The event correlator is not part of the API-driven platform: a fault on it changes nothing there.
void TestFaults::faultOnAComponentTheArchitectureLacks()
{
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario faulted = withFaults(
        plain, R"("faults": [{"component": "event_correlator", "mode": "down", "from_action": 0, "to_action": 0}])");
    const Run before = runScenario(defaultData(), plain, Architecture::ApiDriven);
    const Run after = runScenario(defaultData(), faulted, Architecture::ApiDriven);
    QCOMPARE(after.steps.size(), before.steps.size());
    QCOMPARE(outcome(after), outcome(before));
    QCOMPARE(after.endMs, before.endMs);
}

void TestFaults::failOperationRollsBack_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("component");
    QTest::addColumn<std::vector<int>>("failed");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("sent");
    QTest::addColumn<QString>("status"); // of ORD-001 once the run is over
    QTest::addColumn<qint64>("triggerEnd");
    // The call times out at 15 + 1000; the rollback (an update, 10 ms) ends the trigger with an error at 1025.
    QTest::newRow("api, notification API down")
        << "api"
        << "notification_api" << std::vector<int> { 0 } << 2 << 0 << "PROCESSING" << qint64(1025);
    // The API answers at 165 that the email failed (the SMS went at 45): the order is rolled back, the SMS stands.
    QTest::newRow("api, email down") << "api"
                                     << "email" << std::vector<int> { 0 } << 1 << 1 << "PROCESSING" << qint64(175);
    // Event-sourced: publishing succeeds while the notification side is down; the policy has nothing to fail.
    QTest::newRow("es, notification side down")
        << "es"
        << "notification_side" << std::vector<int> {} << 0 << 2 << "SHIPPED" << qint64(17);
}

// fail_operation: the ordering service undoes the shipment when it cannot notify, and the trigger fails.
void TestFaults::failOperationRollsBack()
{
    QFETCH(QString, architecture);
    QFETCH(QString, component);
    QFETCH(std::vector<int>, failed);
    QFETCH(int, lost);
    QFETCH(int, sent);
    QFETCH(QString, status);
    QFETCH(qint64, triggerEnd);
    const Scenario faulted = withFaults(builtinScenario("order-shipped"),
        R"("faults": [{"component": ")" + component.toStdString()
            + R"(", "mode": "down", "from_action": 0, "to_action": 0}],
           "policies": {"on_notify_failure": "fail_operation"})");
    DataSet after;
    const Architecture a = architecture == "es" ? Architecture::EventSourced : Architecture::ApiDriven;
    const Run run = runScenario(defaultData(), faulted, a, after);
    QCOMPARE(run.outcome.failedActions, failed);
    QCOMPARE(run.outcome.lost, lost);
    QCOMPARE(int(run.notifications.size()), sent);
    QCOMPARE(first(run, StepKind::Trigger).endMs, triggerEnd);
    const auto order
        = std::find_if(after.orders.begin(), after.orders.end(), [](const Order& o) { return o.id == "ORD-001"; });
    QVERIFY(order != after.orders.end());
    QCOMPARE(QString::fromLatin1(orderStatusId(order->status)), status);
    const auto rollbacks = std::count_if(
        run.steps.begin(), run.steps.end(), [](const Step& s) { return s.effect == FaultEffect::Rollback; });
    QCOMPARE(int(rollbacks), failed.empty() ? 0 : 1);
}

void TestFaults::storeOrBusDown_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<std::vector<int>>("failed");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("delayed");
    QTest::addColumn<qint64>("triggerLatency"); // of the first action
    QTest::addColumn<QString>("status"); // of ORD-001 once the run is over
    // The ordering service's own store: its first read (at 0) times out at 1000, the order does not ship.
    QTest::newRow("es, orders down") << "es"
                                     << "orders"
                                     << "drop" << std::vector<int> { 0 } << 2 << 0 << qint64(1000) << "PROCESSING";
    QTest::newRow("api, orders down") << "api"
                                      << "orders"
                                      << "drop" << std::vector<int> { 0 } << 2 << 0 << qint64(1000) << "PROCESSING";
    // A read on the notification side. Event-sourced: the handler fails (timeout 67 → 1067), the bus redelivers at
    // 1267 (still down: fails again by 2267) and at 2667, when it is back: both messages, late.
    QTest::newRow("es, customers down") << "es"
                                        << "customers"
                                        << "drop" << std::vector<int> {} << 0 << 2 << qint64(17) << "SHIPPED";
    // API-driven: the API's read times out (35 → 1035) and it answers 503; the ordering service drops the message.
    QTest::newRow("api, customers down") << "api"
                                         << "customers"
                                         << "drop" << std::vector<int> {} << 2 << 0 << qint64(1055) << "SHIPPED";
    // The bus itself: publishing (at 15) times out at 1015; drop loses the event, fail_operation rolls back.
    QTest::newRow("es, bus down, drop") << "es"
                                        << "event_bus"
                                        << "drop" << std::vector<int> {} << 2 << 0 << qint64(1015) << "SHIPPED";
    QTest::newRow("es, bus down, fail_operation")
        << "es"
        << "event_bus"
        << "fail_operation" << std::vector<int> { 0 } << 2 << 0 << qint64(1025) << "PROCESSING";
    // Retries at 1215 (still down, times out at 2215) and 2615: published, delivered at 2667, sent late.
    QTest::newRow("es, bus down, retry") << "es"
                                         << "event_bus"
                                         << "retry" << std::vector<int> {} << 0 << 2 << qint64(2617) << "SHIPPED";
    QTest::newRow("api, bus down") << "api"
                                   << "event_bus"
                                   << "drop" << std::vector<int> {} << 0 << 0 << qint64(265) << "SHIPPED";
}

// A data store or the event bus down: the caller times out, and what fails follows from whose it is.
void TestFaults::storeOrBusDown()
{
    QFETCH(QString, architecture);
    QFETCH(QString, component);
    QFETCH(QString, policy);
    QFETCH(std::vector<int>, failed);
    QFETCH(int, lost);
    QFETCH(int, delayed);
    QFETCH(qint64, triggerLatency);
    QFETCH(QString, status);
    const Scenario faulted = withFaults(builtinScenario("order-shipped"),
        R"("faults": [{"component": ")" + component.toStdString()
            + R"(", "mode": "down", "from_action": 0, "to_action": 0}],
           "policies": {"on_notify_failure": ")"
            + policy.toStdString() + R"("})");
    DataSet after;
    const Architecture a = architecture == "es" ? Architecture::EventSourced : Architecture::ApiDriven;
    const Run run = runScenario(defaultData(), faulted, a, after);
    QCOMPARE(run.outcome.failedActions, failed);
    QCOMPARE(run.outcome.lost, lost);
    QCOMPARE(run.outcome.delayed, delayed);
    QCOMPARE(qint64(run.outcome.triggerLatencyMs.at(0)), triggerLatency);
    const auto order
        = std::find_if(after.orders.begin(), after.orders.end(), [](const Order& o) { return o.id == "ORD-001"; });
    QVERIFY(order != after.orders.end());
    QCOMPARE(QString::fromLatin1(orderStatusId(order->status)), status);
    // Nothing waits at the end of the run, and a fault the architecture lacks is said to be so.
    if (!run.queueDepths.empty())
        QCOMPARE(run.queueDepths.back().depth, 0);
    QCOMPARE(run.outcome.unaffectedFaults.empty(), !(component == "event_bus" && a == Architecture::ApiDriven));
}

void TestFaults::everyFaultRunsToTheEnd_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("policies");
    std::vector<std::string> components { "notification_side" };
    for (const Component c : faultableComponents())
        components.emplace_back(componentId(c));
    for (const char* scenario : { "order-complete", "promotion", "price-drop" }) {
        for (const auto& component : components) {
            for (const char* mode : { "down", "slow", "duplicate_delivery", "lose_response" }) {
                const auto parsed = faultModeFromId(mode);
                const auto it = std::find_if(faultableComponents().begin(), faultableComponents().end(),
                    [&component](Component c) { return componentId(c) == component; });
                const std::optional<Component> target
                    = it == faultableComponents().end() ? std::nullopt : std::optional<Component>(*it);
                if (!faultModeApplies(*parsed, target))
                    continue;
                const std::string fault = R"({"component": ")" + component + R"(", "mode": ")" + mode
                    + R"(", "from_action": 0, "to_action": 0)"
                    + (std::string(mode) == "slow" ? R"(, "extra_ms": 300})" : "}");
                for (const char* policies : { R"({"on_notify_failure": "retry", "retries": 2, "max_redeliveries": 2})",
                         R"({"on_notify_failure": "fail_operation", "idempotency_key": true,
                            "idempotent_consumer": true})" }) {
                    QTest::addRow("%s %s %s %s", scenario, component.c_str(), mode,
                        std::string(policies).find("retry") != std::string::npos ? "retry" : "fail_operation")
                        << scenario << QString::fromStdString(fault) << policies;
                }
            }
        }
    }
}

// Any fault the format allows, with either policy, runs to the end in both architectures: queues drain, time only
// moves forward from each action's start, and the call tree stays a tree.
void TestFaults::everyFaultRunsToTheEnd()
{
    QFETCH(QString, scenario);
    QFETCH(QString, fault);
    QFETCH(QString, policies);
    const Scenario faulted = withFaults(builtinScenario(scenario.toStdString()),
        R"("faults": [)" + fault.toStdString() + R"(], "policies": )" + policies.toStdString());
    for (const Architecture a : allArchitectures) {
        const Run run = runScenario(defaultData(), faulted, a);
        if (!run.queueDepths.empty())
            QCOMPARE(run.queueDepths.back().depth, 0);
        for (const Step& s : run.steps) {
            QVERIFY(s.parent < s.index);
            QVERIFY(s.atMs >= run.actionStartMs.at(std::size_t(s.action)));
            QVERIFY(s.endMs < 0 || s.endMs >= s.atMs);
        }
        for (const SentNotification& n : run.notifications)
            QVERIFY(n.atMs >= run.actionStartMs.at(std::size_t(n.action)));
        QCOMPARE(run.outcome.triggerLatencyMs.size(), faulted.actions.size());
        QVERIFY(run.outcome.lost + run.outcome.delayed + run.outcome.duplicated + run.outcome.retries >= 0);
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
