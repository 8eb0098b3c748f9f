// The replay session: step, back, scrub, start/end, play advancing on the frame timer and stopping at the end.
#include "painting/session/replaysession.h"
#include "support/fixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace notiflow;
using notiflow::ui::ReplaySession;

class TestReplaySession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsAtZero();
    void stepForwardAndBack();
    void stepKeysLandOnFinalFrames_data();
    void stepKeysLandOnFinalFrames();
    void scrubClamps();
    void startAndEnd();
    void seekToStep();
    void selectionFollowsPlayhead();
    void listenersNeverSeeTheOldChoiceWithTheNewPlayhead();
    void speedIsClamped();
    void playAdvances();
    void playStopsAtTheEnd();
    void playFromTheEndStartsOver();
};

void TestReplaySession::startsAtZero()
{
    ReplaySession s;
    QSignalSpy changed(&s, &ReplaySession::comparisonChanged);
    s.setComparison(test::twoActionComparison());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(s.playhead(), 0.0);
    QCOMPARE(s.currentStep(Architecture::EventSourced), -1);
    QCOMPARE(s.currentAction(), 0);
    QVERIFY(!s.isPlaying());
}

void TestReplaySession::stepForwardAndBack()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    QSignalSpy moved(&s, &ReplaySession::playheadChanged);
    s.stepForward();
    QCOMPARE(s.playhead(), 1.0);
    QCOMPARE(s.currentStep(Architecture::EventSourced), 0);
    QCOMPARE(s.currentStep(Architecture::ApiDriven), 0);
    s.stepForward();
    s.stepForward();
    QCOMPARE(s.currentStep(Architecture::ApiDriven), 2);
    s.stepBack();
    QCOMPARE(s.playhead(), 2.0);
    QCOMPARE(s.currentStep(Architecture::ApiDriven), 1);
    QCOMPARE(moved.count(), 4);
    s.goToStart();
    s.stepBack(); // nothing before the start
    QCOMPARE(s.playhead(), 0.0);
}

void TestReplaySession::stepKeysLandOnFinalFrames_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("forward");
    QTest::addColumn<double>("back");
    QTest::newRow("mid-step") << 4.3 << 5.0 << 4.0;
    QTest::newRow("boundary") << 6.0 << 7.0 << 5.0;
    QTest::newRow("end") << 14.0 << 14.0 << 13.0;
}

void TestReplaySession::stepKeysLandOnFinalFrames()
{
    QFETCH(double, from);
    QFETCH(double, forward);
    QFETCH(double, back);
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.setPlayhead(from);
    s.stepForward();
    QCOMPARE(s.playhead(), forward);
    QCOMPARE(s.position(Architecture::ApiDriven).progress, 1.0);
    s.setPlayhead(from);
    s.stepBack();
    QCOMPARE(s.playhead(), back);
}

void TestReplaySession::scrubClamps()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.setPlayhead(9.5);
    QCOMPARE(s.currentStep(Architecture::EventSourced), 8); // waits for the other side
    QCOMPARE(s.currentStep(Architecture::ApiDriven), 9);
    s.setPlayhead(100);
    QCOMPARE(s.playhead(), 14.0);
    s.setPlayhead(-1);
    QCOMPARE(s.playhead(), 0.0);
}

void TestReplaySession::startAndEnd()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.goToEnd();
    QCOMPARE(s.playhead(), 14.0);
    QCOMPARE(s.currentStep(Architecture::EventSourced), 11);
    QCOMPARE(s.currentStep(Architecture::ApiDriven), 12);
    QCOMPARE(s.currentAction(), 1);
    s.goToStart();
    QCOMPARE(s.playhead(), 0.0);
}

void TestReplaySession::seekToStep()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    QSignalSpy selected(&s, &ReplaySession::selectedStepChanged);
    s.seekToStep(Architecture::EventSourced, 9); // first step of action 1
    QCOMPARE(s.playhead(), 12.0);
    QCOMPARE(s.position(Architecture::EventSourced).step, 9);
    QCOMPARE(s.position(Architecture::EventSourced).progress, 1.0);
    QCOMPARE(s.selectedSide(), Architecture::EventSourced);
    QCOMPARE(s.selectedStep(), 9);
    QVERIFY(selected.count() >= 1);
    s.seekToStep(Architecture::ApiDriven, 10);
    QCOMPARE(s.playhead(), 11.0);
    QCOMPARE(s.selectedSide(), Architecture::ApiDriven);
    QCOMPARE(s.selectedStep(), 10);
}

void TestReplaySession::selectionFollowsPlayhead()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.selectStep(Architecture::ApiDriven, 5);
    QCOMPARE(s.selectedStep(), 5);
    s.setPlayhead(3);
    QCOMPARE(s.selectedStep(), 2); // moving the playhead ends the manual choice
}

// Whoever hears of a playhead move already sees the choice moved with it: the details panel reads the two together.
void TestReplaySession::listenersNeverSeeTheOldChoiceWithTheNewPlayhead()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    int heard = 0;
    int stale = 0;
    connect(&s, &ReplaySession::playheadChanged, this, [&] {
        ++heard;
        if (s.selectedStep() != s.currentStep(s.selectedSide()))
            ++stale;
    });
    for (int i = 0; i < 6; ++i)
        s.stepForward();
    s.selectStep(s.selectedSide(), 0); // a step picked by hand, then the playhead moves on
    s.stepForward();
    QVERIFY(heard >= 7);
    QCOMPARE(stale, 0);
}

void TestReplaySession::speedIsClamped()
{
    ReplaySession s;
    QSignalSpy spy(&s, &ReplaySession::speedChanged);
    s.setSpeed(10);
    QCOMPARE(s.speed(), 4.0);
    s.setSpeed(0.01);
    QCOMPARE(s.speed(), 0.25);
    QCOMPARE(spy.count(), 2);
}

void TestReplaySession::playAdvances()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    QSignalSpy playing(&s, &ReplaySession::playingChanged);
    QSignalSpy moved(&s, &ReplaySession::playheadChanged);
    s.setSpeed(4);
    s.play();
    QVERIFY(s.isPlaying());
    QCOMPARE(playing.count(), 1);
    QVERIFY(moved.wait(1000));
    QTRY_VERIFY(s.playhead() > 0.5);
    // Frames move the playhead smoothly: values between slot boundaries appear.
    QTRY_VERIFY(s.position(Architecture::ApiDriven).progress < 1.0 && s.position(Architecture::ApiDriven).progress > 0);
    s.pause();
    QVERIFY(!s.isPlaying());
    const double stopped = s.playhead();
    QTest::qWait(50);
    QCOMPARE(s.playhead(), stopped);
}

void TestReplaySession::playStopsAtTheEnd()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.setSpeed(4);
    s.setPlayhead(13.2);
    QSignalSpy playing(&s, &ReplaySession::playingChanged);
    s.play();
    QTRY_VERIFY_WITH_TIMEOUT(!s.isPlaying(), 3000);
    QCOMPARE(s.playhead(), 14.0);
    QCOMPARE(playing.count(), 2);
}

void TestReplaySession::playFromTheEndStartsOver()
{
    ReplaySession s;
    s.setComparison(test::twoActionComparison());
    s.goToEnd();
    s.play();
    QVERIFY(s.isPlaying());
    QVERIFY(s.playhead() < 1.0);
    s.pause();
}

QTEST_GUILESS_MAIN(TestReplaySession)
#include "tst_replaysession.moc"
