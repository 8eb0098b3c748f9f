// The JSON writer: the streamed, two-at-once output must equal the in-memory one byte for byte, and parse back
// to what the run holds; a stream gets every step as it is recorded, a call's end when the call returns, and the
// decisions as they are made when it takes them.
#include "decisionsink.h"
#include "io/jsonwriter.h"
#include "io/runjsonwriter.h"
#include "stepsink.h"
#include "support/fixtures.h"

#include <QTest>
#include <algorithm>
#include <sstream>

using namespace notiflow;
using namespace notiflow::test;

class TestRunJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamedEqualsInMemory_data();
    void streamedEqualsInMemory();
    void sinkGetsEachStepAsRecorded_data();
    void sinkGetsEachStepAsRecorded();
    void stepsStreamWhileTheTriggerIsOpen_data();
    void stepsStreamWhileTheTriggerIsOpen();
    void escapesTextThatNeedsIt();
};

namespace {
// Keeps what a run streams, text included, and notes where the stream broke its promises (stepsink.h).
class RecordingSink : public StepSink {
public:
    std::vector<NarratedStep> steps; // as handed over; a call's end added when it returned
    std::vector<int> open; // calls started and not returned, innermost last
    std::vector<int> streamedBeforeReturn; // per step: how many steps had been streamed when it returned (calls)
    QStringList problems;

    void stepRecorded(const NarratedStep& step) override { take(step); }
    void callStarted(const NarratedStep& step) override
    {
        take(step);
        open.push_back(step.index);
    }
    void callReturned(const Step& step) override
    {
        if (open.empty() || open.back() != step.index) {
            problems << QStringLiteral("step %1 returned, not the innermost open call").arg(step.index);
            return;
        }
        open.pop_back();
        Step& kept = steps[std::size_t(step.index)];
        kept.durationMs = step.durationMs;
        kept.endMs = step.endMs;
        streamedBeforeReturn[std::size_t(step.index)] = static_cast<int>(steps.size());
    }

private:
    void take(const NarratedStep& step)
    {
        if (step.index != static_cast<int>(steps.size()))
            problems << QStringLiteral("step %1 arrived as number %2").arg(step.index).arg(steps.size());
        steps.push_back(step);
        streamedBeforeReturn.push_back(-1);
    }
};

// The same, taking the decisions too (decisionsink.h).
class RecordingSinkWithDecisions final : public RecordingSink, public DecisionSink {
public:
    DecisionList decisions; // as made

    void decisionMade(const Decision& decision) override
    {
        if (decision.step >= static_cast<int>(steps.size()))
            problems << QStringLiteral("a decision of step %1 came before its step").arg(decision.step);
        decisions.push_back(decision);
    }
};

std::string stepJson(const NarratedStep& step)
{
    JsonWriter out;
    RunJsonWriter::writeStep(out, step);
    return out.text();
}

std::string decisionJson(const Decision& decision)
{
    JsonWriter out;
    RunJsonWriter::writeDecision(out, decision);
    return out.text();
}
} // namespace

void TestRunJsonWriter::streamedEqualsInMemory_data()
{
    notiflow::test::addBuiltinScenarioRows("id");
}

void TestRunJsonWriter::streamedEqualsInMemory()
{
    QFETCH(QString, id);
    const Scenario scenario = builtinScenario(id.toStdString());
    std::ostringstream inMemory;
    const Comparison comparison = compareArchitectures(defaultData(), scenario);
    RunJsonWriter::writeComparison(inMemory, comparison);
    std::ostringstream streamed;
    RunJsonWriter::runAndWrite(streamed, defaultData(), scenario);
    QCOMPARE(streamed.str(), inMemory.str());

    const auto doc = nlohmann::json::parse(streamed.str());
    const auto& steps = doc.at("architectures").at("api_driven").at("steps");
    QCOMPARE(steps.size(), comparison.apiDriven.steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const NarratedStep step = comparison.apiDriven.stepWithText(static_cast<int>(i));
        QCOMPARE(steps[i].at("caption").get<std::string>(), step.caption);
        QVERIFY(steps[i].at("detail") == step.detailJson());
        QCOMPARE(steps[i].at("parent").get<int>(), step.parent);
    }
}

void TestRunJsonWriter::sinkGetsEachStepAsRecorded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("takeDecisions");
    for (const std::string& id : builtinScenarioIds()) {
        QTest::addRow("%s, decisions kept in the run", id.c_str()) << QString::fromStdString(id) << false;
        QTest::addRow("%s, decisions taken by the sink", id.c_str()) << QString::fromStdString(id) << true;
    }
}

// Each step reaches the sink once, in order, with its text; the call's end follows when it returns; put together,
// they are the steps of the same run kept whole. So are the decisions, when the sink takes them. The streamed run
// itself keeps no steps (nor decisions the sink took), yet its metrics and outcome (computed from the structure it
// kept) are those of the run kept whole.
void TestRunJsonWriter::sinkGetsEachStepAsRecorded()
{
    QFETCH(QString, id);
    QFETCH(bool, takeDecisions);
    const Scenario scenario = builtinScenario(id.toStdString());
    for (const Architecture a : allArchitectures) {
        RecordingSink stepsOnly;
        RecordingSinkWithDecisions withDecisions;
        RecordingSink& sink = takeDecisions ? withDecisions : stepsOnly;
        const Run streamed = runScenario(defaultData(), scenario, a, sink);
        const Run kept = runScenario(defaultData(), scenario, a);
        QVERIFY2(sink.problems.isEmpty(), qPrintable(sink.problems.join("; ")));
        QVERIFY(sink.open.empty());
        QCOMPARE(sink.steps.size(), kept.steps.size());
        QVERIFY(streamed.steps.empty());
        for (std::size_t i = 0; i < kept.steps.size(); ++i)
            QCOMPARE(stepJson(sink.steps[i]), stepJson(kept.stepWithText(static_cast<int>(i))));
        const DecisionList& decisions = takeDecisions ? withDecisions.decisions : streamed.decisions;
        QCOMPARE(takeDecisions ? streamed.decisions.size() : withDecisions.decisions.size(), std::size_t(0));
        QCOMPARE(decisions.size(), kept.decisions.size());
        for (std::size_t i = 0; i < kept.decisions.size(); ++i)
            QCOMPARE(decisionJson(decisions[i]), decisionJson(kept.decisions[i]));
        QCOMPARE(RunJsonWriter::metricsJson(streamed.metrics).dump(), RunJsonWriter::metricsJson(kept.metrics).dump());
        QCOMPARE(RunJsonWriter::outcomeJson(streamed.outcome).dump(), RunJsonWriter::outcomeJson(kept.outcome).dump());
        QVERIFY(streamed.outcome.matches == kept.outcome.matches);
        QCOMPARE(streamed.actionFirstStep, kept.actionFirstStep);
        QCOMPARE(streamed.notifications.size(), kept.notifications.size());
        for (std::size_t i = 0; i < kept.notifications.size(); ++i)
            QCOMPARE(streamed.notifications[i].atMs, kept.notifications[i].atMs);
        QCOMPARE(streamed.queueDepths.size(), kept.queueDepths.size());
        for (std::size_t i = 0; i < kept.queueDepths.size(); ++i)
            QCOMPARE(streamed.queueDepths[i].step, kept.queueDepths[i].step);
    }
}

void TestRunJsonWriter::stepsStreamWhileTheTriggerIsOpen_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("price-drop") << "price-drop"; // one trigger open over all its work
    QTest::newRow("price-drop-side-down") << "price-drop-side-down"; // the same, with faults
}

// The API-driven trigger of a price drop waits for every POST /notify: those calls, and every step before them,
// are streamed before it returns; and the document still equals the one written from the finished runs.
void TestRunJsonWriter::stepsStreamWhileTheTriggerIsOpen()
{
    QFETCH(QString, id);
    const Scenario scenario = builtinScenario(id.toStdString());
    RecordingSink sink;
    runScenario(defaultData(), scenario, Architecture::ApiDriven, sink);
    QCOMPARE(sink.steps.front().kind, StepKind::Trigger);
    int lastRequest = -1;
    for (const Step& step : sink.steps) {
        if (step.kind == StepKind::Request && step.action == 0)
            lastRequest = step.index;
    }
    QVERIFY2(lastRequest > 0, "the price drop calls POST /notify");
    QVERIFY(sink.streamedBeforeReturn[0] > lastRequest);

    std::ostringstream inMemory;
    RunJsonWriter::writeComparison(inMemory, compareArchitectures(defaultData(), scenario));
    std::ostringstream streamed;
    RunJsonWriter::runAndWrite(streamed, defaultData(), scenario);
    QVERIFY(streamed.str() == inMemory.str());
}

void TestRunJsonWriter::escapesTextThatNeedsIt()
{
    NarratedStep step;
    step.label = "quote \" backslash \\ newline \n tab \t";
    step.caption = "Zoë → Łukasz";
    JsonWriter out;
    RunJsonWriter::writeStep(out, step);
    const auto parsed = nlohmann::json::parse(out.text());
    QCOMPARE(parsed.at("label").get<std::string>(), toStdString(step.label));
    QCOMPARE(parsed.at("caption").get<std::string>(), step.caption);
    QVERIFY(parsed.at("detail").is_null());
}

QTEST_GUILESS_MAIN(TestRunJsonWriter)
#include "tst_runjsonwriter.moc"
