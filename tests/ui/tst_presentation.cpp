// Presentation mode: entering and leaving restores the window exactly, the clicker keys in and out of it, the
// blackout, the transport strip that fades when the mouse rests, the zoom (clamped, remembered, applied to the
// panes and captions), and the title slide that shows while the playhead is at the start.
#include "painting/folding/foldingstate.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "painting/style/zoomlevel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/presentation/transportstrip.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/views/titleslide.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace notiflow;
using namespace notiflow::ui;

class TestPresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void enterAndLeaveRestoreTheWindow_data();
    void enterAndLeaveRestoreTheWindow();
    void keys_data();
    void keys();
    void blackoutSwallowsTheNextKey_data();
    void blackoutSwallowsTheNextKey();
    void stripFadesWhenIdleAndReturnsOnMovement();
    void stripScrubberShowsTheFolds();
    void zoomSteps_data();
    void zoomSteps();
    void zoomClampsAndPersists();
    void zoomScalesPanesAndCaptions();
    void eachModeRemembersItsZoom();
    void titleSlideFollowsThePlayhead();
    void titleSlideOptionPersists();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& scenario = QStringLiteral("price-drop"));
    Workspace m_workspace;
};

void TestPresentation::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
    m_workspace.loadBuiltin();
}

void TestPresentation::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestPresentation::makeWindow(const QString& scenario)
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { scenario, -1 });
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 800);
    w->move(40, 30);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window did not become active");
    return w;
}

namespace {
struct WindowLook {
    QRect geometry;
    Qt::WindowStates state;
    bool menuBar;
    bool toolBar;
    bool scrubber;
    QStringList visibleDocks;
    bool operator==(const WindowLook&) const = default;
};

WindowLook lookOf(MainWindow* w)
{
    WindowLook look { w->geometry(), w->windowState(), w->menuBar()->isVisible(),
        w->findChild<QToolBar*>(QStringLiteral("transport"))->isVisible(), w->scrubber()->isVisible(), {} };
    for (QDockWidget* dock : w->findChildren<QDockWidget*>()) {
        if (dock->isVisible())
            look.visibleDocks << dock->objectName();
    }
    look.visibleDocks.sort();
    return look;
}

char* toString(const WindowLook& l)
{
    return QTest::toString(QStringLiteral("%1,%2 %3x%4 state %5 menu %6 toolbar %7 docks [%8]")
                               .arg(l.geometry.x())
                               .arg(l.geometry.y())
                               .arg(l.geometry.width())
                               .arg(l.geometry.height())
                               .arg(int(l.state))
                               .arg(l.menuBar)
                               .arg(l.toolBar)
                               .arg(l.visibleDocks.join(QLatin1Char(','))));
}
} // namespace

void TestPresentation::enterAndLeaveRestoreTheWindow_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("enterKey");
    QTest::addColumn<int>("leaveKey");
    QTest::newRow("F5 then Esc") << "default" << int(Qt::Key_F5) << int(Qt::Key_Escape);
    QTest::newRow("F11 then F11") << "default" << int(Qt::Key_F11) << int(Qt::Key_F11);
    QTest::newRow("docks closed") << "no docks" << int(Qt::Key_F5) << int(Qt::Key_Escape);
    QTest::newRow("two docks floating apart") << "split docks" << int(Qt::Key_F5) << int(Qt::Key_Escape);
    QTest::newRow("maximised") << "maximised" << int(Qt::Key_F5) << int(Qt::Key_Escape);
    QTest::newRow("toolbar hidden") << "no toolbar" << int(Qt::Key_F11) << int(Qt::Key_Escape);
}

void TestPresentation::enterAndLeaveRestoreTheWindow()
{
    QFETCH(QString, setup);
    QFETCH(int, enterKey);
    QFETCH(int, leaveKey);
    auto w = makeWindow();
    if (setup == QLatin1String("no docks")) {
        for (QDockWidget* dock : w->findChildren<QDockWidget*>())
            dock->close();
    } else if (setup == QLatin1String("split docks")) {
        auto* why = w->findChild<QDockWidget*>(QStringLiteral("whyDock"));
        w->addDockWidget(Qt::LeftDockWidgetArea, why);
        why->show();
        w->resize(1500, 800); // two dock areas need more than 1280 pixels beside the panes' minimum widths
    } else if (setup == QLatin1String("maximised")) {
        w->showMaximized();
        QTRY_VERIFY(w->windowState() & Qt::WindowMaximized);
    } else if (setup == QLatin1String("no toolbar")) {
        w->findChild<QToolBar*>(QStringLiteral("transport"))->hide();
    }
    const WindowLook before = lookOf(w.get());

    QTest::keyClick(w.get(), static_cast<Qt::Key>(enterKey));
    QVERIFY(w->presentation()->isActive());
    QTRY_VERIFY(w->isFullScreen());
    QVERIFY(!w->menuBar()->isVisible());
    QVERIFY(!w->findChild<QToolBar*>(QStringLiteral("transport"))->isVisible());
    QVERIFY(!w->scrubber()->isVisible());
    for (QDockWidget* dock : w->findChildren<QDockWidget*>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(w->presentation()->strip()->isVisible());
    QVERIFY(w->pane(Architecture::EventSourced)->isVisible());
    QVERIFY(w->pane(Architecture::ApiDriven)->isVisible());

    QTest::keyClick(w.get(), static_cast<Qt::Key>(leaveKey));
    QVERIFY(!w->presentation()->isActive());
    QTRY_VERIFY(!w->isFullScreen());
    QVERIFY(!w->presentation()->strip()->isVisible());
    QTRY_COMPARE(lookOf(w.get()), before);
}

void TestPresentation::keys_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("playheadAfter"); // from 3; -1: unchanged
    QTest::addColumn<bool>("blackAfter");
    QTest::addColumn<bool>("presentingAfter");
    for (bool presenting : { false, true }) {
        const char* where = presenting ? "presenting" : "window";
        QTest::addRow("%s: PageDown", where) << presenting << int(Qt::Key_PageDown) << 4.0 << false << presenting;
        QTest::addRow("%s: PageUp", where) << presenting << int(Qt::Key_PageUp) << 2.0 << false << presenting;
        QTest::addRow("%s: Right", where) << presenting << int(Qt::Key_Right) << 4.0 << false << presenting;
        QTest::addRow("%s: Left", where) << presenting << int(Qt::Key_Left) << 2.0 << false << presenting;
        QTest::addRow("%s: B", where) << presenting << int(Qt::Key_B) << 3.0 << true << presenting;
        QTest::addRow("%s: period", where) << presenting << int(Qt::Key_Period) << 3.0 << true << presenting;
        QTest::addRow("%s: F5", where) << presenting << int(Qt::Key_F5) << 3.0 << false << !presenting;
        QTest::addRow("%s: F11", where) << presenting << int(Qt::Key_F11) << 3.0 << false << !presenting;
        QTest::addRow("%s: Esc", where) << presenting << int(Qt::Key_Escape) << 3.0 << false << false;
    }
}

void TestPresentation::keys()
{
    QFETCH(bool, presenting);
    QFETCH(int, key);
    QFETCH(double, playheadAfter);
    QFETCH(bool, blackAfter);
    QFETCH(bool, presentingAfter);
    auto w = makeWindow();
    if (presenting)
        w->presentation()->enter();
    w->session()->setPlayhead(3);
    QTest::keyClick(w.get(), static_cast<Qt::Key>(key));
    QCOMPARE(w->session()->playhead(), playheadAfter);
    QCOMPARE(w->presentation()->isBlackedOut(), blackAfter);
    QCOMPARE(w->presentation()->isActive(), presentingAfter);
}

void TestPresentation::blackoutSwallowsTheNextKey_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("presentingAfter");
    for (bool presenting : { false, true }) {
        const char* where = presenting ? "presenting" : "window";
        QTest::addRow("%s: B", where) << presenting << int(Qt::Key_B) << presenting;
        QTest::addRow("%s: period", where) << presenting << int(Qt::Key_Period) << presenting;
        QTest::addRow("%s: PageDown", where) << presenting << int(Qt::Key_PageDown) << presenting;
        QTest::addRow("%s: PageUp", where) << presenting << int(Qt::Key_PageUp) << presenting;
        QTest::addRow("%s: Space", where) << presenting << int(Qt::Key_Space) << presenting;
        QTest::addRow("%s: Right", where) << presenting << int(Qt::Key_Right) << presenting;
        QTest::addRow("%s: Esc", where) << presenting << int(Qt::Key_Escape) << false;
    }
}

void TestPresentation::blackoutSwallowsTheNextKey()
{
    // As in slide software: while black, a clicker key only brings the picture back; it does not also step.
    QFETCH(bool, presenting);
    QFETCH(int, key);
    QFETCH(bool, presentingAfter);
    auto w = makeWindow();
    if (presenting)
        w->presentation()->enter();
    w->session()->setPlayhead(3);
    QTest::keyClick(w.get(), Qt::Key_B);
    QVERIFY(w->presentation()->isBlackedOut());
    auto* black = w->findChild<QWidget*>(QStringLiteral("blackout"));
    QVERIFY(black && black->isVisible());
    QCOMPARE(black->geometry(), w->rect());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w.get(), static_cast<Qt::Key>(key));
    QVERIFY(!w->presentation()->isBlackedOut());
    QVERIFY(!black->isVisible());
    QCOMPARE(w->session()->playhead(), 3.0);
    QVERIFY(!w->session()->isPlaying());
    QCOMPARE(w->presentation()->isActive(), presentingAfter);
    // And the keys work again afterwards.
    QTest::keyClick(w.get(), Qt::Key_PageDown);
    QCOMPARE(w->session()->playhead(), 4.0);
}

void TestPresentation::stripScrubberShowsTheFolds()
{
    // The strip's scrubber draws the window's fold spans: opening the groups changes its picture, closing them
    // brings the picture back.
    auto w = makeWindow();
    w->presentation()->enter();
    Scrubber* scrubber = w->presentation()->strip()->scrubber();
    QTRY_VERIFY(scrubber->isVisible());
    FoldingState* folding = w->folding();
    QVERIFY(!folding->folding(Architecture::EventSourced).groups().empty());
    const QImage folded = scrubber->grab().toImage();
    folding->setAllExpanded(Architecture::EventSourced, true);
    QVERIFY(scrubber->grab().toImage() != folded);
    folding->setAllExpanded(Architecture::EventSourced, false);
    QCOMPARE(scrubber->grab().toImage(), folded);
    w->presentation()->leave();
}

void TestPresentation::stripFadesWhenIdleAndReturnsOnMovement()
{
    auto w = makeWindow();
    TransportStrip* strip = w->presentation()->strip();
    strip->setIdleTimeout(150);
    w->presentation()->enter();
    QVERIFY(strip->isVisible());
    QVERIFY(strip->geometry().bottom() <= w->height());
    QVERIFY(strip->geometry().top() > w->height() / 2); // along the bottom
    QTRY_VERIFY(!strip->isVisible());
    QTest::mouseMove(w->pane(Architecture::ApiDriven), QPoint(100, 100));
    QTRY_VERIFY(strip->isVisible());
    QVERIFY(strip->isShown());
    QTRY_VERIFY(!strip->isVisible()); // and goes again
    w->presentation()->leave();
    QTest::mouseMove(w->pane(Architecture::ApiDriven), QPoint(120, 120));
    QTest::qWait(300); // outside presentation mode movement must not bring the strip back
    QVERIFY(!strip->isVisible());
}

void TestPresentation::zoomSteps_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("larger");
    QTest::addColumn<double>("smaller");
    QTest::newRow("1") << 1.0 << 1.1 << 0.9;
    QTest::newRow("1.5") << 1.5 << 1.75 << 1.25;
    QTest::newRow("between steps") << 1.3 << 1.5 << 1.25;
    QTest::newRow("minimum") << 0.75 << 0.9 << 0.75;
    QTest::newRow("maximum") << 3.5 << 3.5 << 3.0;
    QTest::newRow("below the minimum") << 0.2 << 0.75 << 0.75;
    QTest::newRow("above the maximum") << 9.0 << 3.5 << 3.5;
}

void TestPresentation::zoomSteps()
{
    QFETCH(double, from);
    QFETCH(double, larger);
    QFETCH(double, smaller);
    QCOMPARE(ZoomLevel::larger(from), larger);
    QCOMPARE(ZoomLevel::smaller(from), smaller);
    QVERIFY(ZoomLevel::clamp(from) >= ZoomLevel::minimum && ZoomLevel::clamp(from) <= ZoomLevel::maximum);
}

void TestPresentation::zoomClampsAndPersists()
{
    {
        auto w = makeWindow();
        QCOMPARE(w->presentation()->zoom(), 1.0);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(w->presentation()->zoom(), ZoomLevel::maximum);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(w->presentation()->zoom(), ZoomLevel::minimum);
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w->presentation()->zoom(), 1.0);
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier); // Ctrl+= where + needs Shift
        QCOMPARE(w->presentation()->zoom(), 1.25);
    }
    QCOMPARE(QSettings().value(QStringLiteral("zoom/window")).toDouble(), 1.25);
    auto again = makeWindow();
    QCOMPARE(again->presentation()->zoom(), 1.25);
    QCOMPARE(again->pane(Architecture::EventSourced)->flowView()->zoom(), 1.25);
    // A saved value out of range (edited by hand) is clamped, not trusted.
    QSettings().setValue(QStringLiteral("zoom/window"), 40.0);
    auto clamped = makeWindow();
    QCOMPARE(clamped->presentation()->zoom(), ZoomLevel::maximum);
}

void TestPresentation::zoomScalesPanesAndCaptions()
{
    auto w = makeWindow();
    ArchitecturePane* pane = w->pane(Architecture::ApiDriven);
    const qreal caption = pane->captionFont().pointSizeF();
    const int rowHeight = static_cast<int>(pane->timelineView()->fittedGeometry().rowHeight());
    w->presentation()->setZoom(2.0);
    QCOMPARE(pane->zoom(), 2.0);
    QCOMPARE(pane->flowView()->zoom(), 2.0);
    QCOMPARE(pane->timelineView()->zoom(), 2.0);
    QVERIFY(std::abs(pane->captionFont().pointSizeF() - 2 * caption) < 0.01);
    QVERIFY(pane->timelineView()->fittedGeometry().rowHeight() > rowHeight * 1.7);
    // Presenting: captions are larger than the panes' zoom alone would make them.
    w->presentation()->enter();
    const qreal zoom = w->presentation()->presentationZoom();
    QCOMPARE(pane->zoom(), zoom);
    QVERIFY(pane->captionFont().pointSizeF() > caption * zoom * 1.2);
}

void TestPresentation::eachModeRemembersItsZoom()
{
    auto w = makeWindow();
    w->presentation()->setZoom(1.25);
    w->presentation()->enter();
    QCOMPARE(w->presentation()->zoom(), PresentationMode::defaultPresentationZoom);
    QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(w->presentation()->zoom(), 1.75);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QCOMPARE(w->presentation()->zoom(), 1.25);
    QCOMPARE(w->pane(Architecture::EventSourced)->zoom(), 1.25);
    QCOMPARE(QSettings().value(QStringLiteral("zoom/presentation")).toDouble(), 1.75);
}

void TestPresentation::titleSlideFollowsThePlayhead()
{
    auto w = makeWindow(QStringLiteral("order-complete"));
    TitleSlide* slide = w->titleSlide();
    QVERIFY(!slide->isVisible()); // off by default
    auto* option = w->findChild<QAction*>(QStringLiteral("titleSlide"));
    QVERIFY(option);
    option->trigger();
    QVERIFY(slide->isVisible());
    const QString text = slide->accessibleDescription();
    const Scenario& scenario = w->session()->comparison()->scenario;
    QVERIFY(text.contains(QString::fromStdString(scenario.title)));
    QVERIFY(text.contains(QString::fromStdString(scenario.description)));
    QVERIFY(!scenario.watchFor.empty());
    for (const std::string& point : scenario.watchFor)
        QVERIFY(text.contains(QString::fromStdString(point)));

    QTest::keyClick(w.get(), Qt::Key_PageDown);
    QVERIFY(w->session()->playhead() > 0);
    QVERIFY(!slide->isVisible());
    QTest::keyClick(w.get(), Qt::Key_PageUp);
    QCOMPARE(w->session()->playhead(), 0.0);
    QVERIFY(slide->isVisible());
    QTest::keyClick(w.get(), Qt::Key_End);
    QVERIFY(!slide->isVisible());
    QTest::keyClick(w.get(), Qt::Key_Home);
    QVERIFY(slide->isVisible());
    // A new scenario starts at 0: its slide shows.
    w->showScenario(QStringLiteral("price-drop"));
    QVERIFY(slide->isVisible());
    QVERIFY(slide->accessibleDescription().contains(QStringLiteral("Price Drop Alert")));
    // It covers the panes, not the transport underneath.
    ArchitecturePane* pane = w->pane(Architecture::ApiDriven);
    const QRect slideOnScreen(slide->mapToGlobal(QPoint(0, 0)), slide->size());
    QVERIFY(slideOnScreen.contains(pane->mapToGlobal(pane->rect().center())));
    QVERIFY(!slideOnScreen.contains(w->scrubber()->mapToGlobal(w->scrubber()->rect().center())));
    option->trigger();
    QVERIFY(!slide->isVisible());
}

void TestPresentation::titleSlideOptionPersists()
{
    {
        auto w = makeWindow();
        w->findChild<QAction*>(QStringLiteral("titleSlide"))->trigger();
    }
    auto w = makeWindow();
    QVERIFY(w->findChild<QAction*>(QStringLiteral("titleSlide"))->isChecked());
    QVERIFY(w->titleSlide()->isVisible());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
