// The shared playhead: which step each architecture shows at a time, action synchronisation, step stops.
#include "painting/session/playbacktimeline.h"
#include "support/fixtures.h"

#include <QTest>

using namespace notiflow;
using notiflow::ui::PlaybackTimeline;

class TestPlaybackTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void duration();
    void positions_data();
    void positions();
    void actionSynchronisation_data();
    void actionSynchronisation();
    void stepStart_data();
    void stepStart();
    void stops_data();
    void stops();
    void emptyAndShortRuns();
};

void TestPlaybackTimeline::duration()
{
    const auto cmp = test::twoActionComparison();
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    QCOMPARE(t.duration(), 14.0);
    QCOMPARE(t.actionCount(), 2);
    QCOMPARE(t.stepCount(Architecture::EventSourced), 12);
    QCOMPARE(t.stepCount(Architecture::ApiDriven), 13);
}

void TestPlaybackTimeline::positions_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<int>("esStep");
    QTest::addColumn<double>("esProgress");
    QTest::addColumn<int>("adStep");
    QTest::addColumn<double>("adProgress");

    QTest::newRow("start: nothing yet") << 0.0 << -1 << 0.0 << -1 << 0.0;
    QTest::newRow("first step halfway") << 0.5 << 0 << 0.5 << 0 << 0.5;
    QTest::newRow("first step final frame") << 1.0 << 0 << 1.0 << 0 << 1.0;
    QTest::newRow("second step begins") << 1.25 << 1 << 0.25 << 1 << 0.25;
    QTest::newRow("es last of action 0") << 9.0 << 8 << 1.0 << 8 << 1.0;
    QTest::newRow("es waits, ad goes on") << 9.5 << 8 << 1.0 << 9 << 0.5;
    QTest::newRow("ad finishes action 0") << 11.0 << 8 << 1.0 << 10 << 1.0;
    QTest::newRow("action 1 starts together") << 11.5 << 9 << 0.5 << 11 << 0.5;
    QTest::newRow("ad waits in action 1") << 13.5 << 11 << 0.5 << 12 << 1.0;
    QTest::newRow("end") << 14.0 << 11 << 1.0 << 12 << 1.0;
    QTest::newRow("past the end clamps") << 99.0 << 11 << 1.0 << 12 << 1.0;
    QTest::newRow("negative is the start") << -3.0 << -1 << 0.0 << -1 << 0.0;
}

void TestPlaybackTimeline::positions()
{
    QFETCH(double, time);
    QFETCH(int, esStep);
    QFETCH(double, esProgress);
    QFETCH(int, adStep);
    QFETCH(double, adProgress);
    const auto cmp = test::twoActionComparison();
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    const auto es = t.positionAt(Architecture::EventSourced, time);
    const auto ad = t.positionAt(Architecture::ApiDriven, time);
    QCOMPARE(es.step, esStep);
    QCOMPARE(es.progress, esProgress);
    QCOMPARE(ad.step, adStep);
    QCOMPARE(ad.progress, adProgress);
}

void TestPlaybackTimeline::actionSynchronisation_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<int>("action");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("inside action 0") << 5.0 << 0;
    QTest::newRow("end of action 0 belongs to it") << 11.0 << 0;
    QTest::newRow("just after") << 11.001 << 1;
    QTest::newRow("end") << 14.0 << 1;
}

void TestPlaybackTimeline::actionSynchronisation()
{
    QFETCH(double, time);
    QFETCH(int, action);
    const auto cmp = test::twoActionComparison();
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    QCOMPARE(t.actionAt(time), action);
    QCOMPARE(t.actionStart(0), 0.0);
    QCOMPARE(t.actionStart(1), 11.0);
    QCOMPARE(t.actionEnd(1), 14.0);
    // Both sides start action 1 at the same moment, though the event-sourced side had fewer steps in action 0.
    QCOMPARE(t.stepStart(Architecture::EventSourced, 9), t.stepStart(Architecture::ApiDriven, 11));
    if (time > 0) {
        QCOMPARE(
            t.actionOfStep(Architecture::EventSourced, t.positionAt(Architecture::EventSourced, time).step), action);
        QCOMPARE(t.actionOfStep(Architecture::ApiDriven, t.positionAt(Architecture::ApiDriven, time).step), action);
    }
}

void TestPlaybackTimeline::stepStart_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("start");
    QTest::newRow("es 0") << 0 << 0 << 0.0;
    QTest::newRow("es 8") << 0 << 8 << 8.0;
    QTest::newRow("es 9 (action 1)") << 0 << 9 << 11.0;
    QTest::newRow("es 11") << 0 << 11 << 13.0;
    QTest::newRow("ad 10") << 1 << 10 << 10.0;
    QTest::newRow("ad 12") << 1 << 12 << 12.0;
}

void TestPlaybackTimeline::stepStart()
{
    QFETCH(int, side);
    QFETCH(int, step);
    QFETCH(double, start);
    const auto cmp = test::twoActionComparison();
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    const auto arch = side == 0 ? Architecture::EventSourced : Architecture::ApiDriven;
    QCOMPARE(t.stepStart(arch, step), start);
    QCOMPARE(t.stepEnd(arch, step), start + 1);
    // At its end the step is on its final frame.
    const auto p = t.positionAt(arch, t.stepEnd(arch, step));
    QCOMPARE(p.step, step);
    QCOMPARE(p.progress, 1.0);
}

void TestPlaybackTimeline::stops_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("next");
    QTest::addColumn<double>("previous");
    QTest::newRow("start") << 0.0 << 1.0 << 0.0;
    QTest::newRow("on a boundary") << 3.0 << 4.0 << 2.0;
    QTest::newRow("mid-step finishes it") << 3.4 << 4.0 << 3.0;
    QTest::newRow("nearly there") << 3.99 << 4.0 << 3.0;
    QTest::newRow("end") << 14.0 << 14.0 << 13.0;
}

void TestPlaybackTimeline::stops()
{
    QFETCH(double, time);
    QFETCH(double, next);
    QFETCH(double, previous);
    const auto cmp = test::twoActionComparison();
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    QCOMPARE(t.nextStop(time), next);
    QCOMPARE(t.previousStop(time), previous);
}

void TestPlaybackTimeline::emptyAndShortRuns()
{
    const PlaybackTimeline empty;
    QCOMPARE(empty.duration(), 0.0);
    QCOMPARE(empty.actionAt(3), -1);
    QCOMPARE(empty.positionAt(Architecture::EventSourced, 3).step, -1);
    QCOMPARE(empty.nextStop(0), 0.0);

    // One side has no step at all in action 1: it keeps showing its last step of action 0.
    auto cmp = test::twoActionComparison();
    cmp->eventSourced.steps.resize(9);
    cmp->eventSourced.actionFirstStep = { 0, 9 };
    const PlaybackTimeline t(cmp->eventSourced, cmp->apiDriven);
    QCOMPARE(t.duration(), 13.0);
    QCOMPARE(t.positionAt(Architecture::EventSourced, 12.5).step, 8);
    QCOMPARE(t.positionAt(Architecture::EventSourced, 12.5).progress, 1.0);
    QCOMPARE(t.positionAt(Architecture::ApiDriven, 12.5).step, 12);
}

QTEST_APPLESS_MAIN(TestPlaybackTimeline)
#include "tst_playbacktimeline.moc"
