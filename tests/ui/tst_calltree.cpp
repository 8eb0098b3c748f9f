// The debugger moves over a run's call tree: step over, step out, next and previous notification, on hand-built
// trees (nested handling, a delivery recorded after its publisher returned, several roots, damaged parents).
#include "painting/session/calltree.h"
#include "run.h"

#include <QTest>

using namespace notiflow;
using notiflow::ui::CallTree;

namespace {
// A run whose steps have the given parents; the steps listed in `sends` are Send steps, the rest queries.
Run runOf(const QList<int>& parents, const QList<int>& sends)
{
    Run run;
    for (int i = 0; i < parents.size(); ++i) {
        Step s;
        s.index = i;
        s.parent = parents.at(i);
        s.kind = parents.at(i) < 0 ? StepKind::Trigger : sends.contains(i) ? StepKind::Send : StepKind::Query;
        run.steps.push_back(s);
    }
    return run;
}
} // namespace

class TestCallTree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void moves_data();
    void moves();
    void subtreeEnd_data();
    void subtreeEnd();
    void emptyRunStaysPut();
};

void TestCallTree::moves_data()
{
    QTest::addColumn<QList<int>>("parents");
    QTest::addColumn<QList<int>>("sends");
    QTest::addColumn<QString>("move");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("expected");

    // 0 trigger; 1 calls 2 and 3; 4 calls 5; 6 is the trigger's last own step.
    const QList<int> nested { -1, 0, 1, 1, 0, 4, 0 };
    QTest::newRow("over: before the start goes to the first step") << nested << QList<int>() << "over" << -1 << 0;
    QTest::newRow("over: a call with two children") << nested << QList<int>() << "over" << 1 << 4;
    QTest::newRow("over: a leaf is one step") << nested << QList<int>() << "over" << 2 << 3;
    QTest::newRow("over: the last child of a call") << nested << QList<int>() << "over" << 3 << 4;
    QTest::newRow("over: a call ending just before the last") << nested << QList<int>() << "over" << 4 << 6;
    QTest::newRow("over: the root holds everything, stays") << nested << QList<int>() << "over" << 0 << 0;
    QTest::newRow("over: the last step stays") << nested << QList<int>() << "over" << 6 << 6;
    QTest::newRow("out: from a leaf to the end of its call") << nested << QList<int>() << "out" << 2 << 3;
    QTest::newRow("out: from a call's end to the root's end") << nested << QList<int>() << "out" << 3 << 6;
    QTest::newRow("out: from a call to the root's end") << nested << QList<int>() << "out" << 4 << 6;
    QTest::newRow("out: a root to its own end") << nested << QList<int>() << "out" << 0 << 6;
    QTest::newRow("out: the last step stays") << nested << QList<int>() << "out" << 6 << 6;
    QTest::newRow("out: before the start stays") << nested << QList<int>() << "out" << -1 << -1;

    // 0 trigger; 1 publishes; 2 updates; 3 is 1's delivery, recorded after 2; 4 is the subscriber's query;
    // 5 the next action's trigger.
    const QList<int> async { -1, 0, 0, 1, 3, -1 };
    QTest::newRow("over: a publish takes its later delivery along") << async << QList<int>() << "over" << 1 << 5;
    QTest::newRow("over: a step between publish and delivery") << async << QList<int>() << "over" << 2 << 3;
    QTest::newRow("out: from between publish and delivery") << async << QList<int>() << "out" << 2 << 4;
    QTest::newRow("over: a trigger to the next action") << async << QList<int>() << "over" << 0 << 5;
    QTest::newRow("out: the delivery's query to the end of the action") << async << QList<int>() << "out" << 4 << 4;

    const QList<int> roots { -1, 0, -1, 2 };
    QTest::newRow("over: root to root") << roots << QList<int>() << "over" << 0 << 2;
    QTest::newRow("out: at the end of an action stays") << roots << QList<int>() << "out" << 1 << 1;
    QTest::newRow("out: second root") << roots << QList<int>() << "out" << 2 << 3;

    // A parent that is not before its child is taken as a root, never followed.
    const QList<int> damaged { -1, 3, 0, 7 };
    QTest::newRow("over: damaged parents are roots") << damaged << QList<int>() << "over" << 1 << 2;
    QTest::newRow("out: damaged parent") << damaged << QList<int>() << "out" << 3 << 3;

    const QList<int> flat { -1, 0, 0, 0, 0, 0, -1, 6 };
    const QList<int> sends { 2, 5, 7 };
    QTest::newRow("next: from before the start") << flat << sends << "next" << -1 << 2;
    QTest::newRow("next: from a send") << flat << sends << "next" << 2 << 5;
    QTest::newRow("next: between sends") << flat << sends << "next" << 3 << 5;
    QTest::newRow("next: after the last send stays") << flat << sends << "next" << 7 << 7;
    QTest::newRow("previous: from a send") << flat << sends << "previous" << 5 << 2;
    QTest::newRow("previous: between sends") << flat << sends << "previous" << 6 << 5;
    QTest::newRow("previous: the first send stays") << flat << sends << "previous" << 2 << 2;
    QTest::newRow("previous: before any send stays") << flat << sends << "previous" << 1 << 1;
    QTest::newRow("next: none at all stays") << flat << QList<int>() << "next" << 1 << 1;
}

void TestCallTree::moves()
{
    QFETCH(QList<int>, parents);
    QFETCH(QList<int>, sends);
    QFETCH(QString, move);
    QFETCH(int, from);
    QFETCH(int, expected);
    const CallTree tree(runOf(parents, sends));
    int got = -2;
    if (move == QLatin1String("over"))
        got = tree.stepOver(from);
    else if (move == QLatin1String("out"))
        got = tree.stepOut(from);
    else if (move == QLatin1String("next"))
        got = tree.nextNotification(from);
    else if (move == QLatin1String("previous"))
        got = tree.previousNotification(from);
    QCOMPARE(got, expected);
}

void TestCallTree::subtreeEnd_data()
{
    QTest::addColumn<QList<int>>("parents");
    QTest::addColumn<QList<int>>("ends");
    QTest::newRow("nested") << QList<int> { -1, 0, 1, 1, 0, 4, 0 } << QList<int> { 6, 3, 2, 3, 5, 5, 6 };
    QTest::newRow("async") << QList<int> { -1, 0, 0, 1, 3, -1 } << QList<int> { 4, 4, 2, 4, 4, 5 };
    QTest::newRow("chain") << QList<int> { -1, 0, 1, 2 } << QList<int> { 3, 3, 3, 3 };
}

void TestCallTree::subtreeEnd()
{
    QFETCH(QList<int>, parents);
    QFETCH(QList<int>, ends);
    const CallTree tree(runOf(parents, {}));
    for (int i = 0; i < parents.size(); ++i) {
        QCOMPARE(tree.subtreeEnd(i), ends.at(i));
        QVERIFY(tree.contains(i, ends.at(i)));
    }
}

void TestCallTree::emptyRunStaysPut()
{
    const CallTree tree { Run() };
    QCOMPARE(tree.stepCount(), 0);
    QCOMPARE(tree.stepOver(-1), -1);
    QCOMPARE(tree.stepOut(-1), -1);
    QCOMPARE(tree.nextNotification(-1), -1);
    QCOMPARE(tree.previousNotification(-1), -1);
}

QTEST_APPLESS_MAIN(TestCallTree)
#include "tst_calltree.moc"
