// Benchmarks of the engine (not pass/fail tests): loading, running and writing the built-in scenarios, and the
// price-drop scenario on a large generated data set when NOTIFLOW_BENCH_DATA names its folder (scripts/bench).
#include "decisionsink.h"
#include "io/datasetloader.h"
#include "io/runjsonwriter.h"
#include "io/scenarioloader.h"
#include "scenariorunner.h"
#include "stepsink.h"
#include "support/fixtures.h"
#include "support/sourcetree.h"

#include <QTest>
#include <fstream>
#include <optional>

Q_DECLARE_METATYPE(notiflow::Architecture)

using namespace notiflow;

class BenchEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadDefaultDataSet();
    void compareBuiltin_data();
    void compareBuiltin();
    void largeLoad();
    void largeRun_data();
    void largeRun();
    void largeWriteJson();
    // The --json run of price-drop without its loading, split as it runs: each architecture streamed with its text
    // made and dropped (the run), then both at once written to /dev/null (run and write, as notiflow --json does).
    void largeStreamedRun_data();
    void largeStreamedRun();
    void largeJson();

private:
    const DataSet* largeData();
    static Scenario priceDrop()
    {
        return loadScenarioFile(notiflow::test::sourceDataDir() + "/scenarios/price-drop.json");
    }
    std::optional<DataSet> m_large;
};

void BenchEngine::loadDefaultDataSet()
{
    QBENCHMARK
    {
        const DataSet data = loadDataSetFolder(notiflow::test::sourceDataDir());
        QCOMPARE(data.customers.size(), std::size_t(12));
    }
}

void BenchEngine::compareBuiltin_data()
{
    notiflow::test::addBuiltinScenarioRows("id");
}

void BenchEngine::compareBuiltin()
{
    QFETCH(QString, id);
    const DataSet data = loadDataSetFolder(notiflow::test::sourceDataDir());
    const Scenario scenario
        = loadScenarioFile(notiflow::test::sourceDataDir() + "/scenarios/" + id.toStdString() + ".json");
    QBENCHMARK
    {
        const Comparison c = compareArchitectures(data, scenario);
        QVERIFY(c.sameNotifications);
    }
}

const DataSet* BenchEngine::largeData()
{
    const QByteArray folder = qgetenv("NOTIFLOW_BENCH_DATA");
    if (folder.isEmpty())
        return nullptr;
    if (!m_large)
        m_large = loadDataSetFolder(folder.toStdString());
    return &*m_large;
}

void BenchEngine::largeLoad()
{
    const QByteArray folder = qgetenv("NOTIFLOW_BENCH_DATA");
    if (folder.isEmpty())
        QSKIP("set NOTIFLOW_BENCH_DATA to a generated data set (scripts/bench does)");
    QBENCHMARK_ONCE
    {
        const DataSet data = loadDataSetFolder(folder.toStdString());
        QVERIFY(!data.customers.empty());
    }
}

void BenchEngine::largeRun_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::newRow("event_sourced") << Architecture::EventSourced;
    QTest::newRow("api_driven") << Architecture::ApiDriven;
}

void BenchEngine::largeRun()
{
    QFETCH(Architecture, architecture);
    const DataSet* data = largeData();
    if (!data)
        QSKIP("set NOTIFLOW_BENCH_DATA to a generated data set (scripts/bench does)");
    const Scenario scenario = priceDrop();
    QBENCHMARK_ONCE
    {
        const Run run = runScenario(*data, scenario, architecture);
        qInfo("%s: %zu steps, %zu notifications", architectureId(architecture).data(), run.steps.size(),
            run.notifications.size());
    }
}

void BenchEngine::largeWriteJson()
{
    const DataSet* data = largeData();
    if (!data)
        QSKIP("set NOTIFLOW_BENCH_DATA to a generated data set (scripts/bench does)");
    const Run run = runScenario(*data, priceDrop(), Architecture::ApiDriven);
    std::ofstream out("/dev/null");
    QBENCHMARK_ONCE
    {
        RunJsonWriter::writeRun(out, run);
    }
}

namespace {
// Takes each step and decision and drops it: what is left is the cost of running and recording.
class DroppedText final : public StepSink, public DecisionSink {
public:
    void stepRecorded(const NarratedStep&) override { }
    void callStarted(const NarratedStep&) override { }
    void callReturned(const Step&) override { }
    void decisionMade(const Decision&) override { }
};
} // namespace

void BenchEngine::largeStreamedRun_data()
{
    largeRun_data();
}

void BenchEngine::largeStreamedRun()
{
    QFETCH(Architecture, architecture);
    const DataSet* data = largeData();
    if (!data)
        QSKIP("set NOTIFLOW_BENCH_DATA to a generated data set (scripts/bench does)");
    const Scenario scenario = priceDrop();
    QBENCHMARK_ONCE
    {
        DroppedText sink;
        const Run run = runScenario(*data, scenario, architecture, sink);
        QVERIFY(!run.notifications.empty());
    }
}

void BenchEngine::largeJson()
{
    const DataSet* data = largeData();
    if (!data)
        QSKIP("set NOTIFLOW_BENCH_DATA to a generated data set (scripts/bench does)");
    const Scenario scenario = priceDrop();
    std::ofstream out("/dev/null");
    QBENCHMARK_ONCE
    {
        RunJsonWriter::runAndWrite(out, *data, scenario);
    }
    QVERIFY(out.good());
}

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
