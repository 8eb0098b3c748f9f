// Step over, step out and next/previous notification through the replay session on every built-in scenario: the
// focused pane lands where a brute-force reading of the call tree says, both panes stay in the same scenario action,
// and a move with nowhere to go leaves the playhead where it was.
#include "painting/session/debugstepper.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "support/fixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace notiflow;
using namespace notiflow::ui;

Q_DECLARE_METATYPE(notiflow::Architecture)

namespace {
using Move = DebugStepper::Move;

bool descends(const Run& run, int ancestor, int step)
{
    for (int s = step; s >= 0; s = run.steps[static_cast<std::size_t>(s)].parent) {
        if (s == ancestor)
            return true;
    }
    return false;
}

int lastDescendant(const Run& run, int ancestor)
{
    int last = ancestor;
    for (int k = ancestor; k < static_cast<int>(run.steps.size()); ++k) {
        if (descends(run, ancestor, k))
            last = k;
    }
    return last;
}

// What each move should do, read from the recorded steps by brute force, without the CallTree.
int expectedTarget(const Run& run, Move move, int from)
{
    const int n = static_cast<int>(run.steps.size());
    const auto kindAt = [&run](int i) { return run.steps[static_cast<std::size_t>(i)].kind; };
    switch (move) {
    case Move::StepOver: {
        if (from < 0)
            return n > 0 ? 0 : from;
        const int next = lastDescendant(run, from) + 1;
        return next < n ? next : from;
    }
    case Move::StepOut:
        if (from < 0)
            return from;
        for (int a = run.steps[static_cast<std::size_t>(from)].parent; a >= 0;
             a = run.steps[static_cast<std::size_t>(a)].parent) {
            if (lastDescendant(run, a) > from)
                return lastDescendant(run, a);
        }
        return lastDescendant(run, from);
    case Move::NextNotification:
        for (int i = from + 1; i < n; ++i) {
            if (kindAt(i) == StepKind::Send)
                return i;
        }
        return from;
    case Move::PreviousNotification:
        for (int i = from - 1; i >= 0; --i) {
            if (kindAt(i) == StepKind::Send)
                return i;
        }
        return from;
    }
    return from;
}
} // namespace

class TestDebugStepper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMoveFromEveryStep_data();
    void everyMoveFromEveryStep();
    void stepOverFromTheLastStepStays_data();
    void stepOverFromTheLastStepStays();
    void focusIsSignalled();
    void goTo_data();
    void goTo();

private:
    Workspace m_workspace;
};

void TestDebugStepper::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    m_workspace.loadBuiltin();
    QVERIFY(!m_workspace.scenarios().empty());
}

void TestDebugStepper::everyMoveFromEveryStep_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Architecture>("side");
    for (const Scenario& s : m_workspace.scenarios()) {
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven })
            QTest::addRow("%s %s", s.id.c_str(), architectureId(side).data()) << QString::fromStdString(s.id) << side;
    }
}

void TestDebugStepper::everyMoveFromEveryStep()
{
    QFETCH(QString, id);
    QFETCH(Architecture, side);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(id)));
    DebugStepper stepper(&session);
    stepper.setFocusedSide(side);
    const Comparison* cmp = session.comparison();
    const Run& run = cmp->run(side);
    int moved = 0;
    for (int from = -1; from < static_cast<int>(run.steps.size()); ++from) {
        for (const Move move : { Move::StepOver, Move::StepOut, Move::NextNotification, Move::PreviousNotification }) {
            session.seekToStep(side, from);
            QCOMPARE(session.currentStep(side), from);
            const double before = session.playhead();
            const int expected = expectedTarget(run, move, from);
            QCOMPARE(stepper.target(move), expected);
            stepper.apply(move);
            const QByteArray where
                = QStringLiteral("%1 from step %2").arg(QVariant::fromValue(move).toString()).arg(from).toUtf8();
            QVERIFY2(session.currentStep(side) == expected, where.constData());
            if (expected == from)
                QVERIFY2(session.playhead() == before, where.constData()); // nowhere to go: nothing moves
            else
                ++moved;
            // Both panes in the action the playhead is in.
            for (const Architecture each : { Architecture::EventSourced, Architecture::ApiDriven }) {
                const int step = session.currentStep(each);
                if (step >= 0)
                    QVERIFY2(cmp->run(each).steps[static_cast<std::size_t>(step)].action == session.currentAction(),
                        where.constData());
            }
        }
    }
    QVERIFY(moved > 0); // every scenario has somewhere to step to
}

void TestDebugStepper::stepOverFromTheLastStepStays_data()
{
    QTest::addColumn<Architecture>("side");
    QTest::newRow("event-sourced") << Architecture::EventSourced;
    QTest::newRow("api-driven") << Architecture::ApiDriven;
}

void TestDebugStepper::stepOverFromTheLastStepStays()
{
    QFETCH(Architecture, side);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(QStringLiteral("price-drop"))));
    DebugStepper stepper(&session);
    stepper.setFocusedSide(side);
    session.goToEnd();
    const double end = session.playhead();
    const int last = session.currentStep(side);
    QCOMPARE(last, session.timeline().stepCount(side) - 1);
    QSignalSpy moved(&session, &ReplaySession::playheadChanged);
    stepper.stepOver();
    stepper.stepOut();
    stepper.nextNotification();
    QCOMPARE(moved.count(), 0);
    QCOMPARE(session.playhead(), end);
    QCOMPARE(session.currentStep(side), last);
}

void TestDebugStepper::focusIsSignalled()
{
    ReplaySession session;
    DebugStepper stepper(&session);
    QSignalSpy focused(&stepper, &DebugStepper::focusedSideChanged);
    stepper.setFocusedSide(Architecture::ApiDriven);
    stepper.setFocusedSide(Architecture::ApiDriven);
    QCOMPARE(focused.count(), 1);
    QCOMPARE(stepper.focusedSide(), Architecture::ApiDriven);
    stepper.stepOver(); // no comparison: nothing to do, nothing breaks
    QCOMPARE(session.playhead(), 0.0);
}

void TestDebugStepper::goTo_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("focused");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("customer, event-sourced") << "price-drop" << Architecture::EventSourced << "CUST-002" << true;
    QTest::newRow("customer, API-driven") << "price-drop" << Architecture::ApiDriven << "CUST-004" << true;
    QTest::newRow("recipient") << "price-drop" << Architecture::EventSourced << " +1-555-0102 " << true;
    QTest::newRow("email address") << "price-drop" << Architecture::ApiDriven << "zoe.marchetti@example.com" << true;
    QTest::newRow("order") << "order-shipped" << Architecture::EventSourced << "ORD-001" << true;
    QTest::newRow("a prefix of an id is not the id")
        << "price-drop" << Architecture::EventSourced << "CUST-00" << false;
    QTest::newRow("unknown") << "price-drop" << Architecture::ApiDriven << "nobody" << false;
    QTest::newRow("empty") << "price-drop" << Architecture::ApiDriven << "  " << false;
}

void TestDebugStepper::goTo()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, focused);
    QFETCH(QString, query);
    QFETCH(bool, found);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(scenario)));
    DebugStepper stepper(&session);
    stepper.setFocusedSide(focused);
    session.goToEnd();
    const double end = session.playhead();
    QCOMPARE(stepper.goTo(query), found);
    if (!found) {
        QCOMPARE(session.playhead(), end); // nothing moves
        return;
    }
    // The focused pane shows the first step that names the query: in its label, or as a decision's subject or a
    // notification's customer or recipient; no earlier step does.
    const Run& run = session.comparison()->run(focused);
    const int step = session.currentStep(focused);
    QVERIFY(step >= 0);
    const std::string q = query.trimmed().toStdString();
    const auto concerns = [&](int i) {
        const Step& s = run.steps[static_cast<std::size_t>(i)];
        bool hit = s.label.find(q) != std::string::npos;
        for (const Decision& d : run.decisions)
            hit = hit || (d.step == i && d.subject == q);
        for (const SentNotification& n : run.notifications)
            hit = hit || (n.step == i && (n.customerId == q || n.recipient == q));
        for (std::size_t a = 0; a < session.comparison()->scenario.actions.size(); ++a)
            hit = hit || (run.actionFirstStep[a] == i && session.comparison()->scenario.actions[a].orderId == q);
        return hit;
    };
    QVERIFY(concerns(step));
    for (int i = 0; i < step; ++i)
        QVERIFY2(!concerns(i), qPrintable(QStringLiteral("step %1 concerns it already").arg(i)));
    // The other pane is in the same action.
    const Architecture other
        = focused == Architecture::EventSourced ? Architecture::ApiDriven : Architecture::EventSourced;
    const int otherStep = session.currentStep(other);
    if (otherStep >= 0)
        QCOMPARE(session.comparison()->run(other).steps[static_cast<std::size_t>(otherStep)].action,
            run.steps[static_cast<std::size_t>(step)].action);
}

QTEST_MAIN(TestDebugStepper)
#include "tst_debugstepper.moc"
