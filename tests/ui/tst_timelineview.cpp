// The timeline widget in both modes: the playhead's step is scrolled into view and hit by a click where its arrow
// is drawn, in step order and in simulated time; both panes share one time scale; and in the window T (and the View
// menu's entry) switches both panes, is on the keys card and is remembered.
#include "painting/painters/timelinepainter.h"
#include "painting/session/replaysession.h"
#include "painting/session/settings.h"
#include "painting/session/workspace.h"
#include "support/fixtures.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/keysoverlay.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace notiflow;
using namespace notiflow::ui;

Q_DECLARE_METATYPE(notiflow::Architecture)

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void playheadInViewInBothModes_data();
    void playheadInViewInBothModes();
    void keyTogglesBothPanesAndIsRemembered();

private:
    Workspace m_workspace;
};

void TestTimelineView::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway place
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelineview"));
    Settings().setTimelineTime(false);
    m_workspace.loadBuiltin();
}

void TestTimelineView::playheadInViewInBothModes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("side");
    QTest::addColumn<bool>("time");
    for (const bool time : { false, true }) {
        const char* mode = time ? "time" : "order";
        QTest::addRow("price drop, side down, es, %s", mode)
            << "price-drop-side-down" << Architecture::EventSourced << time;
        QTest::addRow("ship, API down, retry, api, %s", mode)
            << "ship-api-down-retry" << Architecture::ApiDriven << time;
        QTest::addRow("email outage, es, %s", mode) << "email-outage" << Architecture::EventSourced << time;
    }
}

// Every step, from the last back to the first: the view scrolls so that the playhead's arrow is in view, and a click
// on the arrow's line selects that very step (or, in time, one drawn on the same line).
void TestTimelineView::playheadInViewInBothModes()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, side);
    QFETCH(bool, time);
    ReplaySession session;
    session.setComparison(std::make_shared<Comparison>(
        compareArchitectures(test::defaultData(), test::builtinScenario(scenario.toStdString()))));
    TimelineView view(&session, side);
    TimelineView other(
        &session, side == Architecture::EventSourced ? Architecture::ApiDriven : Architecture::EventSourced);
    view.resize(640, 320);
    other.resize(640, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTimeMode(time);
    other.setTimeMode(time);
    QCOMPARE(view.isTimeMode(), time);
    QCOMPARE(view.fittedGeometry().isTimeMode(), time);
    if (time) { // the same millisecond is the same height in both panes
        QCOMPARE(view.fittedGeometry().pixelsPerMs(), other.fittedGeometry().pixelsPerMs());
        QCOMPARE(view.fittedGeometry().timeY(1000), other.fittedGeometry().timeY(1000));
    }

    const Run& run = session.comparison()->run(side);
    const qreal header = TimelinePainter::headerHeight(view.paintFont());
    const qreal visible = view.viewport()->height() - header;
    for (int step = static_cast<int>(run.steps.size()) - 1; step >= 0; --step) {
        session.seekToStep(side, step);
        QCOMPARE(session.currentStep(side), step);
        const TimelineGeometry g = view.fittedGeometry();
        const qreal y = g.stepY(step) - view.verticalScrollBar()->value();
        QVERIFY2(
            y >= 0 && y <= visible, qPrintable(QStringLiteral("step %1 at %2 of %3").arg(step).arg(y).arg(visible)));
        const QPoint arrow(static_cast<int>(g.laneX(0)), static_cast<int>(header + y));
        const int hit = view.stepAt(arrow);
        if (time) // steps starting in the same millisecond lie on one line: the first of them is hit
            QVERIFY2(hit >= 0 && std::abs(g.stepY(hit) - g.stepY(step)) <= 1.5, qPrintable(QString::number(hit)));
        else
            QCOMPARE(hit, step);
    }
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
        QPoint(static_cast<int>(view.fittedGeometry().laneX(0)),
            static_cast<int>(header + view.fittedGeometry().stepY(0) - view.verticalScrollBar()->value())));
    QCOMPARE(session.currentStep(side), 0);
}

void TestTimelineView::keyTogglesBothPanesAndIsRemembered()
{
    const auto timeModes = [](MainWindow& w) {
        return QList<bool> { w.pane(Architecture::EventSourced)->timelineView()->isTimeMode(),
            w.pane(Architecture::ApiDriven)->timelineView()->isTimeMode() };
    };
    {
        MainWindow w(&m_workspace, { QStringLiteral("email-outage"), 10 });
        w.setErrorDialogsEnabled(false);
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAction* toggle = w.actions().timelineTime;
        QCOMPARE(timeModes(w), (QList<bool> { false, false }));
        QVERIFY(!toggle->toolTip().isEmpty());
        QVERIFY(w.findChild<QToolBar*>()->actions().contains(toggle));
        QVERIFY(w.keysOverlay()->entries().contains(
            { QStringLiteral("T"), QStringLiteral("Timelines in simulated time / in step order") }));

        QTest::keyClick(&w, Qt::Key_T);
        QVERIFY(toggle->isChecked());
        QCOMPARE(timeModes(w), (QList<bool> { true, true }));
        // The playhead's step stays in view after the switch.
        TimelineView* view = w.pane(Architecture::EventSourced)->timelineView();
        const int step = w.session()->currentStep(Architecture::EventSourced);
        const qreal y = view->fittedGeometry().stepY(step) - view->verticalScrollBar()->value();
        QVERIFY(y >= 0 && y <= view->viewport()->height());
        QVERIFY(Settings().timelineTime());
    }
    {
        MainWindow again(&m_workspace, { QStringLiteral("email-outage"), -1 });
        QVERIFY(again.actions().timelineTime->isChecked());
        QCOMPARE(timeModes(again), (QList<bool> { true, true }));
        again.actions().timelineTime->trigger();
        QCOMPARE(timeModes(again), (QList<bool> { false, false }));
    }
    QVERIFY(!Settings().timelineTime());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
