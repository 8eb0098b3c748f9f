// The sequence timeline's mapping math: step/separator <-> row <-> y, lane <-> x, visible rows.
#include "painting/painters/timelinegeometry.h"

#include <QTest>

using notiflow::ui::TimelineGeometry;

class TestTimelineGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void rowAt_data();
    void rowAt();
    void yMapping_data();
    void yMapping();
    void visibleRows_data();
    void visibleRows();
    void lanes_data();
    void lanes();
    void noActions();
    void foldedRows_data();
    void foldedRows();
    void foldedRowAt_data();
    void foldedRowAt();
    void foldsRoundTrip();
};

namespace {
// Three actions: steps 0-3, none, 4-9. Rows: sep0, s0..s3, sep1, sep2, s4..s9 = 13 rows.
TimelineGeometry sample()
{
    TimelineGeometry g({ 0, 4, 4 }, 10, 5);
    g.setRowHeight(20);
    g.setLaneArea(40, 500);
    return g;
}
// The sample with steps 1-2 folded away (one row) and steps 6-8 expanded under a header row; a fold across actions
// 0 and 2 (steps 3-4) is refused. Rows: sep0, s0, fold(1-2), s3, sep1, sep2, s4, s5, header(6-8), s6, s7, s8, s9.
TimelineGeometry folded()
{
    TimelineGeometry g = sample();
    g.setFolds({ { 1, 2, 7, true }, { 3, 4, 8, true }, { 6, 8, 9, false } });
    return g;
}
} // namespace

void TestTimelineGeometry::rows_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("action");
    QTest::newRow("first step, after separator 0") << 0 << 1 << 0;
    QTest::newRow("last of action 0") << 3 << 4 << 0;
    QTest::newRow("first of action 2, after two separators") << 4 << 7 << 2;
    QTest::newRow("last step") << 9 << 12 << 2;
}

void TestTimelineGeometry::rows()
{
    QFETCH(int, step);
    QFETCH(int, row);
    QFETCH(int, action);
    const TimelineGeometry g = sample();
    QCOMPARE(g.rowCount(), 13);
    QCOMPARE(g.rowOfStep(step), row);
    QCOMPARE(g.actionOfStep(step), action);
    QCOMPARE(g.rowAt(row).separator, false);
    QCOMPARE(g.rowAt(row).index, step);
}

void TestTimelineGeometry::rowAt_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("separator");
    QTest::addColumn<int>("index");
    QTest::newRow("separator 0") << 0 << true << 0;
    QTest::newRow("step 0") << 1 << false << 0;
    QTest::newRow("separator of the empty action") << 5 << true << 1;
    QTest::newRow("separator 2") << 6 << true << 2;
    QTest::newRow("step 4") << 7 << false << 4;
    QTest::newRow("above") << -1 << false << -1;
    QTest::newRow("below") << 13 << false << -1;
}

void TestTimelineGeometry::rowAt()
{
    QFETCH(int, row);
    QFETCH(bool, separator);
    QFETCH(int, index);
    const auto r = sample().rowAt(row);
    QCOMPARE(r.separator, separator);
    QCOMPARE(r.index, index);
}

void TestTimelineGeometry::yMapping_data()
{
    QTest::addColumn<qreal>("y");
    QTest::addColumn<int>("row");
    QTest::newRow("top") << 0.0 << 0;
    QTest::newRow("inside row 0") << 19.9 << 0;
    QTest::newRow("row 1") << 20.0 << 1;
    QTest::newRow("last row") << 259.0 << 12;
    QTest::newRow("below clamps to rowCount") << 1000.0 << 13;
    QTest::newRow("above") << -5.0 << -1;
}

void TestTimelineGeometry::yMapping()
{
    QFETCH(qreal, y);
    QFETCH(int, row);
    const TimelineGeometry g = sample();
    QCOMPARE(g.rowAtY(y), row);
    QCOMPARE(g.contentHeight(), 260.0);
    QCOMPARE(g.stepY(4), 7 * 20 + 10.0);
}

void TestTimelineGeometry::visibleRows_data()
{
    QTest::addColumn<qreal>("top");
    QTest::addColumn<qreal>("height");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("whole") << 0.0 << 1000.0 << 0 << 12;
    QTest::newRow("exact rows 2-4") << 40.0 << 60.0 << 2 << 4;
    QTest::newRow("partial rows") << 45.0 << 30.0 << 2 << 3;
    QTest::newRow("scrolled past the end") << 400.0 << 100.0 << 13 << 12;
}

void TestTimelineGeometry::visibleRows()
{
    QFETCH(qreal, top);
    QFETCH(qreal, height);
    QFETCH(int, first);
    QFETCH(int, last);
    const auto [f, l] = sample().visibleRows(top, height);
    QCOMPARE(f, first);
    QCOMPARE(l, last);
}

void TestTimelineGeometry::lanes_data()
{
    QTest::addColumn<qreal>("x");
    QTest::addColumn<int>("lane");
    QTest::newRow("left of the lanes") << 39.0 << -1;
    QTest::newRow("lane 0") << 40.0 << 0;
    QTest::newRow("lane 0 centre") << 90.0 << 0;
    QTest::newRow("lane 2") << 290.0 << 2;
    QTest::newRow("lane 4 edge") << 539.0 << 4;
    QTest::newRow("right of the lanes") << 540.0 << -1;
}

void TestTimelineGeometry::lanes()
{
    QFETCH(qreal, x);
    QFETCH(int, lane);
    const TimelineGeometry g = sample();
    QCOMPARE(g.laneWidth(), 100.0);
    QCOMPARE(g.laneX(2), 290.0);
    QCOMPARE(g.laneAtX(x), lane);
}

void TestTimelineGeometry::noActions()
{
    TimelineGeometry g({}, 3, 2);
    QCOMPARE(g.rowCount(), 3);
    QCOMPARE(g.rowOfStep(2), 2);
    QCOMPARE(g.rowAt(1).index, 1);
    QCOMPARE(g.rowAt(1).separator, false);
}

void TestTimelineGeometry::foldedRows_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("row");
    QTest::newRow("before the fold") << 0 << 1;
    QTest::newRow("first folded step: the fold's row") << 1 << 2;
    QTest::newRow("last folded step: the same row") << 2 << 2;
    QTest::newRow("after the fold, one row up") << 3 << 3;
    QTest::newRow("next action") << 4 << 6;
    QTest::newRow("before the expanded fold") << 5 << 7;
    QTest::newRow("first expanded step, under its header") << 6 << 9;
    QTest::newRow("last expanded step") << 8 << 11;
    QTest::newRow("after the expanded fold") << 9 << 12;
}

void TestTimelineGeometry::foldedRows()
{
    QFETCH(int, step);
    QFETCH(int, row);
    const TimelineGeometry g = folded();
    QCOMPARE(g.folds().size(), std::size_t(2)); // the fold across actions was refused
    QCOMPARE(g.rowCount(), 13);
    QCOMPARE(g.rowOfStep(step), row);
    QCOMPARE(g.rowOfAction(1), 4);
    QCOMPARE(g.rowOfAction(2), 5);
}

void TestTimelineGeometry::foldedRowAt_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("separator");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("fold");
    QTest::newRow("step 0") << 1 << false << 0 << -1;
    QTest::newRow("collapsed fold") << 2 << false << 1 << 0;
    QTest::newRow("step 3") << 3 << false << 3 << -1;
    QTest::newRow("separator 1") << 4 << true << 1 << -1;
    QTest::newRow("step 5") << 7 << false << 5 << -1;
    QTest::newRow("expanded fold's header") << 8 << false << 6 << 1;
    QTest::newRow("step 6 under the header") << 9 << false << 6 << -1;
    QTest::newRow("last step") << 12 << false << 9 << -1;
    QTest::newRow("below") << 13 << false << -1 << -1;
}

void TestTimelineGeometry::foldedRowAt()
{
    QFETCH(int, row);
    QFETCH(bool, separator);
    QFETCH(int, index);
    QFETCH(int, fold);
    const TimelineGeometry::Row r = folded().rowAt(row);
    QCOMPARE(r.separator, separator);
    QCOMPARE(r.index, index);
    QCOMPARE(r.fold, fold);
}

void TestTimelineGeometry::foldsRoundTrip()
{
    // Every step row maps back to its step, and every step to a row that shows it or its fold.
    const TimelineGeometry g = folded();
    for (int row = 0; row < g.rowCount(); ++row) {
        const TimelineGeometry::Row r = g.rowAt(row);
        if (!r.separator && r.fold < 0)
            QCOMPARE(g.rowOfStep(r.index), row);
    }
    for (int step = 0; step < g.stepCount(); ++step) {
        const TimelineGeometry::Row r = g.rowAt(g.rowOfStep(step));
        QVERIFY(r.index == step || (r.fold >= 0 && g.foldOfStep(step) == r.fold));
    }
}

QTEST_APPLESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
