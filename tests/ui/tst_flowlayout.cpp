// The flow view's layout: shared components at identical places in both panes, no overlapping node labels at
// the default size, for hand-built runs and for every built-in scenario.
#include "painting/painters/flowlayout.h"
#include "painting/session/replaysession.h"
#include "painting/session/workspace.h"
#include "support/fixtures.h"
#include "widgets/views/flowview.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QTest>

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

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
