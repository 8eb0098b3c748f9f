// The window's layout at every zoom step, on one screen size per process (ctest runs it at 1280x720, 1366x768,
// 1920x1080 and 3840x2160), for every built-in scenario, in the window and presenting: no node overlaps another,
// narration, legend and transport stay on screen, the window never asks for more than the screen, and a zoom
// that cannot fit is not shown and is said in the status line. Geometry only: nothing is painted.
#include "painting/session/workspace.h"
#include "painting/style/zoomlevel.h"
#include "scenario.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/presentation/transportstrip.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/legendwidget.h"
#include "widgets/views/scrubber.h"
#include "widgets/window/mainwindow.h"
#include "widgets/window/windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>

#include <vector>

using namespace notiflow;
using namespace notiflow::ui;

class TestZoomLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyZoomFits_data();
    void everyZoomFits();
    void zoomThatCannotFitStopsGrowing();
    void docksStartReadable();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString& scenario, bool presenting);
    Workspace m_workspace;
};

namespace {
QString where(const QWidget* w)
{
    const QRect r(w->mapToGlobal(QPoint(0, 0)), w->size());
    return QStringLiteral("%1 at %2,%3 %4x%5")
        .arg(w->accessibleName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->accessibleName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// Shown, of a real size, and wholly on the screen.
bool onScreen(const QWidget* w, const QRect& screen)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0
        && screen.contains(QRect(w->mapToGlobal(QPoint(0, 0)), w->size()));
}
} // namespace

void TestZoomLayout::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_zoomlayout"));
    m_workspace.loadBuiltin();
    QVERIFY(!m_workspace.scenarios().empty());
    const QSize screen = QGuiApplication::primaryScreen()->size();
    qInfo("screen %dx%d", screen.width(), screen.height());
}

void TestZoomLayout::init()
{
    QSettings().clear(); // first start each time: the window sizes itself to this screen
}

std::unique_ptr<MainWindow> TestZoomLayout::makeWindow(const QString& scenario, bool presenting)
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { scenario, -1 });
    w->setErrorDialogsEnabled(false);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window was not exposed");
    if (presenting)
        w->presentation()->enter();
    QCoreApplication::processEvents();
    return w;
}

void TestZoomLayout::everyZoomFits_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("presenting");
    for (const Scenario& s : m_workspace.scenarios()) {
        const QString id = QString::fromStdString(s.id);
        QTest::addRow("%s window", qPrintable(id)) << id << false;
        QTest::addRow("%s presenting", qPrintable(id)) << id << true;
    }
}

void TestZoomLayout::everyZoomFits()
{
    QFETCH(QString, scenario);
    QFETCH(bool, presenting);
    const auto w = makeWindow(scenario, presenting);
    const QScreen* screen = w->screen();
    const QRect room = presenting ? screen->geometry() : screen->availableGeometry();
    if (presenting)
        QTRY_COMPARE(w->geometry(), screen->geometry());

    // Up through every step, then back down: shrinking must give the room back.
    std::vector<qreal> zooms(ZoomLevel::steps.begin(), ZoomLevel::steps.end());
    zooms.insert(zooms.end(), ZoomLevel::steps.rbegin() + 1, ZoomLevel::steps.rend());
    for (const qreal zoom : zooms) {
        w->statusBar()->clearMessage();
        w->presentation()->setZoom(zoom);
        QCoreApplication::processEvents();
        const QString at = QStringLiteral("zoom %1 (shown %2): ").arg(zoom).arg(w->shownZoom());

        QVERIFY2(w->shownZoom() <= zoom + 1e-9, qPrintable(at + QStringLiteral("shows more than asked")));
        if (w->shownZoom() < zoom - 1e-9)
            QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("does not fit")),
                qPrintable(at + QStringLiteral("a zoom that does not fit is not said")));
        if (zoom == 1.0)
            QCOMPARE(w->shownZoom(), 1.0); // every screen of the list has room for the designed size

        const QSize asked = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(asked.width() <= room.width() && asked.height() <= room.height(),
            qPrintable(at + QStringLiteral("the window asks for %1x%2").arg(asked.width()).arg(asked.height())));
        QVERIFY2(room.contains(w->frameGeometry()), qPrintable(at + where(w.get())));

        for (ArchitecturePane* pane : w->findChildren<ArchitecturePane*>()) {
            if (!pane->isVisible())
                continue;
            const FlowView* flow = pane->flowView();
            QVERIFY2(flow->labelScale() >= FlowView::minimumLabelScale - 1e-9,
                qPrintable(at + QStringLiteral("labels shrunk to %1").arg(flow->labelScale())));
            const auto components = flow->flowLayout().components();
            // Each rectangle once: nodeRect() measures every label, and this loop visits every pair.
            std::vector<QRectF> rects;
            for (const Component c : components)
                rects.push_back(flow->nodeRect(c));
            for (std::size_t i = 0; i < components.size(); ++i) {
                const QRectF& a = rects[i];
                QVERIFY2(QRectF(flow->rect()).contains(a),
                    qPrintable(
                        at + QString::fromUtf8(componentName(components[i]).data()) + QStringLiteral(" clipped")));
                for (std::size_t j = i + 1; j < components.size(); ++j) {
                    if (flow->flowLayout().position(components[i]) == flow->flowLayout().position(components[j]))
                        continue; // one place for components that never meet in a run
                    QVERIFY2(!a.intersects(rects[j]),
                        qPrintable(at
                            + QStringLiteral("%1 overlaps %2")
                                  .arg(QString::fromUtf8(componentName(components[i]).data()),
                                      QString::fromUtf8(componentName(components[j]).data()))));
                }
            }
            for (const QLabel* label : pane->findChildren<QLabel*>()) {
                if (label->accessibleName().endsWith(QStringLiteral("narration"))) {
                    QVERIFY2(onScreen(label, room), qPrintable(at + where(label)));
                    QVERIFY2(label->height() >= label->minimumHeight(),
                        qPrintable(at + where(label) + QStringLiteral(" squeezed")));
                }
            }
        }
        const auto* legend = w->findChild<LegendWidget*>();
        QVERIFY2(onScreen(legend, room), qPrintable(at + where(legend)));
        if (presenting) {
            TransportStrip* strip = w->presentation()->strip();
            strip->wake();
            QVERIFY2(onScreen(strip, room), qPrintable(at + where(strip)));
            const QRect stripRect(strip->mapToGlobal(QPoint(0, 0)), strip->size());
            const QRect legendRect(legend->mapToGlobal(QPoint(0, 0)), legend->size());
            QVERIFY2(!stripRect.intersects(legendRect), qPrintable(at + QStringLiteral("the strip covers the legend")));
        } else {
            QVERIFY2(onScreen(w->scrubber(), room), qPrintable(at + where(w->scrubber())));
        }
    }
}

void TestZoomLayout::zoomThatCannotFitStopsGrowing()
{
    const auto w = makeWindow(QStringLiteral("price-drop"), true);
    QTRY_COMPARE(w->geometry(), w->screen()->geometry());
    w->presentation()->setZoom(1.0);
    QAction* zoomIn = w->actions().zoomIn;
    // Ctrl+Plus until it no longer grows: every press either grows the zoom shown or keeps it and says why.
    for (int press = 0; press < 12; ++press) {
        const qreal before = w->shownZoom();
        w->statusBar()->clearMessage();
        zoomIn->trigger();
        if (w->shownZoom() > before)
            continue;
        if (before < ZoomLevel::maximum) {
            QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("does not fit")),
                qPrintable(w->statusBar()->currentMessage()));
            // The request is not kept: one Ctrl+Minus shrinks what is shown at once.
            QCOMPARE(w->presentation()->zoom(), before);
            w->actions().zoomOut->trigger();
            QCOMPARE(w->shownZoom(), ZoomLevel::smaller(before));
        }
        return;
    }
    QFAIL("Ctrl+Plus never stopped");
}

// The right dock area on first start: at 1920 pixels and more as wide as the metrics need (they cut "Ce: dep…",
// "Instabili…"), and at every size the tab titles whole ("No…", "St…" at 1280x720), scrolling if they must.
void TestZoomLayout::docksStartReadable()
{
    const auto w = makeWindow(QStringLiteral("price-drop"), false);
    auto* notifications = w->findChild<QDockWidget*>(QStringLiteral("notificationsDock"));
    const auto* metrics = w->findChild<MetricsPanel*>();
    QVERIFY(notifications && metrics);
    if (w->screen()->availableGeometry().width() >= 1920)
        QTRY_VERIFY2(notifications->width() >= metrics->sizeHint().width(),
            qPrintable(QStringLiteral("dock %1, metrics need %2")
                           .arg(notifications->width())
                           .arg(metrics->sizeHint().width())));
    else
        QTRY_VERIFY(notifications->width() <= w->width() / 3 + 1); // the panes keep most of the room
    int bars = 0;
    for (const QTabBar* bar : w->findChildren<QTabBar*>()) {
        if (bar->parent() != w.get() || !bar->isVisible())
            continue; // the dock area's tab bars, not a panel's own tabs
        ++bars;
        QCOMPARE(bar->elideMode(), Qt::ElideNone);
        for (int i = 0; i < bar->count(); ++i)
            QVERIFY2(bar->tabRect(i).width() >= bar->fontMetrics().horizontalAdvance(bar->tabText(i)),
                qPrintable(bar->tabText(i)));
    }
    QVERIFY(bars > 0);
}

QTEST_MAIN(TestZoomLayout)
#include "tst_zoomlayout.moc"
