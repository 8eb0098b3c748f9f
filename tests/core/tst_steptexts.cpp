// The compressed text of recorded runs: every step of every built-in scenario reads back exactly the caption and
// detail that its mechanism recorded, however it is read (one step, in order, the whole step, after a copy).
#include "decisionsink.h"
#include "scenariorunner.h"
#include "stepsink.h"
#include "steptexts.h"
#include "support/fixtures.h"

#include <QTest>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(notiflow::Architecture)

class TestStepTexts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordedTextEqualsStreamed_data();
    void recordedTextEqualsStreamed();
    void readsBackWhatWasAppended_data();
    void readsBackWhatWasAppended();
    void packsRepeatedText();
    void stepsAppendedByHandKeepTheirText();
};

namespace {
// What a streamed run hands out as it records: each step's text before the recorder lets it go.
class TextSink final : public StepSink, public DecisionSink {
public:
    std::vector<StepTexts::Text> texts;
    void stepRecorded(const NarratedStep& step) override { take(step); }
    void callStarted(const NarratedStep& step) override { take(step); }
    void callReturned(const Step&) override { }
    void decisionMade(const Decision&) override { }

private:
    void take(const NarratedStep& step)
    {
        QCOMPARE(step.index, static_cast<int>(texts.size()));
        texts.push_back({ step.caption, step.detail });
    }
};

// Text of varied length for step `i`: empty, short, long, with bytes zstd and the length table must carry as they are.
StepTexts::Text textFor(int i)
{
    std::string caption = i % 7 == 0 ? std::string() : "step " + std::to_string(i) + " · Zoë → Łukasz";
    std::string detail = i % 5 == 0 ? std::string() : std::string(static_cast<std::size_t>(i % 300), 'x');
    if (i % 11 == 0)
        detail += std::string("\0\n\"", 3);
    return { std::move(caption), std::move(detail) };
}
} // namespace

void TestStepTexts::recordedTextEqualsStreamed_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("architecture");
    for (const std::string& id : builtinScenarioIds()) {
        for (const Architecture a : { Architecture::EventSourced, Architecture::ApiDriven })
            QTest::addRow("%s %s", id.c_str(), std::string(architectureId(a)).c_str())
                << QString::fromStdString(id) << a;
    }
}

void TestStepTexts::recordedTextEqualsStreamed()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, architecture);
    const Scenario s = builtinScenario(scenario.toStdString());
    TextSink streamed;
    runScenario(defaultData(), s, architecture, streamed);
    const Run run = runScenario(defaultData(), s, architecture);
    QCOMPARE(run.steps.size(), streamed.texts.size());
    QCOMPARE(run.texts.size(), static_cast<int>(run.steps.size()));
    const Run copy = run; // a copied run reads the same
    StepTexts::Reader inOrder(run.texts);
    for (int i = 0; i < static_cast<int>(run.steps.size()); ++i) {
        const StepTexts::Text& expected = streamed.texts[static_cast<std::size_t>(i)];
        QCOMPARE(run.text(i), expected);
        QCOMPARE(inOrder.at(i), expected);
        QCOMPARE(copy.text(i), expected);
        const NarratedStep whole = run.stepWithText(i);
        QCOMPARE(whole.caption, expected.caption);
        QCOMPARE(whole.detail, expected.detail);
        QCOMPARE(whole.label, run.steps[static_cast<std::size_t>(i)].label);
    }
    int visited = 0;
    run.forEachStepWithText([&](const NarratedStep& step) {
        QCOMPARE(step.caption, streamed.texts[static_cast<std::size_t>(visited)].caption);
        QCOMPARE(step.detail, streamed.texts[static_cast<std::size_t>(visited)].detail);
        ++visited;
    });
    QCOMPARE(visited, static_cast<int>(run.steps.size()));
}

void TestStepTexts::readsBackWhatWasAppended_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("finished");
    for (const int n : { 0, 1, StepTexts::stepsPerBlock - 1, StepTexts::stepsPerBlock, StepTexts::stepsPerBlock + 1,
             3 * StepTexts::stepsPerBlock + 17 }) {
        QTest::addRow("%d steps", n) << n << false;
        QTest::addRow("%d steps, finished", n) << n << true;
    }
}

void TestStepTexts::readsBackWhatWasAppended()
{
    QFETCH(int, count);
    QFETCH(bool, finished);
    StepTexts texts;
    for (int i = 0; i < count; ++i) {
        const StepTexts::Text t = textFor(i);
        texts.append(t.caption, t.detail);
    }
    if (finished)
        texts.finish();
    QCOMPARE(texts.size(), count);
    StepTexts::Reader reader(texts);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(texts.at(i), textFor(i));
        QCOMPARE(reader.at(i), textFor(i));
    }
    // Backwards too: a reader may go back to an earlier block.
    for (int i = count - 1; i >= 0; i -= 97)
        QCOMPARE(reader.at(i), textFor(i));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, texts.at(count));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, texts.at(-1));
    // Appending goes on after finish() and after a copy.
    StepTexts more = texts;
    more.append("late", "{}");
    QCOMPARE(more.at(count), (StepTexts::Text { "late", "{}" }));
    QCOMPARE(texts.size(), count);
}

void TestStepTexts::packsRepeatedText()
{
    // Text like a large run's: the same sentences and JSON keys for customer after customer.
    StepTexts texts;
    std::size_t raw = 0;
    for (int i = 0; i < 20 * StepTexts::stepsPerBlock; ++i) {
        const std::string id = "CUST-" + std::to_string(100000 + i);
        const std::string caption = "Notification service looks up customer " + id + " (a name, gold).";
        const std::string detail = R"({"query":"customer by id","id":")" + id + R"(","found":true,"record":{"id":")"
            + id + R"(","segment":"gold"},"domain":"customers"})";
        texts.append(caption, detail);
        raw += caption.size() + detail.size();
    }
    texts.finish();
    qInfo("%zu bytes of text held in %zu", raw, texts.memoryBytes());
    QVERIFY2(texts.memoryBytes() * 4 < raw, "repeated text is packed at least fourfold");
    QCOMPARE(texts.at(4321).caption, std::string("Notification service looks up customer CUST-104321 (a name, gold)."));
}

void TestStepTexts::stepsAppendedByHandKeepTheirText()
{
    // A run assembled step by step (as live splicing and hand-built tests do) keeps its text in the same store.
    const auto cmp = twoActionComparison();
    const Run& run = cmp->eventSourced;
    QCOMPARE(run.texts.size(), static_cast<int>(run.steps.size()));
    for (int i = 0; i < static_cast<int>(run.steps.size()); ++i) {
        const Step& s = run.steps[static_cast<std::size_t>(i)];
        QCOMPARE(run.text(i).caption,
            "The " + std::string(componentName(s.from)) + " sends " + toStdString(s.label) + " to the "
                + std::string(componentName(s.to)) + ".");
    }

    // Steps pushed without text have none, and a step appended after them still reads its own.
    Run mixed;
    mixed.steps.resize(2);
    NarratedStep third;
    third.caption = "third";
    third.detail = R"({"n":3})";
    QCOMPARE(mixed.append(third), 2);
    QCOMPARE(mixed.text(0), StepTexts::Text {});
    QCOMPARE(mixed.text(1), StepTexts::Text {});
    QCOMPARE(mixed.text(2).caption, std::string("third"));
    QCOMPARE(mixed.stepWithText(2).detailJson().at("n").get<int>(), 3);
    mixed.steps.emplace_back();
    QCOMPARE(mixed.text(3), StepTexts::Text {});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, mixed.text(4));
}

QTEST_GUILESS_MAIN(TestStepTexts)
#include "tst_steptexts.moc"
