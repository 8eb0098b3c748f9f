// FaultMarks and what the flow and timeline draw from it, for every built-in scenario with faults in both
// architectures: the components crossed out at each step, the failed calls, the numbered attempts, the queue depths
// and the dead letters, each checked against what is derived independently from the steps and the scenario file
// (the fault windows from the fault-free run's schedule, the attempt numbers from the mechanisms' own labels), and
// against hand-checked totals. The mapping layer is tested, not pixels.
#include "painting/painters/faultmarks.h"
#include "painting/painters/flowgraph.h"
#include "painting/painters/legendpainter.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace notiflow;
using namespace notiflow::test;
using notiflow::ui::FaultMarks;
using notiflow::ui::FlowGraph;
using notiflow::ui::LegendPainter;

class TestFaultMarks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void teachingScenarios_data();
    void teachingScenarios();
    void faultFreeRunsHaveNoMarks_data();
    void faultFreeRunsHaveNoMarks();
    void queueGrowsAndDrains_data();
    void queueGrowsAndDrains();
    void deadLetterIsCounted();
    void legendExplainsEveryMark();
};

namespace {
Architecture architectureOf(const QString& id)
{
    return id == QLatin1String("es") ? Architecture::EventSourced : Architecture::ApiDriven;
}

QString idOf(Component c)
{
    return QString::fromStdString(std::string(componentId(c)));
}

// The components down at `t` as §2 of the scenario format defines the windows: from the start of from_action to the
// start of the action after to_action in the fault-free run (for the last action: its end plus action_gap_ms).
QStringList downBySchedule(const Scenario& scenario, const Run& faultFree, Architecture a, std::int64_t t)
{
    QStringList down;
    const auto startOf = [&](int action) {
        return action < int(faultFree.actionStartMs.size()) ? faultFree.actionStartMs[std::size_t(action)]
                                                            : faultFree.endMs + scenario.timing.actionGapMs;
    };
    for (const Fault& f : scenario.faults) {
        const auto target = f.target(a);
        if (f.mode == FaultMode::Down && target && t >= startOf(f.fromAction) && t < startOf(f.toAction + 1))
            down << idOf(*target);
    }
    down.sort();
    down.removeDuplicates();
    return down;
}

// The attempt number the mechanism wrote into the step: "POST /notify (attempt 2)", "... again (attempt 3).".
int attemptInText(const NarratedStep& s)
{
    static const QRegularExpression attempt(QStringLiteral("\\(attempt (\\d+)\\)"));
    const std::string& text = s.kind == StepKind::Deliver ? s.caption : toStdString(s.label);
    const auto m = attempt.match(QString::fromStdString(text));
    return m.hasMatch() && (s.kind == StepKind::Request || s.kind == StepKind::Deliver) ? m.captured(1).toInt() : 0;
}
} // namespace

void TestFaultMarks::teachingScenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QStringList>("downAtStart"); // crossed out at the first step
    QTest::addColumn<int>("failedCalls"); // requests and deliveries drawn red with a cross
    QTest::addColumn<int>("numbered"); // steps with an attempt number
    QTest::addColumn<int>("maxQueue");
    QTest::addColumn<int>("deadLettered");
    using L = QStringList;
    // Hand-checked against the steps of each run (notiflow --scenario ID --json): see the comments.
    // The notification service is down for the whole discount: PriceChanged waits in its queue; nothing fails.
    QTest::newRow("price-drop-side-down es") << "price-drop-side-down"
                                             << "es" << L { "notification_service" } << 0 << 0 << 1 << 0;
    // Both POST /notify (one customer on two channels, one on one) time out: two red calls.
    QTest::newRow("price-drop-side-down api") << "price-drop-side-down"
                                              << "api" << L { "notification_api" } << 2 << 0 << 0 << 0;
    QTest::newRow("ship-api-down-drop es") << "ship-api-down-drop"
                                           << "es" << L { "notification_service" } << 0 << 0 << 1 << 0;
    QTest::newRow("ship-api-down-drop api") << "ship-api-down-drop"
                                            << "api" << L { "notification_api" } << 1 << 0 << 0 << 0;
    QTest::newRow("ship-api-down-retry es") << "ship-api-down-retry"
                                            << "es" << L { "notification_service" } << 0 << 0 << 1 << 0;
    // Attempts 1 and 2 time out, attempt 3 gets through.
    QTest::newRow("ship-api-down-retry api") << "ship-api-down-retry"
                                             << "api" << L { "notification_api" } << 2 << 2 << 0 << 0;
    QTest::newRow("ship-api-down-fail es") << "ship-api-down-fail"
                                           << "es" << L { "notification_service" } << 0 << 0 << 1 << 0;
    // The call times out, and the trigger fails with it (fail_operation): two red calls.
    QTest::newRow("ship-api-down-fail api") << "ship-api-down-fail"
                                            << "api" << L { "notification_api" } << 2 << 0 << 0 << 0;
    // Three deliveries fail on the email channel (their handlers do not acknowledge), the fourth gets through.
    QTest::newRow("email-outage es") << "email-outage"
                                     << "es" << L { "email" } << 3 << 3 << 1 << 0;
    QTest::newRow("email-outage api") << "email-outage"
                                      << "api" << L { "email" } << 0 << 0 << 0 << 0;
    // No component is down: the acknowledgement and the responses are lost (red), and the calls go again.
    QTest::newRow("lost-ack es") << "lost-ack"
                                 << "es" << L {} << 1 << 1 << 1 << 0;
    // Attempts 1 and 2 lose their answer and time out: two red calls; attempt 3 is answered.
    QTest::newRow("lost-ack api") << "lost-ack"
                                  << "api" << L {} << 2 << 2 << 0 << 0;
    QTest::newRow("lost-ack-idempotent es") << "lost-ack-idempotent"
                                            << "es" << L {} << 1 << 1 << 1 << 0;
    QTest::newRow("lost-ack-idempotent api") << "lost-ack-idempotent"
                                             << "api" << L {} << 2 << 2 << 0 << 0;
}

void TestFaultMarks::teachingScenarios()
{
    QFETCH(QString, id);
    QFETCH(QString, architecture);
    QFETCH(QStringList, downAtStart);
    QFETCH(int, failedCalls);
    QFETCH(int, numbered);
    QFETCH(int, maxQueue);
    QFETCH(int, deadLettered);
    const Architecture a = architectureOf(architecture);
    const Scenario scenario = builtinScenario(id.toStdString());
    QVERIFY(!scenario.faults.empty());
    Scenario plain = scenario;
    plain.faults.clear();
    const Run faultFree = runScenario(defaultData(), plain, a);
    const Run run = runScenario(defaultData(), scenario, a);
    const FlowGraph graph(run);
    const FaultMarks& marks = graph.faults();
    QVERIFY(!marks.isEmpty());

    QStringList first;
    for (Component c : marks.downAt(0))
        first << idOf(c);
    QCOMPARE(first, downAtStart);

    int calls = 0;
    int attempts = 0;
    int maxDepth = 0;
    int edgeFailures = 0;
    for (const auto& edge : graph.edges())
        edgeFailures += int(edge.failedSteps.size());
    int selfFailures = 0;
    for (int i = 0; i < int(run.steps.size()); ++i) {
        const NarratedStep s = run.stepWithText(i);
        // Crossed out: exactly the components the scenario's faults take down at this step's time.
        QStringList down;
        for (Component c : marks.downAt(i))
            down << idOf(c);
        down.sort();
        QCOMPARE(down, downBySchedule(scenario, faultFree, a, s.atMs));
        // Numbered: exactly as the mechanism numbered the attempt in its own words.
        QCOMPARE(marks.attempt(i), attemptInText(s));
        attempts += marks.attempt(i) > 1 ? 1 : 0;
        // Red: every failure record a fault made, never an enqueue or a deduplication; and the calls they failed.
        const bool record = s.kind == StepKind::Failure && s.effect != FaultEffect::None
            && s.effect != FaultEffect::Enqueue && s.effect != FaultEffect::Deduplicated;
        if (record)
            QVERIFY2(marks.isFailed(i), qPrintable(QString::fromStdString(s.caption)));
        if (marks.isFailed(i) && s.kind != StepKind::Failure)
            ++calls;
        if (marks.isFailed(i) && s.from == s.to)
            ++selfFailures;
        if (s.kind == StepKind::Response || s.kind == StepKind::Query || s.kind == StepKind::Update)
            QVERIFY(!marks.isFailed(i));
        int depth = 0;
        for (const auto& q : marks.queueDepthsAt(i)) {
            QVERIFY(q.depth >= 0);
            depth = std::max(depth, q.depth);
        }
        maxDepth = std::max(maxDepth, depth);
    }
    QCOMPARE(calls, failedCalls);
    QCOMPARE(attempts, numbered);
    QCOMPARE(attempts, run.outcome.retries); // the core's count of retries and redeliveries
    QCOMPARE(maxDepth, maxQueue);
    QCOMPARE(maxDepth, run.outcome.maxQueueDepth);
    QCOMPARE(marks.deadLetteredUpTo(int(run.steps.size()) - 1), deadLettered);
    QCOMPARE(marks.deadLetteredUpTo(int(run.steps.size()) - 1), run.outcome.deadLettered);
    // The flow draws every failed step once: on its edge, or on its node when it stayed there.
    QCOMPARE(edgeFailures + selfFailures, int(marks.failedSteps().size()));
    QCOMPARE(marks.failedUpTo(int(run.steps.size()) - 1), int(marks.failedSteps().size()));
    // Queues drain by the end of the run.
    for (const auto& q : marks.queueDepthsAt(int(run.steps.size()) - 1))
        QCOMPARE(q.depth, 0);
}

void TestFaultMarks::faultFreeRunsHaveNoMarks_data()
{
    addBuiltinScenarioRows("id");
}

// Without faults nothing is crossed out, red, numbered or queued: the fault-free pictures stay as they were.
void TestFaultMarks::faultFreeRunsHaveNoMarks()
{
    QFETCH(QString, id);
    Scenario scenario = builtinScenario(id.toStdString());
    scenario.faults.clear();
    for (Architecture a : allArchitectures) {
        const Run run = runScenario(defaultData(), scenario, a);
        const FaultMarks marks(run);
        QVERIFY(marks.isEmpty());
        QVERIFY(marks.failedSteps().empty());
        for (int i = -1; i < int(run.steps.size()); ++i) {
            QVERIFY(marks.downAt(i).empty());
            QCOMPARE(marks.attempt(i), 0);
            QVERIFY(marks.queueDepthsAt(i).empty());
        }
    }
}

void TestFaultMarks::queueGrowsAndDrains_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("where"); // "enqueue": the first enqueue step; "deliver": the delivery after it
    QTest::addColumn<int>("depth"); // the notification service's queue after that step
    QTest::newRow("side down: waiting") << "price-drop-side-down"
                                        << "enqueue" << 1;
    QTest::newRow("side down: delivered when back") << "price-drop-side-down"
                                                    << "deliver" << 0;
    QTest::newRow("ship, side down: waiting") << "ship-api-down-drop"
                                              << "enqueue" << 1;
    QTest::newRow("ship, side down: delivered when back") << "ship-api-down-drop"
                                                          << "deliver" << 0;
}

// The bus's queue for the notification service at playhead positions found from the steps themselves.
void TestFaultMarks::queueGrowsAndDrains()
{
    QFETCH(QString, id);
    QFETCH(QString, where);
    QFETCH(int, depth);
    const Run run = runScenario(defaultData(), builtinScenario(id.toStdString()), Architecture::EventSourced);
    const FaultMarks marks(run);
    int step = -1;
    for (int i = 0; i < int(run.steps.size()) && step < 0; ++i) {
        if (run.steps[std::size_t(i)].effect == FaultEffect::Enqueue)
            step = i;
    }
    QVERIFY(step >= 0);
    QCOMPARE(marks.queueDepthsAt(step - 1).at(0).used, false); // nothing waited before
    if (where == QLatin1String("deliver")) {
        const Step& enqueued = run.steps[std::size_t(step)];
        for (int i = step + 1; i < int(run.steps.size()); ++i) {
            const Step& s = run.steps[std::size_t(i)];
            if (s.kind == StepKind::Deliver && s.to == enqueued.to) {
                step = i;
                break;
            }
        }
        QVERIFY(run.steps[std::size_t(step)].kind == StepKind::Deliver);
        // Delivered once the subscriber was back: after its outage.
        QVERIFY(!marks.outageAt(Component::NotificationService, step));
    }
    const auto queues = marks.queueDepthsAt(step);
    QCOMPARE(queues.size(), std::size_t(1));
    QCOMPARE(queues.at(0).subscriber, Component::NotificationService);
    QCOMPARE(queues.at(0).depth, depth);
    QVERIFY(queues.at(0).used);
}

// No teaching scenario dead-letters (max_redeliveries is 5): order-shipped with the email down and no redelivery
// allowed does, at once (tst_outcome checks the outcome of the same case).
void TestFaultMarks::deadLetterIsCounted()
{
    const Scenario scenario = withFaults(builtinScenario("order-shipped"),
        R"("faults": [{"component": "email", "mode": "down", "from_action": 0, "to_action": 0}],
           "policies": {"max_redeliveries": 0})");
    const Run run = runScenario(defaultData(), scenario, Architecture::EventSourced);
    const FlowGraph graph(run);
    const FaultMarks& marks = graph.faults();
    int dead = -1;
    for (int i = 0; i < int(run.steps.size()); ++i) {
        if (run.steps[std::size_t(i)].effect == FaultEffect::DeadLetter)
            dead = i;
    }
    QVERIFY(dead > 0);
    QCOMPARE(marks.deadLetteredUpTo(dead - 1), 0);
    QCOMPARE(marks.deadLetteredUpTo(dead), 1);
    QVERIFY(marks.isFailed(dead));
    QCOMPARE(graph.failedSelfStepsUpTo(Component::EventBus, dead), 1); // drawn on the bus, where it stays
}

void TestFaultMarks::legendExplainsEveryMark()
{
    const QFontMetricsF fm(QGuiApplication::font());
    const auto plain = LegendPainter::layout(QPointF(0, 0), 600, fm);
    const auto faults = LegendPainter::layout(QPointF(0, 0), 600, fm, true);
    QCOMPARE(int(plain.size()), stepKindCount);
    QCOMPARE(int(faults.size()), stepKindCount + LegendPainter::faultMarkCount);
    for (int m = 0; m < LegendPainter::faultMarkCount; ++m) {
        const auto& item = faults[std::size_t(stepKindCount + m)];
        QCOMPARE(item.faultMark, m);
        QVERIFY(!LegendPainter::displayName(LegendPainter::FaultMark(m)).isEmpty());
        QVERIFY(LegendPainter::description(item).size() > 20);
        QVERIFY(item.rect.right() <= 600.5 || item.rect.left() == 0); // wrapped to the width
    }
}

QTEST_MAIN(TestFaultMarks)
#include "tst_faultmarks.moc"
