// The metrics (M) and summary (S) slides in presentation mode: they show over the whole screen and leave with their
// own key or Esc; Esc closes a slide before it clears a requirement change, and only then leaves presentation mode;
// → at the last step offers the summary; outside presentation mode the keys do nothing.
#include "painting/charts/summaryfigures.h"
#include "painting/session/figuretrace.h"
#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "painting/session/workspace.h"
#include "painting/style/zoomlevel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/presentation/slideoverlay.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/highlightcontroller.h"
#include "widgets/window/keysoverlay.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace notiflow;
using namespace notiflow::ui;

using Slide = SlideOverlay::Slide;

class TestPresentationSlides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keysShowAndLeaveTheSlides_data();
    void keysShowAndLeaveTheSlides();
    void escapeClosesTheSlideBeforeTheChangeAndPresenting();
    void forwardAfterTheLastStepOffersTheSummary();
    void toolTipFontIsGivenBackWithTheWindow();
    void slideKeepsThePlayheadAndClosesWithPresenting();
    void slideHoldsTheKeysThatMoveThePlayhead_data();
    void slideHoldsTheKeysThatMoveThePlayhead();
    void clickReturnsToTheRun();
    void keysCardShowsOverASlide();
    void keysOverlayListsTheSlides();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static void press(MainWindow* w, Qt::Key key);
    Workspace m_workspace;
};

void TestPresentationSlides::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentationslides"));
    m_workspace.loadBuiltin();
}

void TestPresentationSlides::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestPresentationSlides::makeWindow()
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { QStringLiteral("price-drop"), -1 });
    w->setErrorDialogsEnabled(false);
    w->resize(1280, 800);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window did not become active");
    return w;
}

// A key as the presenter's keyboard sends it: to whatever has the focus.
void TestPresentationSlides::press(MainWindow* w, Qt::Key key)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key);
}

void TestPresentationSlides::keysShowAndLeaveTheSlides_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QList<int>>("slides"); // after each key
    const int none = int(Slide::None);
    const int metrics = int(Slide::Metrics);
    const int summary = int(Slide::Summary);
    QTest::newRow("M shows, M returns") << true << QList<int> { Qt::Key_M, Qt::Key_M } << QList<int> { metrics, none };
    QTest::newRow("S shows, S returns") << true << QList<int> { Qt::Key_S, Qt::Key_S } << QList<int> { summary, none };
    QTest::newRow("M then Esc") << true << QList<int> { Qt::Key_M, Qt::Key_Escape } << QList<int> { metrics, none };
    QTest::newRow("S then Esc") << true << QList<int> { Qt::Key_S, Qt::Key_Escape } << QList<int> { summary, none };
    QTest::newRow("M, S switches, S returns")
        << true << QList<int> { Qt::Key_M, Qt::Key_S, Qt::Key_S } << QList<int> { metrics, summary, none };
    QTest::newRow("S then ← returns to the run")
        << true << QList<int> { Qt::Key_S, Qt::Key_Left } << QList<int> { summary, none };
    QTest::newRow("window: M and S do nothing")
        << false << QList<int> { Qt::Key_M, Qt::Key_S } << QList<int> { none, none };
}

void TestPresentationSlides::keysShowAndLeaveTheSlides()
{
    QFETCH(bool, presenting);
    QFETCH(QList<int>, keys);
    QFETCH(QList<int>, slides);
    auto w = makeWindow();
    if (presenting) {
        press(w.get(), Qt::Key_F5);
        QVERIFY(w->presentation()->isActive());
        QTRY_VERIFY(w->isFullScreen());
    }
    auto* overlay = w->slides();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        press(w.get(), static_cast<Qt::Key>(keys[i]));
        QCOMPARE(int(overlay->slide()), slides[i]);
        QCOMPARE(overlay->isVisible(), slides[i] != int(Slide::None));
        if (overlay->isVisible()) {
            QCOMPARE(overlay->geometry(), w->rect()); // the whole screen
            QVERIFY(!overlay->accessibleDescription().isEmpty());
        }
        QCOMPARE(w->presentation()->isActive(), presenting); // a slide's keys never leave presentation mode
    }
}

void TestPresentationSlides::escapeClosesTheSlideBeforeTheChangeAndPresenting()
{
    auto w = makeWindow();
    QVERIFY(w->changes()->showChange(QStringLiteral("notify-silver-price-drop")));
    press(w.get(), Qt::Key_F5);
    press(w.get(), Qt::Key_S);
    QCOMPARE(w->slides()->slide(), Slide::Summary);

    press(w.get(), Qt::Key_Escape); // the slide first
    QCOMPARE(w->slides()->slide(), Slide::None);
    QVERIFY(w->changes()->current());
    QVERIFY(w->presentation()->isActive());
    press(w.get(), Qt::Key_Escape); // then the change
    QVERIFY(!w->changes()->current());
    QVERIFY(w->presentation()->isActive());
    press(w.get(), Qt::Key_Escape); // then presentation mode
    QVERIFY(!w->presentation()->isActive());
}

// Tooltips are application-wide: a window that zoomed them gives the font it found back when it goes.
void TestPresentationSlides::toolTipFontIsGivenBackWithTheWindow()
{
    const QFont before = QToolTip::font();
    {
        auto w = makeWindow();
        press(w.get(), Qt::Key_F5);
        QTRY_VERIFY(w->isFullScreen());
        QVERIFY2(QToolTip::font() != before, "presentation mode did not zoom the tooltips: nothing to give back");
    }
    QCOMPARE(QToolTip::font(), before);
}

void TestPresentationSlides::forwardAfterTheLastStepOffersTheSummary()
{
    auto w = makeWindow();
    const QFont windowTipFont = QToolTip::font();
    press(w.get(), Qt::Key_F5);
    QTRY_VERIFY(w->isFullScreen());
    // The note is a tooltip: at the zoom shown, as legible as the rest of the screen.
    QVERIFY2(w->shownZoom() > 1.0, "presentation mode shows no larger zoom here, so the font check checks nothing");
    QCOMPARE(QToolTip::font(), ZoomLevel::scaledFont(windowTipFont, w->shownZoom()));
    const double end = w->session()->timeline().duration();
    w->session()->setPlayhead(end - 1);
    press(w.get(), Qt::Key_Right); // the last step: still the run, and the summary is offered
    QCOMPARE(w->session()->playhead(), end);
    QCOMPARE(w->slides()->slide(), Slide::None);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("summary slide")), qPrintable(QToolTip::text()));
    press(w.get(), Qt::Key_PageDown); // past it: the summary, as a clicker's next slide
    QCOMPARE(w->slides()->slide(), Slide::Summary);
    const auto rows = SummaryFigures::rows(*w->session()->comparison());
    QVERIFY(w->slides()->accessibleDescription().contains(rows.front().sentence));
    press(w.get(), Qt::Key_PageUp); // a clicker's back: to the run, at the last step
    QCOMPARE(w->slides()->slide(), Slide::None);
    QCOMPARE(w->session()->playhead(), end);
}

void TestPresentationSlides::slideKeepsThePlayheadAndClosesWithPresenting()
{
    auto w = makeWindow();
    press(w.get(), Qt::Key_F5);
    w->session()->setPlayhead(3);
    press(w.get(), Qt::Key_M);
    QCOMPARE(w->slides()->slide(), Slide::Metrics);
    for (Qt::Key key : { Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_End }) {
        press(w.get(), key); // nothing moves unseen behind the slide
        QCOMPARE(w->session()->playhead(), 3.0);
        QCOMPARE(w->slides()->slide(), Slide::Metrics);
    }
    QVERIFY(!w->session()->isPlaying());
    press(w.get(), Qt::Key_F5); // leaving presentation mode takes the slide along
    QVERIFY(!w->presentation()->isActive());
    QCOMPARE(w->slides()->slide(), Slide::None);
    QVERIFY(!w->slides()->isVisible());
}

void TestPresentationSlides::slideHoldsTheKeysThatMoveThePlayhead_data()
{
    QTest::addColumn<QKeyCombination>("key");
    QTest::addColumn<double>("from"); // a step where the key moves the playhead when no slide shows
    QTest::newRow("H: next highlighted step") << QKeyCombination(Qt::Key_H) << 6.0;
    QTest::newRow("Shift+H: previous highlighted step") << QKeyCombination(Qt::SHIFT, Qt::Key_H) << 6.0;
    QTest::newRow("F3") << QKeyCombination(Qt::Key_F3) << 6.0;
    QTest::newRow("N: next notification") << QKeyCombination(Qt::Key_N) << 6.0;
    QTest::newRow("Shift+N: previous notification") << QKeyCombination(Qt::SHIFT, Qt::Key_N) << 25.0;
    QTest::newRow("F10: step over") << QKeyCombination(Qt::Key_F10) << 6.0;
    QTest::newRow("Ctrl+Right: step over") << QKeyCombination(Qt::CTRL, Qt::Key_Right) << 6.0;
    QTest::newRow("Ctrl+Up: step out") << QKeyCombination(Qt::CTRL, Qt::Key_Up) << 6.0;
}

void TestPresentationSlides::slideHoldsTheKeysThatMoveThePlayhead()
{
    QFETCH(QKeyCombination, key);
    QFETCH(double, from);
    auto w = makeWindow();
    // Steps highlighted on both sides of the playhead, so that H and Shift+H would move it.
    w->highlights()->show(TracedFigure::of(TracedFigure::Kind::StepsOfKind, Architecture::ApiDriven,
        Component::OutsideWorld, Component::OutsideWorld, {}, int(StepKind::Send)));
    QVERIFY(w->highlights()->highlight()->isActive());
    press(w.get(), Qt::Key_F5);
    w->session()->setPlayhead(from);
    // Without a slide the key moves the playhead ...
    QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
    QVERIFY2(w->session()->playhead() != from, "the key does not move the playhead, so this row checks nothing");
    w->session()->setPlayhead(from);
    // ... and with one it does nothing.
    press(w.get(), Qt::Key_S);
    QCOMPARE(w->slides()->slide(), Slide::Summary);
    QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
    QCOMPARE(w->session()->playhead(), from);
    QCOMPARE(w->slides()->slide(), Slide::Summary);
}

void TestPresentationSlides::clickReturnsToTheRun()
{
    auto w = makeWindow();
    press(w.get(), Qt::Key_F5);
    w->session()->setPlayhead(4);
    press(w.get(), Qt::Key_M);
    QCOMPARE(w->slides()->slide(), Slide::Metrics);
    QTest::mouseClick(w->slides(), Qt::RightButton, {}, w->slides()->rect().center());
    QCOMPARE(w->slides()->slide(), Slide::Metrics); // only a left click, as a presenter's mouse sends it
    QTest::mouseClick(w->slides(), Qt::LeftButton, {}, w->slides()->rect().center());
    QCOMPARE(w->slides()->slide(), Slide::None);
    QCOMPARE(w->session()->playhead(), 4.0);
    QVERIFY(w->presentation()->isActive());
}

void TestPresentationSlides::keysCardShowsOverASlide()
{
    auto w = makeWindow();
    press(w.get(), Qt::Key_F5);
    press(w.get(), Qt::Key_S);
    QCOMPARE(w->slides()->slide(), Slide::Summary);
    press(w.get(), Qt::Key_F1);
    QTRY_VERIFY(w->keysOverlay()->isVisible());
    // What is on top at the middle of the screen is the card, not the slide.
    QWidget* top = w->childAt(w->rect().center());
    QVERIFY2(top == w->keysOverlay() || w->keysOverlay()->isAncestorOf(top),
        top ? qPrintable(top->metaObject()->className()) : "nothing");
}

void TestPresentationSlides::keysOverlayListsTheSlides()
{
    auto w = makeWindow();
    QStringList keys;
    QStringList what;
    for (const auto& [k, text] : w->keysOverlay()->entries()) {
        keys << k;
        what << text;
    }
    const qsizetype metrics = keys.indexOf(QStringLiteral("M"));
    const qsizetype summary = keys.indexOf(QStringLiteral("S"));
    QVERIFY2(metrics >= 0 && summary >= 0, qPrintable(keys.join(QStringLiteral(", "))));
    QVERIFY(what[metrics].contains(QStringLiteral("Metrics slide")));
    QVERIFY(what[summary].contains(QStringLiteral("Summary slide")));
}

QTEST_MAIN(TestPresentationSlides)
#include "tst_presentationslides.moc"
