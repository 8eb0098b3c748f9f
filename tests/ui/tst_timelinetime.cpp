// The timeline in simulated time, as mapping math without widgets: the scale and tick labels, step -> y in step
// order and in time on a hand-timed run, the steps in a window (against a plain scan), the waits of the faulted
// built-in scenarios (hand-checked lengths, and each wait's ends found again from the steps' at_ms), one scale for
// both panes, and a step never above its parent in either mode.
#include "painting/painters/timelinegeometry.h"
#include "painting/painters/timelinepainter.h"
#include "painting/painters/timelinetimeaxis.h"
#include "painting/painters/timelinetimemarks.h"
#include "painting/painters/timelinewaits.h"
#include "support/fixtures.h"

#include <QTest>
#include <map>

using namespace notiflow;
using namespace notiflow::test;
using notiflow::ui::TimelineGeometry;
using notiflow::ui::TimelinePainter;
using notiflow::ui::TimelineTimeAxis;
using notiflow::ui::TimelineTimeMarks;
using notiflow::ui::TimelineWaits;

Q_DECLARE_METATYPE(notiflow::Architecture)
Q_DECLARE_METATYPE(notiflow::ui::TimelineWaits::Kind)
Q_DECLARE_METATYPE(notiflow::ui::TimelineTimeAxis::Unit)

class TestTimelineTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void niceSteps_data();
    void niceSteps();
    void labels_data();
    void labels();
    void orderAndTime_data();
    void orderAndTime();
    void stepsInWindow_data();
    void stepsInWindow();
    void waitsOfFaultedScenarios_data();
    void waitsOfFaultedScenarios();
    void waitsMatchTheSteps_data();
    void waitsMatchTheSteps();
    void oneScaleForBothPanes_data();
    void oneScaleForBothPanes();
    void childNeverAboveParent_data();
    void childNeverAboveParent();
    void labelStepsBelowWhatIsTaken_data();
    void labelStepsBelowWhatIsTaken();
};

namespace {
// Action 0: a trigger answered at 17 ms, a 10 ms update, a publish at 15 and its delivery at 67; action 1 starts at
// 1000 ms with a trigger and a 5 ms query.
Run timedRun()
{
    using C = Component;
    using K = StepKind;
    Run run;
    const auto at = [&run](int step, std::int64_t ms, std::int64_t duration = -1) {
        run.steps[std::size_t(step)].atMs = ms;
        run.steps[std::size_t(step)].durationMs = duration;
    };
    addStep(run, 0, C::OutsideWorld, C::PricingService, K::Trigger, "update_price");
    addStep(run, 0, C::PricingService, C::Products, K::Update, "price");
    addStep(run, 0, C::PricingService, C::EventBus, K::Publish, "PriceChanged");
    addStep(run, 0, C::EventBus, C::NotificationService, K::Deliver, "PriceChanged");
    addStep(run, 1, C::OutsideWorld, C::PricingService, K::Trigger, "update_price");
    addStep(run, 1, C::PricingService, C::Products, K::Query, "product");
    at(0, 0);
    at(1, 5, 10);
    at(2, 15);
    at(3, 67);
    at(4, 1000);
    at(5, 1000, 5);
    run.steps[0].endMs = 17;
    run.steps[4].endMs = 1005;
    run.steps[1].parent = 0;
    run.steps[2].parent = 0;
    run.steps[3].parent = 2;
    run.steps[5].parent = 4;
    run.actionStartMs = { 0, 1000 };
    run.endMs = 1005;
    return run;
}

TimelineGeometry geometryOf(const Run& run, bool time, TimelineTimeAxis::Scale scale = { 10, 0 })
{
    TimelineGeometry g(run.actionFirstStep, static_cast<int>(run.steps.size()), 4);
    g.setRowHeight(20);
    g.setLaneArea(40, 400);
    if (time)
        g.setTimeMode(&run.steps, run.actionStartMs, scale);
    return g;
}

const Comparison& comparisonOf(const QString& id)
{
    static std::map<QString, Comparison> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.emplace(id, compareArchitectures(defaultData(), builtinScenario(id.toStdString()))).first;
    return it->second;
}

void addEveryRunRow()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("side");
    for (const std::string& id : builtinScenarioIds()) {
        QTest::addRow("%s es", id.c_str()) << QString::fromStdString(id) << Architecture::EventSourced;
        QTest::addRow("%s api", id.c_str()) << QString::fromStdString(id) << Architecture::ApiDriven;
    }
}
} // namespace

void TestTimelineTime::niceSteps_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("nice");
    QTest::newRow("below 1") << 0.3 << 1.0;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("3 to 5") << 3.0 << 5.0;
    QTest::newRow("5") << 5.0 << 5.0;
    QTest::newRow("7 to 10") << 7.0 << 10.0;
    QTest::newRow("15 to 20") << 15.0 << 20.0;
    QTest::newRow("rounding error stays") << 999.9999999999 << 1000.0;
    QTest::newRow("just above 1000") << 1001.0 << 2000.0;
}

void TestTimelineTime::niceSteps()
{
    QFETCH(double, ms);
    QFETCH(double, nice);
    QCOMPARE(TimelineTimeAxis::niceAtLeast(ms), nice);
}

void TestTimelineTime::labels_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("tick");
    QTest::addColumn<QString>("tickLabel");
    QTest::addColumn<QString>("duration");
    QTest::newRow("ms below two seconds") << qint64(250) << qint64(1947) << 50.0 << "250 ms"
                                          << "250 ms";
    QTest::newRow("seconds from two, half-second ticks") << qint64(1500) << qint64(2075) << 500.0 << "1.5 s"
                                                         << "1.50 s";
    QTest::newRow("whole seconds") << qint64(2000) << qint64(2865) << 1000.0 << "2 s"
                                   << "2.00 s";
    QTest::newRow("fine ticks") << qint64(1250) << qint64(5000) << 50.0 << "1.25 s"
                                << "1.25 s";
    QTest::newRow("long wait") << qint64(15000) << qint64(60000) << 5000.0 << "15 s"
                               << "15.0 s";
}

void TestTimelineTime::labels()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, spanMs);
    QFETCH(double, tick);
    QFETCH(QString, tickLabel);
    QFETCH(QString, duration);
    const TimelineTimeAxis::Scale scale { 1, spanMs };
    QCOMPARE(TimelineTimeAxis::tickLabel(ms, scale.unit(), tick), tickLabel);
    QCOMPARE(TimelineTimeAxis::durationText(ms), duration);
    QVERIFY(TimelineTimeAxis::tickMs(10) >= 30);
}

void TestTimelineTime::orderAndTime_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<qreal>("orderY");
    QTest::addColumn<qreal>("timeY");
    QTest::addColumn<qreal>("timeEndY");
    // Rows of 20 px: separator, steps 0-3, separator, steps 4-5. Time: 10 ms a row, 1.5 rows above time 0.
    QTest::newRow("trigger until its answer") << 0 << 30.0 << 30.0 << 30.0 + 17 * 2.0;
    QTest::newRow("update for 10 ms") << 1 << 50.0 << 30.0 + 5 * 2.0 << 30.0 + 15 * 2.0;
    QTest::newRow("publish") << 2 << 70.0 << 30.0 + 15 * 2.0 << 30.0 + 15 * 2.0;
    QTest::newRow("delivery after the bus lag") << 3 << 90.0 << 30.0 + 67 * 2.0 << 30.0 + 67 * 2.0;
    QTest::newRow("second action a second later") << 4 << 130.0 << 30.0 + 1000 * 2.0 << 30.0 + 1005 * 2.0;
    QTest::newRow("its query") << 5 << 150.0 << 30.0 + 1000 * 2.0 << 30.0 + 1005 * 2.0;
}

void TestTimelineTime::orderAndTime()
{
    QFETCH(int, step);
    QFETCH(qreal, orderY);
    QFETCH(qreal, timeY);
    QFETCH(qreal, timeEndY);
    const Run run = timedRun();
    const TimelineGeometry order = geometryOf(run, false);
    const TimelineGeometry time = geometryOf(run, true);
    QVERIFY(!order.isTimeMode());
    QVERIFY(time.isTimeMode());
    QCOMPARE(order.stepY(step), orderY);
    QCOMPARE(order.stepEndY(step), orderY);
    QCOMPARE(time.stepY(step), timeY);
    QCOMPARE(time.stepEndY(step), timeEndY);
    QCOMPARE(time.timeAtY(time.stepY(step)), double(run.steps[std::size_t(step)].atMs));
    QCOMPARE(time.stepNearY(timeY + 4, 10), step == 5 ? 4 : step); // 4 and 5 start together: the first wins
    // Rows and lanes do not depend on the mode.
    QCOMPARE(time.rowOfStep(step), order.rowOfStep(step));
    QCOMPARE(time.laneX(2), order.laneX(2));
    QCOMPARE(time.actionY(1), 30.0 + 1000 * 2.0);
    QCOMPARE(order.actionY(1), 100.0); // its separator row, the sixth
    QCOMPARE(time.contentHeight(), 30.0 + 1005 * 2.0 + 20);
    QCOMPARE(order.contentHeight(), 160.0);
}

void TestTimelineTime::stepsInWindow_data()
{
    QTest::addColumn<qreal>("top");
    QTest::addColumn<qreal>("height");
    QTest::newRow("start") << 0.0 << 100.0;
    QTest::newRow("inside the first block") << 400.0 << 80.0;
    QTest::newRow("across blocks") << 5000.0 << 600.0;
    QTest::newRow("late") << 19000.0 << 400.0;
    QTest::newRow("past the end") << 1e7 << 100.0;
}

// 1,000 steps in four blocks, time not always rising with the step (a delivery recorded before work that comes
// earlier), and a trigger open for the whole run: the windowed walk must give what a plain scan gives.
void TestTimelineTime::stepsInWindow()
{
    QFETCH(qreal, top);
    QFETCH(qreal, height);
    Run run;
    addStep(run, 0, Component::OutsideWorld, Component::PricingService, StepKind::Trigger, "t");
    for (int i = 1; i < 1000; ++i) {
        addStep(run, 0, Component::PricingService, Component::Customers, StepKind::Query, "q");
        run.steps.back().atMs = (i % 7 == 0) ? i * 5 + 300 : i * 5;
        run.steps.back().durationMs = 5;
    }
    run.steps[0].endMs = 5300;
    run.actionStartMs = { 0 };
    const TimelineGeometry g = geometryOf(run, true, { 5, 0 });
    std::vector<int> walked;
    g.forEachStepIn(top, height, [&walked](int step) { walked.push_back(step); });
    std::vector<int> scanned;
    for (int i = 0; i < 1000; ++i) {
        if (g.stepY(i) <= top + height && g.stepEndY(i) >= top)
            scanned.push_back(i);
    }
    QCOMPARE(walked, scanned);
    QVERIFY(top > 1e6 || !walked.empty());
    if (!walked.empty())
        QCOMPARE(walked.front() == 0, top <= g.stepEndY(0)); // the trigger, open until its answer
}

void TestTimelineTime::waitsOfFaultedScenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("side");
    QTest::addColumn<TimelineWaits::Kind>("kind");
    QTest::addColumn<QList<qint64>>("lengths");
    // Hand-checked from each run's steps (notiflow --json): enqueue 67 -> delivery 1422; handler failed at 187,
    // 507, 1027 -> redelivered at 387, 907, 1827; timed out at 1015, 2215 -> retried at 1215, 2615; published at 15
    // -> delivered at 67.
    using K = TimelineWaits::Kind;
    QTest::newRow("notification service down: queued")
        << "price-drop-side-down" << Architecture::EventSourced << K::Queued << QList<qint64> { 1355 };
    QTest::newRow("email down: redelivery backoff doubles")
        << "email-outage" << Architecture::EventSourced << K::RedeliveryBackoff << QList<qint64> { 200, 400, 800 };
    QTest::newRow("API down: retry backoff doubles")
        << "ship-api-down-retry" << Architecture::ApiDriven << K::RetryBackoff << QList<qint64> { 200, 400 };
    QTest::newRow("no faults: the bus lag")
        << "order-shipped" << Architecture::EventSourced << K::BusLag << QList<qint64> { 52 };
    QTest::newRow("API-driven has no bus")
        << "order-shipped" << Architecture::ApiDriven << K::BusLag << QList<qint64> {};
}

void TestTimelineTime::waitsOfFaultedScenarios()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, side);
    QFETCH(TimelineWaits::Kind, kind);
    QFETCH(QList<qint64>, lengths);
    const Run& run = comparisonOf(scenario).run(side);
    const TimelineWaits waits(run);
    const TimelineGeometry g = geometryOf(run, true);
    QList<qint64> found;
    for (const TimelineWaits::Wait& w : waits.waits()) {
        if (w.kind != kind)
            continue;
        found << w.length();
        // The band is as tall as the wait at the shared scale.
        QCOMPARE(g.timeY(double(w.toMs)) - g.timeY(double(w.fromMs)), w.length() * g.pixelsPerMs());
        QCOMPARE(w.toMs, run.steps[std::size_t(w.step)].atMs);
    }
    QCOMPARE(found, lengths);
}

void TestTimelineTime::waitsMatchTheSteps_data()
{
    addEveryRunRow();
}

// Every wait's ends are found again from the steps: a queued event from its enqueue record to the delivery of the
// same event to the same subscriber; a retry from its previous attempt's end; a bus lag from the publish.
void TestTimelineTime::waitsMatchTheSteps()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, side);
    const Run& run = comparisonOf(scenario).run(side);
    const TimelineWaits waits(run);
    int deliveries = 0;
    for (const Step& s : run.steps)
        deliveries += s.kind == StepKind::Deliver && s.effect == FaultEffect::None ? 1 : 0;
    int busLags = 0;
    for (const TimelineWaits::Wait& w : waits.waits()) {
        const Step& waiting = run.steps[std::size_t(w.step)];
        QVERIFY(w.fromMs < w.toMs);
        QCOMPARE(waits.waitOf(w.step), &w);
        switch (w.kind) {
        case TimelineWaits::Kind::BusLag:
            ++busLags;
            QCOMPARE(w.fromMs, run.steps[std::size_t(waiting.parent)].atMs);
            QCOMPARE(run.steps[std::size_t(waiting.parent)].kind, StepKind::Publish);
            break;
        case TimelineWaits::Kind::Queued: {
            QCOMPARE(waiting.kind, StepKind::Deliver);
            const auto enqueue = std::find_if(run.steps.begin(), run.steps.begin() + w.step, [&](const Step& e) {
                return e.effect == FaultEffect::Enqueue && e.parent == waiting.parent && e.to == waiting.to;
            });
            QVERIFY(enqueue != run.steps.begin() + w.step);
            QCOMPARE(w.fromMs, enqueue->atMs);
            break;
        }
        case TimelineWaits::Kind::RedeliveryBackoff:
            QCOMPARE(waiting.effect, FaultEffect::Redeliver);
            break;
        case TimelineWaits::Kind::RetryBackoff: {
            QCOMPARE(waiting.effect, FaultEffect::Retry);
            const auto before = std::find_if(
                run.steps.rbegin() + int(run.steps.size()) - w.step, run.steps.rend(), [&](const Step& r) {
                    return r.kind == StepKind::Request && r.parent == waiting.parent && r.to == waiting.to;
                });
            QVERIFY(before != run.steps.rend());
            QCOMPARE(w.fromMs, before->atMs + before->durationMs);
            break;
        }
        }
    }
    // Each first delivery of an event that was not queued waited on the bus.
    int queued = 0;
    for (const Step& s : run.steps)
        queued += s.effect == FaultEffect::Enqueue ? 1 : 0;
    QCOMPARE(busLags, deliveries); // every first delivery, queued or not (a queued event's lag ends at its enqueue)
    QVERIFY(queued <= busLags);
}

void TestTimelineTime::oneScaleForBothPanes_data()
{
    addBuiltinScenarioRows();
}

// Whichever pane asks, and in whichever order the runs are given, the scale is the same: the same millisecond is
// the same height side by side; and each run's whole span fits within a few rows per step.
void TestTimelineTime::oneScaleForBothPanes()
{
    QFETCH(QString, scenario);
    const Comparison& cmp = comparisonOf(scenario);
    const auto scale = TimelineTimeAxis::scaleFor({ &cmp.eventSourced, &cmp.apiDriven });
    QCOMPARE(TimelineTimeAxis::scaleFor({ &cmp.apiDriven, &cmp.eventSourced }), scale);
    const TimelineGeometry es = geometryOf(cmp.eventSourced, true, scale);
    const TimelineGeometry api = geometryOf(cmp.apiDriven, true, scale);
    QCOMPARE(es.pixelsPerMs(), api.pixelsPerMs());
    for (const double ms : { 0.0, 15.0, 1000.0, 2345.0 })
        QCOMPARE(es.timeY(ms), api.timeY(ms));
    QVERIFY(scale.spanMs >= std::max(es.endMs(), api.endMs()));
    QVERIFY(scale.msPerRow >= 1);
    const double rows = double(scale.spanMs) / scale.msPerRow;
    QVERIFY2(rows <= 6.0 * double(std::max(cmp.eventSourced.steps.size(), cmp.apiDriven.steps.size())) + 40,
        qPrintable(QStringLiteral("%1 rows at %2 ms a row").arg(rows).arg(scale.msPerRow)));
}

void TestTimelineTime::childNeverAboveParent_data()
{
    addEveryRunRow();
}

// A step is never drawn above the step it happened in: in step order strictly below, in time at or below (a call
// and its first query may start in the same millisecond); and where a call returns is never above where it began.
void TestTimelineTime::childNeverAboveParent()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, side);
    const Run& run = comparisonOf(scenario).run(side);
    const auto lanes = static_cast<int>(TimelinePainter::lanesOf(run).size());
    TimelineGeometry order = TimelinePainter::geometryFor(run, lanes);
    order.setRowHeight(20);
    TimelineGeometry time = order;
    time.setTimeMode(&run.steps, run.actionStartMs, TimelineTimeAxis::scaleFor({ &run }));
    for (const Step& s : run.steps) {
        QVERIFY(time.stepEndY(s.index) >= time.stepY(s.index));
        if (s.parent < 0)
            continue;
        QVERIFY2(order.stepY(s.index) > order.stepY(s.parent), qPrintable(QString::number(s.index)));
        QVERIFY2(time.stepY(s.index) >= time.stepY(s.parent), qPrintable(QString::number(s.index)));
        QVERIFY(time.stepY(s.index) <= time.contentHeight());
    }
}

void TestTimelineTime::labelStepsBelowWhatIsTaken_data()
{
    QTest::addColumn<QRectF>("label");
    QTest::addColumn<QList<QRectF>>("taken");
    QTest::addColumn<QRectF>("placed");
    const QRectF label(100, 50, 80, 12);
    QTest::newRow("nothing taken: stays") << label << QList<QRectF> {} << label;
    QTest::newRow("taken elsewhere: stays") << label << QList<QRectF> { { 300, 50, 40, 14 } } << label;
    // An action's name at the same moment (time 0 of the outage and of the action): the interval goes under it.
    QTest::newRow("an action's name at its place")
        << label << QList<QRectF> { { 60, 48, 200, 14 } } << QRectF(100, 63, 80, 12);
    QTest::newRow("two in a row: under both")
        << label << QList<QRectF> { { 60, 48, 200, 14 }, { 150, 64, 60, 12 } } << QRectF(100, 77, 80, 12);
    QTest::newRow("touching edges only: stays") << label << QList<QRectF> { { 180, 50, 20, 12 } } << label;
}

void TestTimelineTime::labelStepsBelowWhatIsTaken()
{
    QFETCH(QRectF, label);
    QFETCH(QList<QRectF>, taken);
    QFETCH(QRectF, placed);
    const std::vector<QRectF> boxes(taken.begin(), taken.end());
    const QRectF box = TimelineTimeMarks::belowTaken(label, boxes);
    QCOMPARE(box, placed);
    QVERIFY(!TimelineTimeMarks::collides(box, boxes));
}

QTEST_GUILESS_MAIN(TestTimelineTime)
#include "tst_timelinetime.moc"
