// The flow view's layout: shared components at identical places in both panes, no overlapping node labels at
// the default size, for hand-built runs and for every built-in scenario.
#include "painting/painters/flowlayout.h"
#include "painting/painters/flowpainter.h"
#include "painting/painters/painterstyle.h"
#include "painting/painters/timelinepainter.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "support/fixtures.h"
#include "widgets/views/flowview.h"
#include "widgets/views/timelineview.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace notiflow;
using namespace notiflow::ui;

class TestFlowLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fixturePlacesEveryComponent();
    void notificationHubsShareAPlace();
    void allComponentsDoNotOverlap();
    void builtinScenarios_data();
    void builtinScenarios();
    void shortWideAreas_data();
    void shortWideAreas();
    void edgesCountUpToThePlayhead();
    void labelsAvoidEveryNode_data();
    void labelsAvoidEveryNode();
    void timelineArrowLabels_data();
    void timelineArrowLabels();
    void fullNameOneHoverAway_data();
    void fullNameOneHoverAway();

private:
    static void checkNoOverlap(const FlowLayout& layout, const QRectF& area);
    Workspace m_workspace;
};

void TestFlowLayout::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    m_workspace.loadBuiltin();
}

void TestFlowLayout::checkNoOverlap(const FlowLayout& layout, const QRectF& area)
{
    const QFontMetricsF fm(QApplication::font());
    const auto components = layout.components();
    for (std::size_t i = 0; i < components.size(); ++i) {
        const QRectF a = layout.nodeRect(components[i], area, fm);
        QVERIFY2(area.contains(a),
            qPrintable(QString::fromUtf8(componentName(components[i]).data()) + QStringLiteral(" is clipped")));
        for (std::size_t j = i + 1; j < components.size(); ++j) {
            if (layout.position(components[i]) == layout.position(components[j]))
                continue; // one place shared by components that never meet in one run
            const QRectF b = layout.nodeRect(components[j], area, fm);
            QVERIFY2(!a.intersects(b),
                qPrintable(QStringLiteral("%1 overlaps %2")
                               .arg(QString::fromUtf8(componentName(components[i]).data()),
                                   QString::fromUtf8(componentName(components[j]).data()))));
        }
    }
}

void TestFlowLayout::fixturePlacesEveryComponent()
{
    const auto cmp = test::twoActionComparison();
    const FlowLayout layout({ &cmp->eventSourced, &cmp->apiDriven });
    for (const Run* run : { &cmp->eventSourced, &cmp->apiDriven }) {
        for (const Step& s : run->steps) {
            QVERIFY(layout.contains(s.from));
            QVERIFY(layout.contains(s.to));
        }
    }
    QVERIFY(!layout.contains(Component::Sms));
    // Data stores sit along the bottom, services above them.
    QCOMPARE(layout.position(Component::Carts).y(), 1.0);
    QVERIFY(layout.position(Component::PricingService).y() < 0.5);
    QVERIFY(layout.position(Component::OutsideWorld).x() < layout.position(Component::PricingService).x());
}

void TestFlowLayout::notificationHubsShareAPlace()
{
    const auto cmp = test::twoActionComparison();
    const FlowLayout layout({ &cmp->eventSourced, &cmp->apiDriven });
    QCOMPARE(layout.position(Component::NotificationService), layout.position(Component::NotificationApi));
    // In a run holding both they must not share.
    Run both = cmp->eventSourced;
    test::addStep(both, 1, Component::PricingService, Component::NotificationApi, StepKind::Request, "POST /notify");
    const FlowLayout separate({ &both });
    QVERIFY(separate.position(Component::NotificationService) != separate.position(Component::NotificationApi));
}

void TestFlowLayout::allComponentsDoNotOverlap()
{
    // One run that touches every component: the densest layout there is.
    Run run;
    for (int c = 1; c < componentCount; ++c)
        test::addStep(run, 0, Component::OutsideWorld, static_cast<Component>(c), StepKind::Trigger, "x");
    const FlowLayout layout({ &run });
    QCOMPARE(static_cast<int>(layout.components().size()), componentCount);
    ReplaySession session;
    const FlowView view(&session, Architecture::EventSourced);
    checkNoOverlap(layout, QRectF(QPointF(0, 0), view.sizeHint()));
}

void TestFlowLayout::builtinScenarios_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario& s : m_workspace.scenarios())
        QTest::newRow(s.id.c_str()) << QString::fromStdString(s.id);
}

void TestFlowLayout::builtinScenarios()
{
    QFETCH(QString, id);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(id)));
    FlowView es(&session, Architecture::EventSourced);
    FlowView ad(&session, Architecture::ApiDriven);
    const QRectF area(QPointF(0, 0), es.sizeHint());
    const QFontMetricsF fm(QApplication::font());
    int shared = 0;
    for (int i = 0; i < componentCount; ++i) {
        const auto c = static_cast<Component>(i);
        if (es.graph().contains(c) && ad.graph().contains(c)) {
            ++shared;
            QCOMPARE(es.flowLayout().nodeRect(c, area, fm), ad.flowLayout().nodeRect(c, area, fm));
        }
    }
    QVERIFY(shared >= 2); // at least the outside world and the service it triggers
    checkNoOverlap(es.flowLayout(), area);
}

void TestFlowLayout::shortWideAreas_data()
{
    // Slides with metrics and zoomed panes give the flow a short, wide strip: stacked services must still
    // not overlap (the event correlator under the notification service in order-complete, for one).
    QTest::addColumn<QString>("id");
    QTest::addColumn<QSizeF>("size");
    for (const Scenario& s : m_workspace.scenarios()) {
        for (const QSizeF size : { QSizeF(900, 260), QSizeF(700, 200), QSizeF(600, 150) })
            QTest::addRow("%s %gx%g", s.id.c_str(), size.width(), size.height())
                << QString::fromStdString(s.id) << size;
    }
}

void TestFlowLayout::shortWideAreas()
{
    QFETCH(QString, id);
    QFETCH(QSizeF, size);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(id)));
    for (Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        const FlowView view(&session, side);
        checkNoOverlap(view.flowLayout(), QRectF(QPointF(0, 0), size));
    }
}

void TestFlowLayout::edgesCountUpToThePlayhead()
{
    const auto cmp = test::twoActionComparison();
    const FlowGraph graph(cmp->apiDriven);
    const int customersQuery = graph.edgeOfStep(3); // pricing -> customers
    const int apiQuery = graph.edgeOfStep(8); // notification API -> customers
    QVERIFY(customersQuery >= 0);
    QVERIFY(customersQuery != apiQuery);
    const auto& edge = graph.edges()[static_cast<std::size_t>(customersQuery)];
    QCOMPARE(FlowGraph::countUpTo(edge, 2), 0);
    QCOMPARE(FlowGraph::countUpTo(edge, 3), 1);
    QCOMPARE(graph.edgeOfStep(4), -1); // a decision stays on its component
    QCOMPARE(graph.selfStepsUpTo(Component::PricingService, 5), 2);
    QCOMPARE(graph.selfStepsUpTo(Component::PricingService, 4), 1);
    // Request and response between the same two components are drawn side by side.
    const auto& request = graph.edges()[static_cast<std::size_t>(graph.edgeOfStep(7))];
    const auto& response = graph.edges()[static_cast<std::size_t>(graph.edgeOfStep(10))];
    QVERIFY(request.parallelOffset != response.parallelOffset);
}

void TestFlowLayout::labelsAvoidEveryNode_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QSize>("size");
    for (const Scenario& s : m_workspace.scenarios()) {
        QTest::addRow("%s 600x330", s.id.c_str()) << QString::fromStdString(s.id) << QSize(600, 330);
        QTest::addRow("%s 900x500", s.id.c_str()) << QString::fromStdString(s.id) << QSize(900, 500);
    }
}

// The travelling label ("PRICE_DROP_ALERT → …") sat on nodes its edge passes, not only on the two it joins; the
// ×N counters sat on the decision diamonds and on nodes their edge passes.
void TestFlowLayout::labelsAvoidEveryNode()
{
    QFETCH(QString, scenario);
    QFETCH(QSize, size);
    const auto cmp = m_workspace.compare(*m_workspace.scenario(scenario));
    const FlowLayout layout({ &cmp->eventSourced, &cmp->apiDriven });
    const QRectF area(QPointF(0, 0), QSizeF(size));
    const PainterStyle style(QApplication::palette(), QApplication::font());
    const QFontMetricsF fm(style.font());
    for (const Run* run : { &cmp->eventSourced, &cmp->apiDriven }) {
        const FlowGraph graph(*run);
        const FlowPainter painter(*run, graph, layout, style);
        // Every edge used more than once by the end has its counter.
        const int last = static_cast<int>(run->steps.size()) - 1;
        const auto repeated = std::count_if(graph.edges().begin(), graph.edges().end(),
            [&](const FlowGraph::Edge& e) { return FlowGraph::countUpTo(e, last) > 1; });
        QCOMPARE(static_cast<qsizetype>(painter.counters(area, last).size()), static_cast<qsizetype>(repeated));
        for (int step = 0; step <= last; ++step) {
            // What is drawn over the picture at this step: the token at three points of its way, and the counters.
            std::vector<std::pair<QRectF, QString>> labels;
            for (const double progress : { 0.0, 0.5, 1.0 })
                labels.emplace_back(
                    painter.tokenRect(area, { step, progress }), QStringLiteral("token at %1").arg(progress));
            for (const FlowPainter::Counter& counter : painter.counters(area, step)) {
                QVERIFY(counter.text.startsWith(QChar(0x00D7)));
                QVERIFY(area.contains(counter.box));
                labels.emplace_back(counter.box, counter.text);
            }
            for (const auto& [box, what] : labels) {
                QVERIFY(!box.isEmpty());
                for (Component c : layout.components()) {
                    if (!graph.contains(c))
                        continue;
                    const QRectF node = layout.nodeRect(c, area, fm);
                    const QString at = QStringLiteral("step %1: %2 covers %3")
                                           .arg(step + 1)
                                           .arg(what, QString::fromUtf8(componentName(c).data()));
                    QVERIFY2(!box.intersects(node), qPrintable(at));
                    if (graph.selfStepsUpTo(c, step) > 0 && !what.startsWith(QLatin1String("token")))
                        QVERIFY2(!box.intersects(painter.ruleBadgeRect(node)), qPrintable(at + " rules"));
                }
            }
        }
    }
}

// Event names on the timeline's arrows: whole when the row has room (they were cut to the arrow's span,
// "OrderSta…", even in a full-width window), elided only when the row itself is too narrow.
void TestFlowLayout::timelineArrowLabels_data()
{
    QTest::addColumn<qreal>("x1");
    QTest::addColumn<qreal>("x2");
    QTest::addColumn<qreal>("maxX");
    QTest::addColumn<bool>("whole");
    QTest::newRow("short arrow, wide row") << 100.0 << 160.0 << 900.0 << true;
    QTest::newRow("leftwards arrow") << 400.0 << 340.0 << 900.0 << true;
    QTest::newRow("arrow at the right end") << 840.0 << 890.0 << 900.0 << true;
    QTest::newRow("arrow at the left end") << 32.0 << 80.0 << 900.0 << true;
    QTest::newRow("row too narrow") << 40.0 << 80.0 << 90.0 << false;
}

void TestFlowLayout::timelineArrowLabels()
{
    QFETCH(qreal, x1);
    QFETCH(qreal, x2);
    QFETCH(qreal, maxX);
    QFETCH(bool, whole);
    const QFontMetricsF fm(QApplication::font());
    const QString name = QStringLiteral("OrderStatusChanged → PRICE_DROP_ALERT");
    const qreal minX = 30;
    const auto label = TimelinePainter::arrowLabel(fm, name, x1, x2, minX, maxX);
    QCOMPARE(label.text == name, whole);
    if (!whole)
        QVERIFY(label.text.endsWith(QChar(0x2026)));
    QVERIFY(fm.horizontalAdvance(label.text) <= label.width + 0.5);
    QVERIFY2(label.left >= minX - 1e-9 && label.left + label.width <= maxX + 1e-9,
        qPrintable(QStringLiteral("%1 + %2").arg(label.left).arg(label.width)));
    // Centred on the arrow where the row allows.
    if (whole && label.left > minX && label.left + label.width < maxX)
        QCOMPARE(label.left + label.width / 2, (x1 + x2) / 2);
}

// When a view is too narrow for a name, the whole name is one hover away: over an arrow of the timeline, and over
// the token travelling in the flow view. Every step of every built-in scenario, in a view narrow enough to shorten.
void TestFlowLayout::fullNameOneHoverAway_data()
{
    test::addBuiltinScenarioRows("id");
}

void TestFlowLayout::fullNameOneHoverAway()
{
    QFETCH(QString, id);
    ReplaySession session;
    session.setComparison(m_workspace.compare(*m_workspace.scenario(id)));
    const Run& run = session.comparison()->run(Architecture::ApiDriven);
    const auto hover = [](QWidget* target, QPoint at) {
        QToolTip::hideText();
        QHelpEvent help(QEvent::ToolTip, at, target->mapToGlobal(at));
        QApplication::sendEvent(target, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };

    TimelineView timeline(&session, Architecture::ApiDriven);
    timeline.resize(260, 2000);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QSet<int> hovered;
    for (int y = 0; y < timeline.viewport()->height(); ++y) {
        const QPoint at(timeline.viewport()->width() / 2, y);
        const int step = timeline.stepAt(at);
        if (step < 0 || hovered.contains(step))
            continue;
        hovered.insert(step);
        const QString label = QString::fromStdString(run.steps[static_cast<std::size_t>(step)].label);
        QVERIFY2(hover(timeline.viewport(), at).contains(label.toHtmlEscaped()),
            qPrintable(QStringLiteral("timeline step %1: %2").arg(step + 1).arg(label)));
    }
    QVERIFY(!hovered.isEmpty());

    FlowView flow(&session, Architecture::ApiDriven);
    flow.resize(flow.minimumSizeHint());
    flow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&flow));
    const PainterStyle style(flow.palette(), flow.paintFont(), 1.0);
    const FlowPainter painter(run, flow.graph(), flow.flowLayout(), style);
    for (int step = 0; step < static_cast<int>(run.steps.size()); ++step) {
        session.seekToStep(Architecture::ApiDriven, step);
        const QRectF token = painter.tokenRect(QRectF(flow.rect()), session.position(Architecture::ApiDriven));
        if (token.isEmpty())
            continue;
        const QString label = QString::fromStdString(run.steps[static_cast<std::size_t>(step)].label);
        QVERIFY2(hover(&flow, token.center().toPoint()).contains(label.toHtmlEscaped()),
            qPrintable(QStringLiteral("flow step %1: %2").arg(step + 1).arg(label)));
    }
}

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
