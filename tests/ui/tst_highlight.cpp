// Clicking a figure of the Coupling Metrics dock or a row of the Why panel highlights exactly the steps behind it in
// that pane's flow view and timeline and on the scrubber; H / Shift+H walk through them; Esc closes a slide first,
// then clears the highlight, then the requirement change, then leaves presentation mode; exports keep the highlight
// in every theme.
#include "painting/charts/chipgridchart.h"
#include "painting/charts/dependencymatrixchart.h"
#include "painting/charts/pairedbarchart.h"
#include "painting/charts/syncchainchart.h"
#include "painting/export/comparisonframe.h"
#include "painting/export/exporter.h"
#include "painting/models/decisionchainmodel.h"
#include "painting/painters/timelinepainter.h"
#include "painting/session/figuretrace.h"
#include "painting/session/replaysession.h"
#include "painting/session/stephighlight.h"
#include "painting/session/workspace.h"
#include "painting/style/displaytext.h"
#include "painting/style/theme.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/panels/whypanel.h"
#include "widgets/presentation/presentationmode.h"
#include "widgets/presentation/slideoverlay.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/chartwidget.h"
#include "widgets/views/flowview.h"
#include "widgets/views/scrubber.h"
#include "widgets/views/timelineview.h"
#include "widgets/window/changecontroller.h"
#include "widgets/window/highlightcontroller.h"
#include "widgets/window/keysoverlay.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace notiflow;
using namespace notiflow::ui;
using Kind = TracedFigure::Kind;

Q_DECLARE_METATYPE(notiflow::ui::TracedFigure::Kind)
Q_DECLARE_METATYPE(notiflow::ui::ThemeChoice)

namespace {
// How many pixels of `image` inside `area` have exactly the colour `color`.
int pixelsOf(const QImage& image, const QRect& area, const QColor& color)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return n;
}
} // namespace

class TestHighlight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void clickingAFigureHighlightsItsSteps_data();
    void clickingAFigureHighlightsItsSteps();
    void clickingAHeadlineValueHighlightsItsSteps();
    void clickingAWhyRowHighlightsWhatLedToIt();
    void nextAndPreviousWalkTheSteps();
    void escapeOrderWhilePresenting();
    void escapeInTheWindowClearsTheHighlight();
    void anotherScenarioClearsTheHighlight();
    void keysCardListsTheKeysAndNothingClashes();
    void exportKeepsTheHighlight_data();
    void exportKeepsTheHighlight();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static void press(MainWindow* w, int key, Qt::KeyboardModifiers modifiers = {});
    static ChartWidget* showChart(MainWindow* w, int chart);
    Workspace m_workspace;
};

void TestHighlight::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("notiflow-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_highlight"));
    m_workspace.loadBuiltin();
}

void TestHighlight::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestHighlight::makeWindow()
{
    auto w = std::make_unique<MainWindow>(&m_workspace, StartOptions { QStringLiteral("price-drop"), -1 });
    w->setErrorDialogsEnabled(false);
    w->resize(1600, 1000);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window did not become active");
    return w;
}

void TestHighlight::press(MainWindow* w, int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : w, static_cast<Qt::Key>(key), modifiers);
}

// The metrics dock raised and the tab holding chart `chart` (MetricsPanel::chartWidgets order) shown.
ChartWidget* TestHighlight::showChart(MainWindow* w, int chart)
{
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("metricsDock"));
    dock->show();
    dock->raise();
    auto* panel = w->findChild<MetricsPanel*>();
    ChartWidget* widget = panel->chartWidgets().at(chart);
    auto* tabs = panel->findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
    }
    if (!QTest::qWaitFor([widget] { return widget->isVisible(); }))
        qWarning("the chart did not show");
    // Wide enough that every figure is in view of its scroll area.
    if (auto* scroll = qobject_cast<QScrollArea*>(tabs->currentWidget()))
        scroll->ensureWidgetVisible(widget);
    return widget;
}

void TestHighlight::clickingAFigureHighlightsItsSteps_data()
{
    QTest::addColumn<int>("chart"); // index in MetricsPanel::chartWidgets()
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("component");
    QTest::addColumn<int>("other");
    QTest::addColumn<int>("measure"); // bars: which measure
    const int es = int(Architecture::EventSourced);
    const int ad = int(Architecture::ApiDriven);
    QTest::newRow("foreign-domain chip") << 1 << Kind::DataAccess << ad << int(Component::PricingService)
                                         << int(Component::Carts) << -1;
    QTest::newRow("rule owner") << 2 << Kind::RuleEvaluation << es << int(Component::NotificationService) << -1 << -1;
    QTest::newRow("Ce bar") << 0 << Kind::Efferent << ad << int(Component::PricingService) << -1 << 0;
    QTest::newRow("Ca bar") << 0 << Kind::Afferent << es << int(Component::EventBus) << -1 << 1;
    QTest::newRow("instability bar") << 0 << Kind::Instability << es << int(Component::NotificationService) << -1 << 2;
    QTest::newRow("messages bar") << 3 << Kind::StepsOfKind << ad << -1 << -1 << 0;
    QTest::newRow("chain box") << 4 << Kind::WaitedOn << ad << int(Component::NotificationApi) << -1 << -1;
    QTest::newRow("matrix cell") << 5 << Kind::Dependency << es << int(Component::NotificationService)
                                 << int(Component::Carts) << -1;
}

void TestHighlight::clickingAFigureHighlightsItsSteps()
{
    QFETCH(int, chart);
    QFETCH(Kind, kind);
    QFETCH(int, side);
    QFETCH(int, component);
    QFETCH(int, other);
    QFETCH(int, measure);
    auto w = makeWindow();
    const Architecture arch = static_cast<Architecture>(side);
    const Architecture otherSide
        = arch == Architecture::EventSourced ? Architecture::ApiDriven : Architecture::EventSourced;
    ChartWidget* widget = showChart(w.get(), chart);
    const QRectF rect = widget->chartRect();
    const ChartStyle style = widget->chartStyle();
    QPointF at;
    switch (kind) {
    case Kind::DataAccess:
    case Kind::RuleEvaluation: {
        const auto* chips = static_cast<const ChipGridChart*>(widget->chart());
        for (std::size_t r = 0; r < chips->rows().size() && at.isNull(); ++r) {
            const auto& figures = chips->rows()[r].figures[std::size_t(side)];
            for (std::size_t i = 0; i < figures.size(); ++i) {
                if (figures[i].kind == kind && int(figures[i].component) == component
                    && (other < 0 || int(figures[i].other) == other))
                    at = chips->chipRect(rect, style, r, std::size_t(side), i).center();
            }
        }
        break;
    }
    case Kind::Efferent:
    case Kind::Afferent:
    case Kind::Instability:
    case Kind::StepsOfKind: {
        const auto* bars = static_cast<const PairedBarChart*>(widget->chart());
        const QString label = kind == Kind::StepsOfKind ? stepKindTitle(StepKind::Query)
                                                        : componentTitle(static_cast<Component>(component));
        for (std::size_t r = 0; r < bars->rows().size(); ++r) {
            if (bars->rows()[r].label == label)
                at = bars->barCell(rect, style, r, std::size_t(measure), std::size_t(side)).center();
        }
        if (kind == Kind::StepsOfKind)
            component = -1; // a kind, not a component
        break;
    }
    case Kind::WaitedOn: {
        const auto* chain = static_cast<const SyncChainChart*>(widget->chart());
        const auto& boxes = chain->side(arch).components;
        const auto it = std::find(boxes.begin(), boxes.end(), static_cast<Component>(component));
        QVERIFY(it != boxes.end());
        at = chain->boxRect(rect, style, arch, int(it - boxes.begin())).center();
        break;
    }
    case Kind::Dependency:
        at = static_cast<const DependencyMatrixChart*>(widget->chart())
                 ->cellRect(rect, style, arch, static_cast<Component>(component), static_cast<Component>(other))
                 .center();
        break;
    default:
        QFAIL("no such row");
    }
    QVERIFY2(!at.isNull(), "the figure is not drawn");

    const QImage flowBefore = w->pane(arch)->flowView()->grab().toImage();
    const QImage otherBefore = w->pane(otherSide)->flowView()->grab().toImage();
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.toPoint());

    StepHighlight* highlight = w->highlights()->highlight();
    QVERIFY(highlight->isActive());
    const TracedFigure figure = *highlight->figure();
    QCOMPARE(figure.kind, kind);
    QCOMPARE(figure.side, arch);
    if (component >= 0)
        QCOMPARE(int(figure.component), component);
    if (kind == Kind::StepsOfKind)
        QCOMPARE(figure.index, int(StepKind::Query));
    const Run& run = w->session()->comparison()->run(arch);
    const StepSelection* selection = highlight->selection(arch);
    QVERIFY(selection);
    QVERIFY(!highlight->selection(otherSide));
    QCOMPARE(selection->steps, FigureTrace::steps(run, figure));
    QVERIFY(!selection->steps.empty());
    QCOMPARE(widget->chart()->selectedFigure(), std::optional(figure)); // the chart outlines what was clicked

    // The flow of that side shows it, the other side's does not change; the pane says what is highlighted.
    QVERIFY(w->pane(arch)->flowView()->grab().toImage() != flowBefore);
    QCOMPARE(w->pane(otherSide)->flowView()->grab().toImage(), otherBefore);
    QVERIFY2(w->pane(arch)->subtitleText().contains(selection->label), qPrintable(w->pane(arch)->subtitleText()));
    // The scrubber marks each step.
    QCOMPARE(w->scrubber()->highlightMarks().size(), qsizetype(selection->steps.size()));

    // The timeline brought a highlighted step into view and marks its row with the highlight's bar; a row that is
    // not highlighted has none.
    TimelineView* timeline = w->pane(arch)->timelineView();
    const QImage rows = timeline->viewport()->grab().toImage();
    const TimelineGeometry g = timeline->fittedGeometry();
    const qreal header = TimelinePainter::headerHeight(timeline->paintFont());
    const int scroll = timeline->verticalScrollBar()->value();
    const QColor bar = timeline->palette().color(QPalette::Highlight);
    int marked = 0;
    int unmarked = 0;
    for (int step = 0; step < g.stepCount(); ++step) {
        if (g.foldOfStep(step) >= 0)
            continue; // a fold's row stands for many steps
        const qreal y = header + g.rowTop(g.rowOfStep(step)) - scroll + g.rowHeight() / 2;
        if (y < header || y >= rows.height())
            continue;
        const bool isBar = rows.pixelColor(1, int(y)).rgb() == bar.rgb();
        QCOMPARE(isBar, selection->contains(step));
        (isBar ? marked : unmarked) += 1;
    }
    QVERIFY(marked > 0);
    QVERIFY(unmarked > 0);
}

void TestHighlight::clickingAHeadlineValueHighlightsItsSteps()
{
    // The dock's headline: notification rules in domain services (row 2), API-driven (column 2).
    auto w = makeWindow();
    showChart(w.get(), 0);
    auto* panel = w->findChild<MetricsPanel*>();
    auto* value = qobject_cast<QLabel*>(panel->headline()->itemAtPosition(2, 2)->widget());
    QVERIFY(value);
    QTest::mouseClick(value, Qt::LeftButton, {}, value->rect().center());
    StepHighlight* highlight = w->highlights()->highlight();
    QVERIFY(highlight->isActive());
    QCOMPARE(highlight->figure()->kind, Kind::NotificationRules);
    QCOMPARE(highlight->figure()->side, Architecture::ApiDriven);
    const Run& run = w->session()->comparison()->apiDriven;
    QCOMPARE(highlight->selection()->steps, FigureTrace::steps(run, *highlight->figure()));
    QVERIFY(!highlight->selection()->isEmpty()); // the API-driven pricing service evaluates eligibility
    for (int step : highlight->selection()->steps)
        QCOMPARE(run.steps[std::size_t(step)].from, Component::PricingService);
}

void TestHighlight::clickingAWhyRowHighlightsWhatLedToIt()
{
    auto w = makeWindow();
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("whyDock"));
    dock->show();
    dock->raise();
    const Run& run = w->session()->comparison()->apiDriven;
    QVERIFY(!run.decisions.empty());
    w->session()->selectCustomer(QString::fromStdString(run.decisions.front().subject));
    QTreeView* view = w->findChild<WhyPanel*>()->view(Architecture::ApiDriven);
    QTRY_VERIFY(view->isVisible());
    const QModelIndex row = view->model()->index(0, DecisionChainModel::ReasonColumn);
    QCOMPARE(row.data(DecisionChainModel::RowKindRole).toInt(), int(DecisionChainModel::DecisionRow));
    const int decision = row.data(DecisionChainModel::ItemRole).toInt();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    const StepSelection* selection = w->highlights()->highlight()->selection(Architecture::ApiDriven);
    QVERIFY(selection);
    QCOMPARE(w->highlights()->highlight()->figure()->kind, Kind::Decision);
    QCOMPARE(selection->steps.back(), run.decisions[std::size_t(decision)].step); // the decision itself
    QCOMPARE(run.steps[std::size_t(selection->steps.front())].kind, StepKind::Trigger); // and what led to it
    QCOMPARE(w->scrubber()->highlightMarks().size(), qsizetype(selection->steps.size()));
}

void TestHighlight::nextAndPreviousWalkTheSteps()
{
    auto w = makeWindow();
    TracedFigure f;
    f.kind = Kind::StepsOfKind;
    f.side = Architecture::EventSourced;
    f.index = int(StepKind::Query);
    w->highlights()->show(f);
    const std::vector<int> steps = w->highlights()->highlight()->selection()->steps;
    QVERIFY(steps.size() >= 3);
    QVERIFY(steps[1] > steps[0] + 1); // a step between them, to start from below
    ReplaySession* session = w->session();
    QCOMPARE(session->currentStep(Architecture::EventSourced), -1);
    for (int step : steps) { // H: each in turn
        press(w.get(), Qt::Key_H);
        QCOMPARE(session->currentStep(Architecture::EventSourced), step);
    }
    press(w.get(), Qt::Key_F3); // past the last: round to the first
    QCOMPARE(session->currentStep(Architecture::EventSourced), steps.front());
    press(w.get(), Qt::Key_H, Qt::ShiftModifier); // before the first: round to the last
    QCOMPARE(session->currentStep(Architecture::EventSourced), steps.back());
    press(w.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(session->currentStep(Architecture::EventSourced), steps[steps.size() - 2]);
    QVERIFY(w->pane(Architecture::EventSourced)
                ->subtitleText()
                .contains(QStringLiteral("%1 of %2").arg(steps.size() - 1).arg(steps.size())));
    // From between two highlighted steps, H goes to the one after.
    session->seekToStep(Architecture::EventSourced, steps[0] + 1);
    press(w.get(), Qt::Key_H);
    QCOMPARE(session->currentStep(Architecture::EventSourced), steps[1]);
    // Nothing highlighted: the keys do nothing.
    w->highlights()->highlight()->clear();
    const double before = session->playhead();
    press(w.get(), Qt::Key_H);
    QCOMPARE(session->playhead(), before);
    QVERIFY(!w->highlights()->nextAction()->isEnabled());
}

void TestHighlight::escapeOrderWhilePresenting()
{
    auto w = makeWindow();
    QVERIFY(w->changes()->showChange(QStringLiteral("notify-silver-price-drop")));
    TracedFigure f;
    f.kind = Kind::NotificationRules;
    f.side = Architecture::ApiDriven;
    w->highlights()->show(f);
    press(w.get(), Qt::Key_F5);
    QVERIFY(w->presentation()->isActive());
    QVERIFY(w->highlights()->highlight()->isActive()); // presenting keeps the highlight
    press(w.get(), Qt::Key_M);
    QCOMPARE(w->slides()->slide(), SlideOverlay::Slide::Metrics);

    press(w.get(), Qt::Key_Escape); // the slide first
    QCOMPARE(w->slides()->slide(), SlideOverlay::Slide::None);
    QVERIFY(w->highlights()->highlight()->isActive());
    QVERIFY(w->presentation()->isActive());
    press(w.get(), Qt::Key_Escape); // then the highlight
    QVERIFY(!w->highlights()->highlight()->isActive());
    QVERIFY(w->changes()->current());
    QVERIFY(w->presentation()->isActive());
    press(w.get(), Qt::Key_Escape); // then the change
    QVERIFY(!w->changes()->current());
    QVERIFY(w->presentation()->isActive());
    press(w.get(), Qt::Key_Escape); // and only then presentation mode
    QVERIFY(!w->presentation()->isActive());
}

void TestHighlight::escapeInTheWindowClearsTheHighlight()
{
    auto w = makeWindow();
    TracedFigure f;
    f.kind = Kind::Dependency;
    f.side = Architecture::ApiDriven;
    f.component = Component::PricingService;
    f.other = Component::NotificationApi;
    w->highlights()->show(f);
    QVERIFY(w->highlights()->clearAction()->isEnabled());
    press(w.get(), Qt::Key_Escape);
    QVERIFY(!w->highlights()->highlight()->isActive());
    QVERIFY(!w->highlights()->clearAction()->isEnabled());
    QCOMPARE(w->pane(Architecture::ApiDriven)->subtitleText(), architectureRole(Architecture::ApiDriven));
    QVERIFY(w->scrubber()->highlightMarks().isEmpty());
    QVERIFY(!w->findChild<MetricsPanel*>()->chartWidgets().at(5)->chart()->selectedFigure());
}

void TestHighlight::anotherScenarioClearsTheHighlight()
{
    auto w = makeWindow();
    TracedFigure f;
    f.kind = Kind::StepsOfKind;
    f.side = Architecture::ApiDriven;
    w->highlights()->show(f);
    QVERIFY(w->highlights()->highlight()->isActive());
    QVERIFY(w->showScenario(QStringLiteral("order-shipped"))); // the steps belonged to the other run
    QVERIFY(!w->highlights()->highlight()->isActive());
}

void TestHighlight::keysCardListsTheKeysAndNothingClashes()
{
    auto w = makeWindow();
    const HighlightController* h = w->highlights();
    QStringList keys;
    QStringList whats;
    for (const auto& [key, what] : w->keysOverlay()->entries()) {
        keys << key;
        whats << what;
    }
    const qsizetype next
        = whats.indexOf(QStringLiteral("Next / previous of the steps behind a clicked figure or Why-panel row"));
    QVERIFY(next >= 0);
    QVERIFY2(keys[next].contains(QStringLiteral("H")), qPrintable(keys[next]));
    // The Esc rows in the order Esc takes them.
    const auto rowOf = [&](const QString& start) {
        for (qsizetype i = 0; i < whats.size(); ++i) {
            if (whats[i].startsWith(start))
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype slide = rowOf(QStringLiteral("Close the metrics or summary slide"));
    const qsizetype highlight = rowOf(QStringLiteral("Clear the highlighted steps"));
    const qsizetype change = rowOf(QStringLiteral("Clear the requirement change"));
    const qsizetype leave = rowOf(QStringLiteral("Leave presentation mode"));
    QVERIFY(slide >= 0 && slide < highlight && highlight < change && change < leave);
    // No other action of the window answers to H, Shift+H, F3 or Shift+F3.
    for (QAction* mine : { h->nextAction(), h->previousAction() }) {
        for (const QKeySequence& key : mine->shortcuts()) {
            for (QAction* a : w->findChildren<QAction*>()) {
                if (a != mine)
                    QVERIFY2(!a->shortcuts().contains(key), qPrintable(a->text() + QLatin1Char(' ') + key.toString()));
            }
        }
    }
}

void TestHighlight::exportKeepsTheHighlight_data()
{
    QTest::addColumn<ThemeChoice>("theme");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
    QTest::newRow("high contrast") << ThemeChoice::HighContrast;
}

void TestHighlight::exportKeepsTheHighlight()
{
    // A projector's picture: 1280x720 in each theme. The highlighted steps' glow and bars are in the highlight
    // colour, which the picture shows only with the highlight, and only in that side's pane.
    QFETCH(ThemeChoice, theme);
    const auto comparison = m_workspace.compare(*m_workspace.scenario(QStringLiteral("price-drop")));
    TracedFigure f;
    f.kind = Kind::DataAccess;
    f.side = Architecture::ApiDriven;
    f.component = Component::PricingService;
    f.other = Component::Carts;
    Exporter::Options options;
    options.frame.size = QSize(1280, 720);
    options.frame.theme = theme;
    const double playhead = 5;
    const QImage plain = Exporter(comparison, options).render(playhead);
    options.frame.highlight = FigureTrace::select(*comparison, f);
    const Exporter exporter(comparison, options);
    const QImage marked = exporter.render(playhead);
    const QColor color = exporter.frame().palette().color(QPalette::Highlight);
    const auto& ad = exporter.frame().geometry().pane(Architecture::ApiDriven);
    const auto& es = exporter.frame().geometry().pane(Architecture::EventSourced);
    const int flowBefore = pixelsOf(plain, ad.flow, color);
    const int flowAfter = pixelsOf(marked, ad.flow, color);
    QVERIFY2(flowAfter > flowBefore + 200, qPrintable(QStringLiteral("%1 -> %2").arg(flowBefore).arg(flowAfter)));
    QCOMPARE(marked.copy(es.outline), plain.copy(es.outline)); // the other side as it was
    // The dialog offers the window's highlight and passes it on.
    ExportDialog dialog(comparison, playhead);
    QVERIFY(!dialog.options().frame.highlight);
    dialog.setHighlight(*options.frame.highlight);
    QCOMPARE(dialog.options().frame.highlight->steps, options.frame.highlight->steps);
}

QTEST_MAIN(TestHighlight)
#include "tst_highlight.moc"
