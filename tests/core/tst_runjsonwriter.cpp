// The JSON writer: the streamed, two-at-once output must equal the in-memory one byte for byte, and parse back
// to what the run holds.
#include "io/jsonwriter.h"
#include "io/runjsonwriter.h"
#include "support/fixtures.h"

#include <QTest>
#include <sstream>

using namespace notiflow;
using namespace notiflow::test;

class TestRunJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamedEqualsInMemory_data();
    void streamedEqualsInMemory();
    void escapesTextThatNeedsIt();
};

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
