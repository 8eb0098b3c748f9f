// Paint time of the flow and timeline views (the same painters the widgets use) for the built-in scenarios and
// for a large run: price-drop on the data set in $NOTIFLOW_BENCH_DATA if set, else a synthetic 250,000-step run.
// Also the time to switch scenario in the window, and the folding of a growing live session, afresh on every request
// or extended. Run with QT_QPA_PLATFORM=offscreen; not part of ctest.
#include "livesession.h"
#include "painting/folding/stepfolding.h"
#include "painting/painters/flowgraph.h"
#include "painting/painters/flowlayout.h"
#include "painting/painters/flowpainter.h"
#include "painting/painters/timelinepainter.h"
#include "painting/session/calltree.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "records.h"
#include "support/fixtures.h"
#include "widgets/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <map>

using namespace notiflow;
using namespace notiflow::ui;

class BenchViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flowFrame_data();
    void flowFrame();
    void timelineFrame_data();
    void timelineFrame() { flowFrame(); }
    void switchScenario_data();
    void switchScenario();
    void callTreeAndFolding_data();
    void callTreeAndFolding();
    void liveSessionFolding_data();
    void liveSessionFolding();

private:
    // The replays a window shows of a live session, one per request: the built-in scenarios' actions in turn.
    std::vector<std::shared_ptr<const Comparison>> liveReplays();
    void addRows();
    Workspace m_workspace;
    std::map<QString, std::shared_ptr<const Comparison>> m_comparisons;
};

void BenchViews::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    m_workspace.loadBuiltin();
    for (const Scenario& s : m_workspace.scenarios())
        m_comparisons[QString::fromStdString(s.id)] = m_workspace.compare(s);

    const QByteArray big = qgetenv("NOTIFLOW_BENCH_DATA");
    if (!big.isEmpty()) {
        Workspace large;
        large.loadBuiltin();
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (large.openDataFolder(QString::fromLocal8Bit(big), &error)) {
            m_comparisons[QStringLiteral("large")] = large.compare(*large.scenario(QStringLiteral("price-drop")));
            qInfo("large: price-drop on %s loaded and run in %lld ms", big.constData(),
                static_cast<long long>(timer.elapsed()));
        } else {
            qWarning("cannot open %s: %s", big.constData(), qPrintable(error));
        }
    }
    if (!m_comparisons.count(QStringLiteral("large")))
        m_comparisons[QStringLiteral("large")] = test::largeRun(50000); // 200,004 and 250,002 steps
    const auto& large = *m_comparisons[QStringLiteral("large")];
    qInfo("large run: %zu event-sourced steps, %zu API-driven steps", large.eventSourced.steps.size(),
        large.apiDriven.steps.size());
}

void BenchViews::addRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("side");
    QTest::addColumn<double>("at"); // fraction of the duration
    for (const auto& [id, cmp] : m_comparisons) {
        const std::vector<double> points
            = id == QLatin1String("large") ? std::vector<double> { 0.05, 0.5, 1.0 } : std::vector<double> { 0.5 };
        for (int side = 0; side < 2; ++side) {
            for (double at : points)
                QTest::addRow("%s %s @%.2f", qPrintable(id), side == 0 ? "event-sourced" : "api-driven", at)
                    << id << side << at;
        }
    }
}

void BenchViews::flowFrame_data()
{
    addRows();
}
void BenchViews::timelineFrame_data()
{
    addRows();
}

void BenchViews::flowFrame()
{
    QFETCH(QString, id);
    QFETCH(int, side);
    QFETCH(double, at);
    const bool timeline = QTest::currentTestFunction() == QByteArray("timelineFrame");
    const Comparison& cmp = *m_comparisons[id];
    const Architecture arch = side == 0 ? Architecture::EventSourced : Architecture::ApiDriven;
    const Run& run = cmp.run(arch);
    const PlaybackTimeline playback(cmp.eventSourced, cmp.apiDriven);
    // Half a step in, so that a token is travelling.
    const auto position = playback.positionAt(arch, std::max(0.5, playback.duration() * at - 0.5));

    QImage image(900, 420, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const QRectF rect(image.rect());
    if (!timeline) {
        const FlowLayout layout({ &cmp.eventSourced, &cmp.apiDriven });
        const FlowGraph graph(run);
        const FlowPainter flow(run, graph, layout, PainterStyle(QApplication::palette(), QApplication::font()));
        QBENCHMARK
        {
            flow.paint(&painter, rect, position);
        }
    } else {
        const auto lanes = TimelinePainter::lanesOf(run);
        const TimelineGeometry geometry = TimelinePainter::geometryFor(run, static_cast<int>(lanes.size()));
        const TimelinePainter painterOfTimeline(
            run, &cmp.scenario, lanes, geometry, PainterStyle(QApplication::palette(), QApplication::font()));
        TimelineGeometry fitted = geometry;
        TimelinePainter::fit(fitted, rect, QApplication::font());
        const qreal scroll
            = std::max<qreal>(0, fitted.rowTop(fitted.rowOfStep(std::max(0, position.step))) - rect.height() / 3);
        QBENCHMARK
        {
            painterOfTimeline.paint(&painter, rect, scroll, position);
        }
    }
}

void BenchViews::switchScenario_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario& s : m_workspace.scenarios())
        QTest::newRow(s.id.c_str()) << QString::fromStdString(s.id);
}

void BenchViews::switchScenario()
{
    // Running both architectures and handing the comparison to every view and panel, then painting once.
    QFETCH(QString, id);
    static MainWindow* window = [this] {
        auto* w = new MainWindow(&m_workspace, { QStringLiteral("order-shipped"), -1 });
        w->setErrorDialogsEnabled(false);
        w->resize(1600, 960);
        w->show();
        return w;
    }();
    QBENCHMARK
    {
        window->showScenario(
            id == QLatin1String("order-shipped") ? QStringLiteral("price-drop") : QStringLiteral("order-shipped"));
        window->showScenario(id);
        window->grab();
    }
}

void BenchViews::callTreeAndFolding_data()
{
    QTest::addColumn<QString>("id");
    for (const auto& [id, cmp] : m_comparisons)
        QTest::newRow(qPrintable(id)) << id;
}

void BenchViews::callTreeAndFolding()
{
    // What the window computes once per comparison for stepping over/out and for folding, for both runs.
    QFETCH(QString, id);
    const Comparison& cmp = *m_comparisons.at(id);
    QBENCHMARK
    {
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            const CallTree tree(cmp.run(side));
            const StepFolding folding(cmp.run(side));
        }
    }
}

std::vector<std::shared_ptr<const Comparison>> BenchViews::liveReplays()
{
    static std::vector<std::shared_ptr<const Comparison>> replays;
    if (!replays.empty())
        return replays;
    LiveSession live(m_workspace.sharedDataSet());
    std::vector<ScenarioAction> actions;
    for (const Scenario& s : m_workspace.scenarios())
        actions.insert(actions.end(), s.actions.begin(), s.actions.end());
    // 240 requests: the session grows to a few thousand steps per run, as a classroom's live hour might.
    for (std::size_t k = 0; replays.size() < 240 && k < 10 * actions.size(); ++k) {
        try {
            if (const auto state = live.apply(actions[k % actions.size()]))
                replays.push_back(state->replay);
        } catch (const std::exception&) {
            // an action the session's data no longer allows (an order shipped twice): a client's error, skipped
        }
    }
    qInfo("live session: %zu requests, finally %zu event-sourced and %zu API-driven steps", replays.size(),
        replays.back()->eventSourced.steps.size(), replays.back()->apiDriven.steps.size());
    return replays;
}

void BenchViews::liveSessionFolding_data()
{
    QTest::addColumn<bool>("extend");
    QTest::newRow("afresh on every request") << false;
    QTest::newRow("extended on every request") << true;
}

void BenchViews::liveSessionFolding()
{
    // The folding work of a whole live session, request by request, as FoldingState does it: extended (each run
    // checked against the one before with grewFrom) or, as before, folded afresh. Divide by the requests for one.
    QFETCH(bool, extend);
    const auto replays = liveReplays();
    QBENCHMARK
    {
        PerArchitecture<StepFolding> folding;
        const Comparison* before = nullptr;
        for (const auto& replay : replays) {
            for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
                const bool extended = extend && before && StepFolding::grewFrom(before->run(side), replay->run(side))
                    && folding[side].extend(replay->run(side));
                if (!extended)
                    folding[side] = StepFolding(replay->run(side));
            }
            before = replay.get();
        }
    }
    // The last request alone, both ways: the median of 21 (copies of the folding before are made untimed).
    const Comparison& last = *replays.back();
    const Comparison& previous = *replays[replays.size() - 2];
    std::vector<double> micros;
    for (int i = 0; i < 21; ++i) {
        PerArchitecture<StepFolding> folding { { StepFolding(previous.eventSourced),
            StepFolding(previous.apiDriven) } };
        const auto start = std::chrono::steady_clock::now();
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            if (!extend || !StepFolding::grewFrom(previous.run(side), last.run(side))
                || !folding[side].extend(last.run(side)))
                folding[side] = StepFolding(last.run(side));
        }
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(micros.begin(), micros.begin() + 10, micros.end());
    qInfo("the last request's folding, %s: %.1f us (median of 21)", extend ? "extended" : "afresh", micros[10]);
}

QTEST_MAIN(BenchViews)
#include "bench_views.moc"
