// Coupling metrics: the mapping from steps to dependencies (data rows), the arithmetic on small hand-made runs,
// and the values the built-in scenarios must show.
#include "metricscalculator.h"
#include "support/fixtures.h"

#include <QTest>
#include <cmath>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(notiflow::StepKind)
Q_DECLARE_METATYPE(notiflow::Component)

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dependenciesOfStep_data();
    void dependenciesOfStep();
    void couplingOfHandMadeRun();
    void propagationCostOfChain();
    void priceDropShowsWhereEligibilityLives();
    void orderCompleteShowsWhoTracksShipments();
    void syncChainAndAvailability_data();
    void syncChainAndAvailability();
    void matrixMatchesEdges_data();
    void matrixMatchesEdges();
};

void TestMetrics::dependenciesOfStep_data()
{
    QTest::addColumn<StepKind>("kind");
    QTest::addColumn<Component>("from");
    QTest::addColumn<Component>("to");
    QTest::addColumn<Component>("publisher");
    QTest::addColumn<QString>("expected");
    using C = Component;
    QTest::newRow("trigger") << StepKind::Trigger << C::OutsideWorld << C::PricingService << C::OutsideWorld
                             << "outside_world>pricing_service";
    QTest::newRow("query") << StepKind::Query << C::PricingService << C::Carts << C::PricingService
                           << "pricing_service>carts";
    QTest::newRow("publish") << StepKind::Publish << C::PricingService << C::EventBus << C::PricingService
                             << "pricing_service>event_bus";
    QTest::newRow("deliver: subscriber depends on bus and publisher")
        << StepKind::Deliver << C::EventBus << C::NotificationService << C::PricingService
        << "notification_service>event_bus notification_service>pricing_service";
    QTest::newRow("request") << StepKind::Request << C::PricingService << C::NotificationApi << C::PricingService
                             << "pricing_service>notification_api";
    QTest::newRow("response adds nothing")
        << StepKind::Response << C::NotificationApi << C::PricingService << C::NotificationApi << "";
    QTest::newRow("decision adds nothing")
        << StepKind::Decision << C::PricingService << C::PricingService << C::PricingService << "";
    QTest::newRow("send") << StepKind::Send << C::NotificationApi << C::Sms << C::NotificationApi
                          << "notification_api>sms";
}

void TestMetrics::dependenciesOfStep()
{
    QFETCH(StepKind, kind);
    QFETCH(Component, from);
    QFETCH(Component, to);
    QFETCH(Component, publisher);
    QFETCH(QString, expected);
    Step step;
    step.kind = kind;
    step.from = from;
    step.to = to;
    step.publisher = publisher;
    QStringList found;
    for (const auto& d : MetricsCalculator::dependenciesOf(step))
        found << QString::fromLatin1(componentId(d.dependent).data()) + ">"
                + QString::fromLatin1(componentId(d.dependency).data());
    QCOMPARE(found.join(' '), expected);
}

namespace {
Step makeStep(int index, Component from, Component to, StepKind kind, int parent = -1)
{
    Step s;
    s.index = index;
    s.from = from;
    s.to = to;
    s.kind = kind;
    s.parent = parent;
    s.synchronous = isSynchronousKind(kind);
    s.publisher = from;
    return s;
}
} // namespace

void TestMetrics::couplingOfHandMadeRun()
{
    Run run;
    run.architecture = Architecture::ApiDriven;
    using C = Component;
    run.steps = { makeStep(0, C::OutsideWorld, C::PricingService, StepKind::Trigger),
        makeStep(1, C::PricingService, C::Carts, StepKind::Query, 0),
        makeStep(2, C::PricingService, C::Carts, StepKind::Query, 0),
        makeStep(3, C::PricingService, C::NotificationApi, StepKind::Request, 0),
        makeStep(4, C::NotificationApi, C::Email, StepKind::Send, 3),
        makeStep(5, C::NotificationApi, C::PricingService, StepKind::Response, 3) };
    run.decisions = { { 1, 0, C::PricingService, "price_drop.segment", "X", true, "" } };
    const Metrics m = MetricsCalculator::compute(run);
    const auto& pricing = m.components[indexOf(C::PricingService)];
    QCOMPARE(pricing.efferent, 2); // carts, notification API
    QCOMPARE(pricing.afferent, 1); // outside world
    QCOMPARE(pricing.instability, 2.0 / 3.0);
    QCOMPARE(pricing.foreignDomains, std::vector<Component> { C::Carts });
    QCOMPARE(pricing.rules, std::vector<std::string> { "price_drop.segment" });
    QCOMPARE(m.dependencies[indexOf(C::PricingService)][indexOf(C::Carts)], 2);
    QCOMPARE(m.components[indexOf(C::Email)].instability, 0.0);
    QCOMPARE(m.totalDependencies, 4);
    QCOMPARE(m.syncChainDepth, 3);
    QCOMPARE(m.syncChain, (std::vector<Component> { C::PricingService, C::NotificationApi, C::Email }));
    QCOMPARE(m.syncComponents.size(), std::size_t(4)); // pricing, carts, API, email
    QCOMPARE(m.availabilityCeiling, std::pow(0.999, 4));
    QCOMPARE(m.stepsByKind[static_cast<std::size_t>(StepKind::Query)], 2);
    QCOMPARE(m.edges.size(), std::size_t(5));
    QVERIFY(!m.components[indexOf(C::EventBus)].present);
}

void TestMetrics::propagationCostOfChain()
{
    // a -> b -> c: a reaches a, b, c; b reaches b, c; c reaches c: 6 of 9.
    Run run;
    using C = Component;
    run.steps = { makeStep(0, C::OutsideWorld, C::OrderingService, StepKind::Trigger),
        makeStep(1, C::OrderingService, C::Orders, StepKind::Update, 0) };
    const Metrics m = MetricsCalculator::compute(run);
    QCOMPARE(m.propagationCost, 6.0 / 9.0);
}

void TestMetrics::priceDropShowsWhereEligibilityLives()
{
    const Comparison c = compareArchitectures(defaultData(), builtinScenario("price-drop"));
    const auto& apiPricing = c.apiDriven.metrics.components[indexOf(Component::PricingService)];
    const auto& esPricing = c.eventSourced.metrics.components[indexOf(Component::PricingService)];
    QCOMPARE(apiPricing.foreignDomains,
        (std::vector<Component> { Component::Customers, Component::Carts, Component::Preferences }));
    QVERIFY(esPricing.foreignDomains.empty());
    auto hasEligibilityRule = [](const ComponentMetrics& cm) {
        return std::any_of(
            cm.rules.begin(), cm.rules.end(), [](const std::string& r) { return r.rfind("price_drop.", 0) == 0; });
    };
    QVERIFY(hasEligibilityRule(apiPricing));
    QVERIFY(!hasEligibilityRule(esPricing));
    const auto& notificationService = c.eventSourced.metrics.components[indexOf(Component::NotificationService)];
    QVERIFY(hasEligibilityRule(notificationService));
    // Event-sourced: the notification service depends on pricing's event; pricing depends on no notification part.
    QVERIFY(
        c.eventSourced.metrics.dependencies[indexOf(Component::NotificationService)][indexOf(Component::PricingService)]
        > 0);
    QCOMPARE(c.eventSourced.metrics
                 .dependencies[indexOf(Component::PricingService)][indexOf(Component::NotificationService)],
        0);
    QVERIFY(
        c.apiDriven.metrics.dependencies[indexOf(Component::PricingService)][indexOf(Component::NotificationApi)] > 0);
    QVERIFY(esPricing.instability < apiPricing.instability);
}

void TestMetrics::orderCompleteShowsWhoTracksShipments()
{
    const Comparison c = compareArchitectures(defaultData(), builtinScenario("order-complete"));
    const auto rule = std::string("order_complete.all_items_shipped");
    const auto& esOrdering = c.eventSourced.metrics.components[indexOf(Component::OrderingService)].rules;
    const auto& adOrdering = c.apiDriven.metrics.components[indexOf(Component::OrderingService)].rules;
    const auto& correlator = c.eventSourced.metrics.components[indexOf(Component::EventCorrelator)].rules;
    QVERIFY(std::find(esOrdering.begin(), esOrdering.end(), rule) == esOrdering.end());
    QVERIFY(std::find(adOrdering.begin(), adOrdering.end(), rule) != adOrdering.end());
    QVERIFY(std::find(correlator.begin(), correlator.end(), rule) != correlator.end());
}

void TestMetrics::syncChainAndAvailability_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("esDepth");
    QTest::addColumn<int>("adDepth");
    QTest::newRow("order-shipped") << "order-shipped" << 2 << 3;
    QTest::newRow("price-drop") << "price-drop" << 2 << 3;
    QTest::newRow("promotion") << "promotion" << 2 << 3;
    QTest::newRow("payment-failed") << "payment-failed" << 2 << 3;
}

void TestMetrics::syncChainAndAvailability()
{
    QFETCH(QString, scenario);
    QFETCH(int, esDepth);
    QFETCH(int, adDepth);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    const Metrics& es = c.eventSourced.metrics;
    const Metrics& ad = c.apiDriven.metrics;
    QCOMPARE(es.syncChainDepth, esDepth);
    QCOMPARE(ad.syncChainDepth, adDepth);
    QCOMPARE(int(es.syncChain.size()), esDepth);
    QCOMPARE(es.availabilityCeiling, std::pow(componentAvailability, double(es.syncComponents.size())));
    QCOMPARE(ad.availabilityCeiling, std::pow(componentAvailability, double(ad.syncComponents.size())));
    // With events, the trigger never waits on the notification side.
    QVERIFY(std::find(es.syncComponents.begin(), es.syncComponents.end(), Component::NotificationService)
        == es.syncComponents.end());
    QVERIFY(std::find(ad.syncComponents.begin(), ad.syncComponents.end(), Component::NotificationApi)
        != ad.syncComponents.end());
    QVERIFY(es.availabilityCeiling > ad.availabilityCeiling);
}

void TestMetrics::matrixMatchesEdges_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char* id : { "order-shipped", "order-delivered", "payment-failed", "payment-succeeded", "price-drop",
             "order-complete", "promotion" })
        QTest::newRow(id) << id;
}

void TestMetrics::matrixMatchesEdges()
{
    // Two independent paths through the trace must agree: the step-kind totals and the edge volumes.
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        int edgeTotal = 0;
        for (const auto& e : run->metrics.edges)
            edgeTotal += e.count;
        QCOMPARE(edgeTotal, int(run->steps.size()));
        int kindTotal = 0;
        for (int n : run->metrics.stepsByKind)
            kindTotal += n;
        QCOMPARE(kindTotal, int(run->steps.size()));
        for (const auto& cm : run->metrics.components) {
            QVERIFY(cm.instability >= 0.0 && cm.instability <= 1.0);
            if (cm.efferent + cm.afferent > 0)
                QCOMPARE(cm.instability, double(cm.efferent) / (cm.efferent + cm.afferent));
        }
    }
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
