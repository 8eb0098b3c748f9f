// Metrics that explain themselves: the dock's headline leads with the figures the architectures are compared for,
// the chain chart draws exactly what the availability ceiling counts, and the help page has an entry for every
// step kind and every metric the run's JSON carries (the list comes from the code, not from this file).
#include "io/runjsonwriter.h"
#include "painting/charts/syncchainchart.h"
#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "support/fixtures.h"
#include "widgets/help/helptopics.h"
#include "widgets/help/helpwindow.h"
#include "widgets/panels/metricspanel.h"
#include "widgets/views/chartwidget.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QTextBrowser>

using namespace notiflow;
using namespace notiflow::ui;
using namespace notiflow::test;

class TestMetricsHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chainChartDrawsWhatTheCeilingCounts_data();
    void chainChartDrawsWhatTheCeilingCounts();
    void headlineLeadsWithWhatDiffers();
    void helpHasEveryMetricAndStepKind();
    void whatsThisOnAChartOpensItsEntry_data();
    void whatsThisOnAChartOpensItsEntry();
};

namespace {
std::shared_ptr<const Comparison> comparisonOf(const QString& id)
{
    return std::make_shared<const Comparison>(compareArchitectures(defaultData(), builtinScenario(id.toStdString())));
}

// Every key of an object, once.
void collectKeys(const nlohmann::json& object, QStringList& keys)
{
    for (const auto& [key, value] : object.items()) {
        if (!keys.contains(QString::fromStdString(key)))
            keys << QString::fromStdString(key);
    }
}
} // namespace

void TestMetricsHelp::chainChartDrawsWhatTheCeilingCounts_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestMetricsHelp::chainChartDrawsWhatTheCeilingCounts()
{
    QFETCH(QString, scenario);
    ReplaySession session;
    MetricsPanel panel(&session);
    const auto cmp = comparisonOf(scenario);
    session.setComparison(cmp);
    for (Architecture a : allArchitectures) {
        const Metrics& m = cmp->run(a).metrics;
        QStringList counted;
        for (Component c : m.syncComponents)
            counted << componentTitle(c);
        const SyncChainChart::Side& side = panel.syncChainChart().side(a);
        QStringList drawn = side.drawnComponents();
        QCOMPARE(drawn.size(), side.synchronousComponents);
        drawn.sort();
        counted.sort();
        QCOMPARE(drawn, counted);
        // The figure the chart prints is the same count.
        QVERIFY(panel.syncChainChart().summary().contains(QStringLiteral("%1 component").arg(m.syncComponents.size())));
    }
}

void TestMetricsHelp::headlineLeadsWithWhatDiffers()
{
    ReplaySession session;
    MetricsPanel panel(&session);
    session.setComparison(comparisonOf(QStringLiteral("price-drop")));
    const QStringList rows = panel.headlineRows();
    QCOMPARE(rows.size(), 4);
    // Values counted by hand from the price-drop traces (see tst_metrics).
    QCOMPARE(rows[0],
        QStringLiteral("Foreign data domains in domain services | 0 | 3 (Pricing service: Customers, Carts, "
                       "Preferences)"));
    QCOMPARE(rows[1],
        QStringLiteral("Notification rules in domain services | 0 | 4 (Pricing service: price_drop.is_lower, "
                       "price_drop.in_cart, price_drop.opted_in, price_drop.segment)"));
    QCOMPARE(rows[2],
        QStringLiteral("Blocking calls per action | none (action 1: 0, chain depth 2; action 2: 0, chain depth "
                       "2) | up to 2 (action 1: 2, chain depth 3; action 2: 0, chain depth 2)"));
    QCOMPARE(rows[3],
        QStringLiteral("Dependencies by kind | domain data 2 · own data 2 · service API 1 · event contract 1; "
                       "infrastructure 4 apart | domain data 4 · own data 2 · service API 2 · event contract 0; "
                       "infrastructure 2 apart"));
}

void TestMetricsHelp::helpHasEveryMetricAndStepKind()
{
    // The metrics the run writes, from a run that has every kind of figure.
    const auto cmp = comparisonOf(QStringLiteral("order-shipped"));
    QStringList anchors;
    for (Architecture a : allArchitectures) {
        const nlohmann::json metrics = RunJsonWriter::metricsJson(cmp->run(a).metrics);
        collectKeys(metrics, anchors);
        for (const auto& [id, component] : metrics.at("components").items())
            collectKeys(component, anchors);
    }
    QVERIFY(anchors.contains(QStringLiteral("propagation_cost")));
    QVERIFY(anchors.contains(QStringLiteral("instability")));
    QVERIFY(anchors.contains(QStringLiteral("sdp_violations")));
    for (int k = 0; k < stepKindCount; ++k)
        anchors << HelpTopics::stepKindAnchor(static_cast<StepKind>(k));
    const QString html = HelpTopics::html();
    for (const QString& anchor : anchors) {
        const HelpTopic* topic = HelpTopics::find(anchor);
        QVERIFY2(topic, qPrintable(QStringLiteral("no help entry for %1").arg(anchor)));
        QVERIFY2(!topic->definition.isEmpty() && !topic->computed.isEmpty() && !topic->reading.isEmpty(),
            qPrintable(anchor));
        QVERIFY(html.contains(QStringLiteral("<a name=\"%1\">").arg(anchor)));
    }
    // Sources where the idea is someone else's.
    QVERIFY(HelpTopics::find(QStringLiteral("instability"))->source.contains(QStringLiteral("Martin")));
    QVERIFY(HelpTopics::find(QStringLiteral("sdp_violations"))->source.contains(QStringLiteral("Martin")));
    QVERIFY(HelpTopics::find(QStringLiteral("propagation_cost"))->source.contains(QStringLiteral("MacCormack")));
}

void TestMetricsHelp::whatsThisOnAChartOpensItsEntry_data()
{
    QTest::addColumn<int>("chart");
    for (int i = 0; i < 6; ++i)
        QTest::newRow(qPrintable(QStringLiteral("chart %1").arg(i))) << i;
}

void TestMetricsHelp::whatsThisOnAChartOpensItsEntry()
{
    QFETCH(int, chart);
    ReplaySession session;
    MetricsPanel panel(&session);
    session.setComparison(comparisonOf(QStringLiteral("price-drop")));
    panel.resize(800, 600);
    panel.show();
    ChartWidget* widget = panel.chartWidgets().at(chart);
    const QString anchor = widget->helpAnchor();
    QVERIFY(HelpTopics::find(anchor));
    QHelpEvent query(QEvent::QueryWhatsThis, QPoint(5, 5), widget->mapToGlobal(QPoint(5, 5)));
    QVERIFY(QApplication::sendEvent(widget, &query));
    QHelpEvent click(QEvent::WhatsThis, QPoint(5, 5), widget->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(widget, &click);
    HelpWindow* help = HelpWindow::instance();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->currentAnchor(), anchor);
    QVERIFY(help->browser()->toPlainText().contains(HelpTopics::find(anchor)->definition));
    help->close();
}

QTEST_MAIN(TestMetricsHelp)
#include "tst_metricshelp.moc"
