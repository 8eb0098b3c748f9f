// Outcomes of faulted runs against their fault-free runs, in both architectures: every field checked by hand on
// order-shipped (ship ORD-001, whose customer takes email and SMS, then a second action that sends nothing), and the
// matching rules (multiplicity, failed actions) on hand-built runs.
#include "outcomecalculator.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QTest>
#include <algorithm>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(std::vector<qint64>)

class TestOutcome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handChecked_data();
    void handChecked();
    void lostNotificationsAreTheBaselines();
    void matchingCountsMultiplicity_data();
    void matchingCountsMultiplicity();
    void faultWindowsInTheRun_data();
    void faultWindowsInTheRun();
    void failedActionsFromDomainChanges_data();
    void failedActionsFromDomainChanges();
    void percentiles_data();
    void percentiles();
    void teachingScenarios_data();
    void teachingScenarios();
};

namespace {
// Fault on action 0 of order-shipped. The fault-free times (ms): event-sourced trigger 0-17, delivery 67, email 77,
// SMS 177, next action at 1277; API-driven trigger 0-265, POST /notify at 15 (250 ms), email 45, SMS 145, next
// action at 1265.
std::string onFirstAction(const char* component, const char* mode, const std::string& extra = {})
{
    return std::string(R"("faults": [{"component": ")") + component + R"(", "mode": ")" + mode
        + R"(", "from_action": 0, "to_action": 0)" + extra + "}]";
}
} // namespace

void TestOutcome::handChecked_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("delayed");
    QTest::addColumn<int>("duplicated");
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("deadLettered");
    QTest::addColumn<int>("queueDepth");
    QTest::addColumn<std::vector<qint64>>("triggerLatency");
    QTest::addColumn<std::vector<qint64>>("notifyLatency"); // p50, p95, max

    using V = std::vector<qint64>;
    // Fault-free: zeros, and the latencies of the run itself.
    QTest::newRow("es fault-free") << "es"
                                   << "" << 0 << 0 << 0 << 0 << 0 << 0 << V { 17, 5 } << V { 77, 177, 177 };
    QTest::newRow("api fault-free") << "api"
                                    << "" << 0 << 0 << 0 << 0 << 0 << 0 << V { 265, 5 } << V { 45, 145, 145 };
    // The event waits on the bus until 1277 (queue depth 1), then both messages go, 10 ms of reads later.
    QTest::newRow("es notification side down")
        << "es" << QString::fromStdString(onFirstAction("notification_side", "down")) << 0 << 2 << 0 << 0 << 0 << 1
        << V { 17, 5 } << V { 1287, 1387, 1387 };
    // The call times out at 15 + 1000; the caller drops both messages.
    QTest::newRow("api notification side down, drop")
        << "api" << QString::fromStdString(onFirstAction("notification_side", "down")) << 2 << 0 << 0 << 0 << 0 << 0
        << V { 1015, 5 } << V { 0, 0, 0 };
    // Attempts at 15 (times out at 1015), 1115 (times out at 2115), 2315: back; email at 2345, SMS at 2445, answer at
    // 2565. Two retries.
    QTest::newRow("api notification side down, retry")
        << "api"
        << QString::fromStdString(onFirstAction("notification_side", "down")
               + R"(, "policies": {"on_notify_failure": "retry", "backoff_ms": 100})")
        << 0 << 2 << 0 << 2 << 0 << 0 << V { 2565, 5 } << V { 2345, 2445, 2445 };
    // No redelivery allowed: the email cannot go, the SMS goes at 77, the event is dead-lettered at once.
    QTest::newRow("es email down, dead-lettered")
        << "es" << QString::fromStdString(onFirstAction("email", "down") + R"(, "policies": {"max_redeliveries": 0})")
        << 1 << 0 << 0 << 0 << 1 << 0 << V { 17, 5 } << V { 77, 77, 77 };
    // Deliveries at 67, 377, 887 fail on the email (each sends the SMS again, 10 ms in), the fourth at 1797 succeeds:
    // email at 1807, SMS at 1907. Three redeliveries, three duplicate SMS, the email delayed.
    QTest::newRow("es email down, redelivered") << "es" << QString::fromStdString(onFirstAction("email", "down")) << 0
                                                << 1 << 3 << 3 << 0 << 1 << V { 17, 5 } << V { 897, 1907, 1907 };
    // The same with an idempotent consumer: the SMS is remembered under the event id and not sent again, so each
    // handling ends sooner: deliveries at 67, 377 (ends 387), 787 (ends 797), 1597: email at 1607.
    QTest::newRow("es email down, redelivered, idempotent consumer")
        << "es"
        << QString::fromStdString(onFirstAction("email", "down") + R"(, "policies": {"idempotent_consumer": true})")
        << 0 << 1 << 0 << 3 << 0 << 1 << V { 17, 5 } << V { 77, 1607, 1607 };
    // API-driven with the email down: the API answers success false for email; drop loses it, the SMS went.
    QTest::newRow("api email down, drop") << "api" << QString::fromStdString(onFirstAction("email", "down")) << 1 << 0
                                          << 0 << 0 << 0 << 0 << V { 165, 5 } << V { 45, 45, 45 };
    // The bus loses the acknowledgement of the delivery at 67 (handled by 277) and delivers again at 477.
    QTest::newRow("es duplicate delivery")
        << "es" << QString::fromStdString(onFirstAction("event_bus", "duplicate_delivery")) << 0 << 0 << 2 << 1 << 0
        << 1 << V { 17, 5 } << V { 177, 587, 587 };
    QTest::newRow("es duplicate delivery, idempotent consumer")
        << "es"
        << QString::fromStdString(
               onFirstAction("event_bus", "duplicate_delivery") + R"(, "policies": {"idempotent_consumer": true})")
        << 0 << 0 << 0 << 1 << 0 << 1 << V { 17, 5 } << V { 77, 177, 177 };
    // The event-sourced face of a lost response: the notification service's acknowledgement is lost.
    QTest::newRow("es notification side loses its acknowledgement")
        << "es" << QString::fromStdString(onFirstAction("notification_side", "lose_response")) << 0 << 0 << 2 << 1 << 0
        << 1 << V { 17, 5 } << V { 177, 587, 587 };
    // duplicate_delivery is a bus fault: nothing happens in the API-driven run.
    QTest::newRow("api duplicate delivery")
        << "api" << QString::fromStdString(onFirstAction("event_bus", "duplicate_delivery")) << 0 << 0 << 0 << 0 << 0
        << 0 << V { 265, 5 } << V { 45, 145, 145 };
    // The API sends at 45 and 145 but its answer is lost: timeout at 1015; the retry at 1115 is still in the window,
    // sends again (1145, 1245) and times out at 2115; one retry allowed, so the caller gives up.
    QTest::newRow("api lost response, retry")
        << "api"
        << QString::fromStdString(onFirstAction("notification_api", "lose_response")
               + R"(, "policies": {"on_notify_failure": "retry", "retries": 1, "backoff_ms": 100})")
        << 0 << 0 << 2 << 1 << 0 << 0 << V { 2115, 5 } << V { 145, 1245, 1245 };
    QTest::newRow("api lost response, retry, idempotency key")
        << "api"
        << QString::fromStdString(onFirstAction("notification_api", "lose_response")
               + R"(, "policies": {"on_notify_failure": "retry", "retries": 1, "backoff_ms": 100,
                                   "idempotency_key": true})")
        << 0 << 0 << 0 << 1 << 0 << 0 << V { 2115, 5 } << V { 45, 145, 145 };
    // A slow email provider (800 ms more per send) delays the SMS behind it; only the API-driven trigger waits.
    QTest::newRow("es slow email") << "es"
                                   << QString::fromStdString(onFirstAction("email", "slow", R"(, "extra_ms": 800)"))
                                   << 0 << 1 << 0 << 0 << 0 << 0 << V { 17, 5 } << V { 77, 977, 977 };
    QTest::newRow("api slow email") << "api"
                                    << QString::fromStdString(onFirstAction("email", "slow", R"(, "extra_ms": 800)"))
                                    << 0 << 1 << 0 << 0 << 0 << 0 << V { 1065, 5 } << V { 45, 945, 945 };
}

void TestOutcome::handChecked()
{
    QFETCH(QString, architecture);
    QFETCH(QString, faults);
    QFETCH(int, lost);
    QFETCH(int, delayed);
    QFETCH(int, duplicated);
    QFETCH(int, retries);
    QFETCH(int, deadLettered);
    QFETCH(int, queueDepth);
    QFETCH(std::vector<qint64>, triggerLatency);
    QFETCH(std::vector<qint64>, notifyLatency);
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario scenario = faults.isEmpty() ? plain : withFaults(plain, faults.toStdString());
    const Run run = runScenario(
        defaultData(), scenario, architecture == "es" ? Architecture::EventSourced : Architecture::ApiDriven);
    const Outcome& o = run.outcome;
    QCOMPARE(o.lost, lost);
    QCOMPARE(int(o.lostNotifications.size()), lost);
    QCOMPARE(o.delayed, delayed);
    QCOMPARE(o.duplicated, duplicated);
    QCOMPARE(o.retries, retries);
    QCOMPARE(o.deadLettered, deadLettered);
    QCOMPARE(o.maxQueueDepth, queueDepth);
    QCOMPARE(o.failedActions, std::vector<int>());
    QCOMPARE(std::vector<qint64>(o.triggerLatencyMs.begin(), o.triggerLatencyMs.end()), triggerLatency);
    QCOMPARE(
        (std::vector<qint64> { o.notifyLatencyMs.p50, o.notifyLatencyMs.p95, o.notifyLatencyMs.max }), notifyLatency);
    // Queues drain: whatever waited was taken out again by the end of the run.
    if (!run.queueDepths.empty())
        QCOMPARE(run.queueDepths.back().depth, 0);
}

// What is lost is named as the fault-free run sent it.
void TestOutcome::lostNotificationsAreTheBaselines()
{
    const Scenario plain = builtinScenario("order-shipped");
    const Run before = runScenario(defaultData(), plain, Architecture::ApiDriven);
    const Run after = runScenario(
        defaultData(), withFaults(plain, onFirstAction("notification_api", "down")), Architecture::ApiDriven);
    QCOMPARE(after.outcome.lostNotifications.size(), before.notifications.size());
    for (std::size_t i = 0; i < before.notifications.size(); ++i) {
        const SentNotification& expected = before.notifications[i];
        const SentNotification& lost = after.outcome.lostNotifications[i];
        QCOMPARE(lost.type, expected.type);
        QCOMPARE(lost.channel, expected.channel);
        QCOMPARE(lost.customerId, expected.customerId);
        QCOMPARE(lost.action, expected.action);
        QCOMPARE(lost.atMs, expected.atMs);
    }
}

namespace {
SentNotification sent(int action, Channel channel, const std::string& customer, std::int64_t at)
{
    SentNotification n;
    n.type = NotificationType::OrderShipped;
    n.action = action;
    n.channel = channel;
    n.customerId = customer;
    n.atMs = at;
    return n;
}

// "a1 email C-1 @100": one notification per item.
std::vector<SentNotification> notificationsOf(const QStringList& items)
{
    std::vector<SentNotification> list;
    for (const QString& item : items) {
        const QStringList f = item.split(' ');
        list.push_back(sent(f[0].mid(1).toInt(), f[1] == "email" ? Channel::Email : Channel::Sms, f[2].toStdString(),
            f[3].mid(1).toLongLong()));
    }
    return list;
}
} // namespace

void TestOutcome::matchingCountsMultiplicity_data()
{
    QTest::addColumn<QStringList>("baseline");
    QTest::addColumn<QStringList>("faulted");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("delayed");
    QTest::addColumn<int>("duplicated");
    // Per faulted notification, in order: "b<i>" matched with baseline notification i on time, "b<i>+<ms>" matched
    // and that much later, "dup" a duplicate.
    QTest::addColumn<QStringList>("matches");
    using L = QStringList;
    QTest::newRow("same") << L { "a0 email C-1 @100" } << L { "a0 email C-1 @100" } << 0 << 0 << 0 << L { "b0" };
    QTest::newRow("later") << L { "a0 email C-1 @100" } << L { "a0 email C-1 @900" } << 0 << 1 << 0 << L { "b0+800" };
    QTest::newRow("earlier is not delayed")
        << L { "a0 email C-1 @100" } << L { "a0 email C-1 @50" } << 0 << 0 << 0 << L { "b0" };
    QTest::newRow("twice") << L { "a0 email C-1 @100" } << L { "a0 email C-1 @100", "a0 email C-1 @500" } << 0 << 0 << 1
                           << L { "b0", "dup" };
    // Matched in time order: the first of the two is on time, the second is the duplicate.
    QTest::newRow("twice, the first late")
        << L { "a0 email C-1 @100" } << L { "a0 email C-1 @500", "a0 email C-1 @300" } << 0 << 1 << 1
        << L { "dup", "b0+200" };
    QTest::newRow("other channel is not a match")
        << L { "a0 email C-1 @100" } << L { "a0 sms C-1 @100" } << 1 << 0 << 1 << L { "dup" };
    QTest::newRow("other action is not a match")
        << L { "a0 email C-1 @100" } << L { "a1 email C-1 @100" } << 1 << 0 << 1 << L { "dup" };
    QTest::newRow("other customer is not a match")
        << L { "a0 email C-1 @100", "a0 email C-2 @100" } << L { "a0 email C-2 @100" } << 1 << 0 << 0 << L { "b1" };
    QTest::newRow("two expected, one sent")
        << L { "a0 email C-1 @100", "a0 email C-1 @200" } << L { "a0 email C-1 @150" } << 1 << 1 << 0 << L { "b0+50" };
    QTest::newRow("none") << L {} << L {} << 0 << 0 << 0 << L {};
}

void TestOutcome::matchingCountsMultiplicity()
{
    QFETCH(QStringList, baseline);
    QFETCH(QStringList, faulted);
    QFETCH(int, lost);
    QFETCH(int, delayed);
    QFETCH(int, duplicated);
    Run before;
    before.actionStartMs = { 0, 1000 };
    before.notifications = notificationsOf(baseline);
    Run after = before;
    after.notifications = notificationsOf(faulted);
    QFETCH(QStringList, matches);
    const Outcome o = OutcomeCalculator::compute(after, before, {});
    QCOMPARE(o.lost, lost);
    QCOMPARE(o.delayed, delayed);
    QCOMPARE(o.duplicated, duplicated);
    QStringList got;
    for (const Outcome::Match& m : o.matches) {
        if (m.baseline < 0)
            got << "dup";
        else
            got << QStringLiteral("b%1").arg(m.baseline) + (m.delayMs > 0 ? QStringLiteral("+%1").arg(m.delayMs) : "");
    }
    QCOMPARE(got, matches);
    // The per-notification marks add up to the counts.
    QCOMPARE(int(std::count_if(o.matches.begin(), o.matches.end(), [](const auto& m) { return m.baseline < 0; })),
        duplicated);
    QCOMPARE(
        int(std::count_if(o.matches.begin(), o.matches.end(), [](const auto& m) { return m.delayMs > 0; })), delayed);
}

void TestOutcome::faultWindowsInTheRun_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QStringList>("windows"); // "component mode from-to"
    // order-shipped: the next action starts at 1277 (event-sourced) and 1265 (API-driven) in the fault-free runs.
    QTest::newRow("es side down") << "es" << QString::fromStdString(onFirstAction("notification_side", "down"))
                                  << QStringList { "notification_service down 0-1277" };
    QTest::newRow("api side down") << "api" << QString::fromStdString(onFirstAction("notification_side", "down"))
                                   << QStringList { "notification_api down 0-1265" };
    QTest::newRow("api bus fault: none") << "api"
                                         << QString::fromStdString(onFirstAction("event_bus", "duplicate_delivery"))
                                         << QStringList {};
    QTest::newRow("no faults") << "es" << QString() << QStringList {};
}

// The run keeps when each fault held, in its own time: what the views draw an outage from.
void TestOutcome::faultWindowsInTheRun()
{
    QFETCH(QString, architecture);
    QFETCH(QString, faults);
    QFETCH(QStringList, windows);
    const Scenario plain = builtinScenario("order-shipped");
    const Scenario scenario = faults.isEmpty() ? plain : withFaults(plain, faults.toStdString());
    const Run run = runScenario(
        defaultData(), scenario, architecture == "es" ? Architecture::EventSourced : Architecture::ApiDriven);
    QStringList got;
    for (const FaultWindow& w : run.faultWindows)
        got << QStringLiteral("%1 %2 %3-%4")
                   .arg(QString::fromStdString(std::string(componentId(w.component))), faultModeId(w.mode))
                   .arg(w.fromMs)
                   .arg(w.toMs);
    QCOMPARE(got, windows);
}

void TestOutcome::failedActionsFromDomainChanges_data()
{
    QTest::addColumn<int>("updatesKept"); // of the two updates the fault-free action 0 made
    QTest::addColumn<bool>("rolledBack");
    QTest::addColumn<std::vector<int>>("failed");
    QTest::newRow("both kept") << 2 << false << std::vector<int> {};
    QTest::newRow("one missing") << 1 << false << std::vector<int> { 0 };
    QTest::newRow("none made") << 0 << false << std::vector<int> { 0 };
    QTest::newRow("made, then rolled back") << 2 << true << std::vector<int> { 0 };
}

// An action failed when its own service kept fewer domain changes than in the fault-free run.
void TestOutcome::failedActionsFromDomainChanges()
{
    QFETCH(int, updatesKept);
    QFETCH(bool, rolledBack);
    QFETCH(std::vector<int>, failed);
    using C = Component;
    const auto build = [](int updates, bool rollback) {
        Run run;
        run.actionStartMs = { 0, 1000 };
        addStep(run, 0, C::OutsideWorld, C::OrderingService, StepKind::Trigger, "ship_order");
        for (int i = 0; i < updates; ++i)
            addStep(run, 0, C::OrderingService, C::Orders, StepKind::Update, "order");
        // Another component's update is not the action's domain change.
        addStep(run, 0, C::NotificationService, C::Preferences, StepKind::Update, "preferences");
        if (rollback) {
            const int step = addStep(run, 0, C::OrderingService, C::Orders, StepKind::Failure, "rollback");
            run.steps[std::size_t(step)].effect = FaultEffect::Rollback;
        }
        addStep(run, 1, C::OutsideWorld, C::OrderingService, StepKind::Trigger, "ship_order");
        return run;
    };
    const Outcome o = OutcomeCalculator::compute(build(updatesKept, rolledBack), build(2, false), {});
    QCOMPARE(o.failedActions, failed);
}

void TestOutcome::percentiles_data()
{
    QTest::addColumn<std::vector<qint64>>("values");
    QTest::addColumn<qint64>("p50");
    QTest::addColumn<qint64>("p95");
    QTest::addColumn<qint64>("max");
    QTest::newRow("none") << std::vector<qint64> {} << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("one") << std::vector<qint64> { 7 } << qint64(7) << qint64(7) << qint64(7);
    // Nearest rank: p50 of 4 values is the 2nd, p95 the 4th.
    QTest::newRow("four, unsorted") << std::vector<qint64> { 40, 10, 30, 20 } << qint64(20) << qint64(40) << qint64(40);
    // Of 20 values 1..20: p50 is the 10th, p95 the 19th.
    std::vector<qint64> twenty;
    for (int i = 20; i >= 1; --i)
        twenty.push_back(i);
    QTest::newRow("twenty") << twenty << qint64(10) << qint64(19) << qint64(20);
}

void TestOutcome::percentiles()
{
    QFETCH(std::vector<qint64>, values);
    QFETCH(qint64, p50);
    QFETCH(qint64, p95);
    QFETCH(qint64, max);
    const Outcome::Latency l = OutcomeCalculator::summarise(std::vector<std::int64_t>(values.begin(), values.end()));
    QCOMPARE(qint64(l.p50), p50);
    QCOMPARE(qint64(l.p95), p95);
    QCOMPARE(qint64(l.max), max);
}

void TestOutcome::teachingScenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("delayed");
    QTest::addColumn<int>("duplicated");
    QTest::addColumn<int>("retries");
    QTest::addColumn<qint64>("firstTrigger"); // trigger latency of the first action
    // The figures the README quotes for the built-in scenarios with faults, and the lesson of each.
    QTest::newRow("price-drop-side-down es") << "price-drop-side-down"
                                             << "es" << 0 << 0 << 3 << 0 << 0 << qint64(17);
    QTest::newRow("price-drop-side-down api") << "price-drop-side-down"
                                              << "api" << 0 << 3 << 0 << 0 << 0 << qint64(2070);
    QTest::newRow("ship-api-down-drop es") << "ship-api-down-drop"
                                           << "es" << 0 << 0 << 2 << 0 << 0 << qint64(17);
    QTest::newRow("ship-api-down-drop api") << "ship-api-down-drop"
                                            << "api" << 0 << 2 << 0 << 0 << 0 << qint64(1015);
    QTest::newRow("ship-api-down-retry api") << "ship-api-down-retry"
                                             << "api" << 0 << 0 << 2 << 0 << 2 << qint64(2865);
    QTest::newRow("ship-api-down-fail es") << "ship-api-down-fail"
                                           << "es" << 0 << 0 << 2 << 0 << 0 << qint64(17);
    QTest::newRow("ship-api-down-fail api") << "ship-api-down-fail"
                                            << "api" << 1 << 2 << 0 << 0 << 0 << qint64(1025);
    QTest::newRow("email-outage es") << "email-outage"
                                     << "es" << 0 << 0 << 1 << 3 << 3 << qint64(17);
    QTest::newRow("email-outage api") << "email-outage"
                                      << "api" << 0 << 1 << 0 << 0 << 0 << qint64(170);
    QTest::newRow("lost-ack es") << "lost-ack"
                                 << "es" << 0 << 0 << 0 << 2 << 1 << qint64(17);
    QTest::newRow("lost-ack api") << "lost-ack"
                                  << "api" << 0 << 0 << 0 << 4 << 2 << qint64(2865);
    QTest::newRow("lost-ack-idempotent es") << "lost-ack-idempotent"
                                            << "es" << 0 << 0 << 0 << 0 << 1 << qint64(17);
    QTest::newRow("lost-ack-idempotent api") << "lost-ack-idempotent"
                                             << "api" << 0 << 0 << 0 << 0 << 2 << qint64(2665);
}

void TestOutcome::teachingScenarios()
{
    QFETCH(QString, id);
    QFETCH(QString, architecture);
    QFETCH(int, failed);
    QFETCH(int, lost);
    QFETCH(int, delayed);
    QFETCH(int, duplicated);
    QFETCH(int, retries);
    QFETCH(qint64, firstTrigger);
    const Scenario scenario = builtinScenario(id.toStdString());
    QVERIFY(!scenario.faults.empty());
    QVERIFY(scenario.watchFor.size() >= 3);
    const Run run = runScenario(
        defaultData(), scenario, architecture == "es" ? Architecture::EventSourced : Architecture::ApiDriven);
    const Outcome& o = run.outcome;
    QCOMPARE(int(o.failedActions.size()), failed);
    QCOMPARE(o.lost, lost);
    QCOMPARE(o.delayed, delayed);
    QCOMPARE(o.duplicated, duplicated);
    QCOMPARE(o.retries, retries);
    QCOMPARE(qint64(o.triggerLatencyMs.at(0)), firstTrigger);
}

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
