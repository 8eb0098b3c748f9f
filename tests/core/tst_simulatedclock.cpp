// The simulated clock: deterministic timed runs, the latency model of each kind of step, a trigger's end before
// the asynchronous work it caused, and the action schedule.
#include "io/runjsonwriter.h"
#include "scenariorunner.h"
#include "support/fixtures.h"

#include <QTest>
#include <sstream>

using namespace notiflow;
using namespace notiflow::test;

class TestSimulatedClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameScenarioSameTimes_data();
    void sameScenarioSameTimes();
    void latencyPerKind_data();
    void latencyPerKind();
    void eventSourcedAnswersBeforeTelling();
    void apiDrivenAnswersAfterTelling();
    void actionsFollowTheGap();
    void streamedRunKeepsTheTimes();
};

namespace {
std::string timedJson(const DataSet& data, const Scenario& scenario)
{
    std::ostringstream out;
    RunJsonWriter::writeComparison(out, compareArchitectures(data, scenario));
    return out.str();
}

// The default data set without its first cart: another data set with the same ids.
DataSet secondDataSet()
{
    DataSet data = defaultData();
    if (!data.carts.empty())
        data.carts.erase(data.carts.begin());
    return data;
}

const Step* firstOf(const Run& run, StepKind kind)
{
    for (const auto& s : run.steps) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}
} // namespace

void TestSimulatedClock::sameScenarioSameTimes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("second");
    // The built-in scenarios, the ones with faults too (their runs depend on their fault-free runs' times).
    for (const char* id : { "order-shipped", "order-delivered", "order-complete", "payment-failed", "payment-succeeded",
             "price-drop", "promotion", "price-drop-side-down", "ship-api-down-drop", "ship-api-down-retry",
             "ship-api-down-fail", "email-outage", "lost-ack", "lost-ack-idempotent" }) {
        QTest::newRow(id) << QString::fromLatin1(id) << false;
        QTest::newRow((std::string(id) + " on a second data set").c_str()) << QString::fromLatin1(id) << true;
    }
}

// Run twice, the JSON with every time in it is the same byte for byte; and it does carry times.
void TestSimulatedClock::sameScenarioSameTimes()
{
    QFETCH(QString, id);
    QFETCH(bool, second);
    const DataSet data = second ? secondDataSet() : defaultData();
    const Scenario scenario = builtinScenario(id.toStdString());
    const std::string first = timedJson(data, scenario);
    const std::string again = timedJson(data, scenario);
    QCOMPARE(first.size(), again.size());
    QVERIFY(first == again);
    QVERIFY(first.find("\"at_ms\":") != std::string::npos);
    QVERIFY(first.find("\"end_ms\":") != std::string::npos);
    QVERIFY(first.find("\"duration_ms\":") != std::string::npos);
}

void TestSimulatedClock::latencyPerKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<qint64>("duration"); // -1: none
    // Timing chosen so that every latency is different: a wrong key shows as a wrong number.
    QTest::newRow("query") << int(StepKind::Query) << "api_driven" << qint64(3);
    QTest::newRow("update") << int(StepKind::Update) << "api_driven" << qint64(11);
    QTest::newRow("send") << int(StepKind::Send) << "api_driven" << qint64(70);
    // A request lasts the way there, the API's own work (customer and preferences read, one email) and the way back.
    QTest::newRow("request") << int(StepKind::Request) << "api_driven" << qint64(17 + 3 + 3 + 70 + 17);
    QTest::newRow("publish is asynchronous") << int(StepKind::Publish) << "event_sourced" << qint64(-1);
    QTest::newRow("deliver is asynchronous") << int(StepKind::Deliver) << "event_sourced" << qint64(-1);
    QTest::newRow("decision takes no time") << int(StepKind::Decision) << "event_sourced" << qint64(-1);
}

void TestSimulatedClock::latencyPerKind()
{
    QFETCH(int, kind);
    QFETCH(QString, architecture);
    QFETCH(qint64, duration);
    Scenario scenario = builtinScenario("order-delivered"); // delivers ORD-002: one email
    scenario.timing = Timing {
        .requestMs = 17, .queryMs = 3, .updateMs = 11, .publishMs = 2, .busLagMs = 31, .sendMs = 70, .actionGapMs = 500
    };
    const Run run = runScenario(
        defaultData(), scenario, architecture == "api_driven" ? Architecture::ApiDriven : Architecture::EventSourced);
    const Step* step = firstOf(run, static_cast<StepKind>(kind));
    QVERIFY(step);
    QCOMPARE(qint64(step->durationMs), duration);
    // Every step starts no earlier than the step during which it happened.
    for (const auto& s : run.steps) {
        if (s.parent >= 0)
            QVERIFY(s.atMs >= run.steps[std::size_t(s.parent)].atMs);
    }
}

// Event-sourced: the ordering service has its answer once the event is on the bus; the email leaves later, after
// the bus lag.
void TestSimulatedClock::eventSourcedAnswersBeforeTelling()
{
    Scenario scenario = builtinScenario("order-shipped");
    const Run run = runScenario(defaultData(), scenario, Architecture::EventSourced);
    const Step* trigger = firstOf(run, StepKind::Trigger);
    const Step* publish = firstOf(run, StepKind::Publish);
    const Step* deliver = firstOf(run, StepKind::Deliver);
    QVERIFY(trigger && publish && deliver);
    QCOMPARE(trigger->endMs, publish->atMs + scenario.timing.publishMs);
    QCOMPARE(deliver->atMs, trigger->endMs + scenario.timing.busLagMs);
    QVERIFY(!run.notifications.empty());
    for (const auto& n : run.notifications)
        QVERIFY(n.atMs > trigger->endMs);
}

// API-driven: the trigger waits for POST /notify, so every notification left before the answer.
void TestSimulatedClock::apiDrivenAnswersAfterTelling()
{
    const Run run = runScenario(defaultData(), builtinScenario("order-shipped"), Architecture::ApiDriven);
    const Step* trigger = firstOf(run, StepKind::Trigger);
    QVERIFY(trigger);
    QVERIFY(!run.notifications.empty());
    for (const auto& n : run.notifications) {
        QVERIFY(n.atMs < trigger->endMs);
        QCOMPARE(n.atMs, run.steps[std::size_t(n.step)].atMs);
    }
}

// Action k+1 starts action_gap_ms after the latest moment any of action k's work reached.
void TestSimulatedClock::actionsFollowTheGap()
{
    Scenario scenario = builtinScenario("order-complete");
    scenario.timing.actionGapMs = 250;
    for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const Run run = runScenario(defaultData(), scenario, a);
        QCOMPARE(run.actionStartMs.size(), scenario.actions.size());
        QCOMPARE(run.actionStartMs.front(), std::int64_t(0));
        for (std::size_t k = 0; k + 1 < scenario.actions.size(); ++k) {
            std::int64_t latest = 0;
            for (const auto& s : run.steps) {
                if (s.action == int(k))
                    latest = std::max({ latest, s.atMs + std::max<std::int64_t>(s.durationMs, 0), s.endMs });
            }
            QCOMPARE(run.actionStartMs[k + 1], latest + 250);
            QCOMPARE(run.steps[std::size_t(run.actionFirstStep[k + 1])].atMs, run.actionStartMs[k + 1]);
        }
    }
}

// --json streams steps while the run goes; a trigger's end, known only when it returns, fills its gap then, so the
// streamed document equals the one written from a finished run.
void TestSimulatedClock::streamedRunKeepsTheTimes()
{
    const Scenario scenario = builtinScenario("price-drop");
    std::ostringstream streamed;
    RunJsonWriter::runAndWrite(streamed, defaultData(), scenario);
    QVERIFY(streamed.str() == timedJson(defaultData(), scenario));
}

QTEST_GUILESS_MAIN(TestSimulatedClock)
#include "tst_simulatedclock.moc"
