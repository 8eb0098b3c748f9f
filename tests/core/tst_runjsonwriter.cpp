// The JSON writer: the streamed, two-at-once output must equal the in-memory one byte for byte, and parse back
// to what the run holds; a stream gets every step as it is recorded, a call's end when the call returns.
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
class RecordingSink final : public StepSink {
public:
    std::vector<Step> steps; // as handed over; a call's end added when it returned
    std::vector<int> open; // calls started and not returned, innermost last
    std::vector<int> streamedBeforeReturn; // per step: how many steps had been streamed when it returned (calls)
    QStringList problems;

    void stepRecorded(const Step& step) override { take(step); }
    void callStarted(const Step& step) override
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
    void take(const Step& step)
    {
        if (step.index != static_cast<int>(steps.size()))
            problems << QStringLiteral("step %1 arrived as number %2").arg(step.index).arg(steps.size());
        steps.push_back(step);
        streamedBeforeReturn.push_back(-1);
    }
};

std::string stepJson(const Step& step)
{
    JsonWriter out;
    RunJsonWriter::writeStep(out, step);
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
        const Step& step = comparison.apiDriven.steps[i];
        QCOMPARE(steps[i].at("caption").get<std::string>(), step.caption);
        QVERIFY(steps[i].at("detail") == step.detailJson());
        QCOMPARE(steps[i].at("parent").get<int>(), step.parent);
    }
}

void TestRunJsonWriter::sinkGetsEachStepAsRecorded_data()
{
    notiflow::test::addBuiltinScenarioRows("id");
}

// Each step reaches the sink once, in order, with its text; the call's end follows when it returns; put together,
// they are the steps of the same run kept whole. The streamed run itself keeps no text.
void TestRunJsonWriter::sinkGetsEachStepAsRecorded()
{
    QFETCH(QString, id);
    const Scenario scenario = builtinScenario(id.toStdString());
    for (const Architecture a : allArchitectures) {
        RecordingSink sink;
        const Run streamed = runScenario(defaultData(), scenario, a, sink);
        const Run kept = runScenario(defaultData(), scenario, a);
        QVERIFY2(sink.problems.isEmpty(), qPrintable(sink.problems.join("; ")));
        QVERIFY(sink.open.empty());
        QCOMPARE(sink.steps.size(), kept.steps.size());
        QCOMPARE(streamed.steps.size(), kept.steps.size());
        for (std::size_t i = 0; i < kept.steps.size(); ++i) {
            QCOMPARE(stepJson(sink.steps[i]), stepJson(kept.steps[i]));
            QVERIFY(streamed.steps[i].label.empty() && streamed.steps[i].caption.empty());
            QVERIFY(streamed.steps[i].detail.empty());
        }
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
    const Run run = runScenario(defaultData(), scenario, Architecture::ApiDriven, sink);
    QCOMPARE(run.steps.front().kind, StepKind::Trigger);
    int lastRequest = -1;
    for (const Step& step : run.steps) {
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
    Step step;
    step.label = "quote \" backslash \\ newline \n tab \t";
    step.caption = "Zoë → Łukasz";
    JsonWriter out;
    RunJsonWriter::writeStep(out, step);
    const auto parsed = nlohmann::json::parse(out.text());
    QCOMPARE(parsed.at("label").get<std::string>(), step.label);
    QCOMPARE(parsed.at("caption").get<std::string>(), step.caption);
    QVERIFY(parsed.at("detail").is_null());
}

QTEST_GUILESS_MAIN(TestRunJsonWriter)
#include "tst_runjsonwriter.moc"
