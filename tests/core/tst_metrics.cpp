// Coupling metrics: the mapping from steps to dependencies (data rows), the arithmetic on small hand-made runs,
// and the values the built-in scenarios must show.
#include "metricscalculator.h"
#include "metricstrace.h"
#include "support/fixtures.h"

#include <QTest>
#include <cmath>

using namespace notiflow;
using namespace notiflow::test;

Q_DECLARE_METATYPE(notiflow::StepKind)
Q_DECLARE_METATYPE(notiflow::Component)
Q_DECLARE_METATYPE(notiflow::Architecture)

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
    void dependenciesByKind_data();
    void dependenciesByKind();
    void kindsAddUpToTotals_data();
    void kindsAddUpToTotals();
    void teachingFiguresByHand_data();
    void teachingFiguresByHand();
    void eventsKeepNotificationKnowledgeOutOfDomainServices_data();
    void eventsKeepNotificationKnowledgeOutOfDomainServices();
    void sdpViolationOfHandMadeRun();
    void fanOutIsCounted();
    void everyFigureTracesToItsSteps_data();
    void everyFigureTracesToItsSteps();
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
    notiflow::test::addBuiltinScenarioRows();
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

namespace {
// "domain data/own data/service API/event contract/infrastructure"
QString kindsOf(const std::array<int, dependencyKindCount>& k)
{
    return QStringLiteral("%1/%2/%3/%4/%5").arg(k[0]).arg(k[1]).arg(k[2]).arg(k[3]).arg(k[4]);
}

QString callsOf(const Metrics& m)
{
    QStringList parts;
    for (const auto& a : m.blockingCallsPerAction)
        parts << QStringLiteral("%1:%2/%3").arg(a.action).arg(a.blockingCalls).arg(a.chainDepth);
    return parts.join(' ');
}
} // namespace

void TestMetrics::dependenciesByKind_data()
{
    // Counted by hand from the traces (see README, "Coupling metrics"): a delivery makes the subscriber depend on
    // the bus (infrastructure) and on the publisher's event (event contract).
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("eventSourced");
    QTest::addColumn<QString>("apiDriven");
    // ES: outside->ordering api; ordering->orders own; ordering->bus infra; NS->bus infra; NS->ordering event;
    // NS->customers domain; NS->preferences own; NS->email, NS->sms infra.
    // AD: outside->ordering api; ordering->orders own; ordering->API api; API->customers domain; API->preferences
    // own; API->email, API->sms infra.
    QTest::newRow("order-shipped") << "order-shipped"
                                   << "1/2/1/1/4"
                                   << "1/2/2/0/2";
    // ES: as above with pricing, plus NS->carts domain. AD: pricing->carts, customers, preferences domain,
    // API->customers domain.
    QTest::newRow("price-drop") << "price-drop"
                                << "2/2/1/1/4"
                                << "4/2/2/0/2";
}

void TestMetrics::dependenciesByKind()
{
    QFETCH(QString, scenario);
    QFETCH(QString, eventSourced);
    QFETCH(QString, apiDriven);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    QCOMPARE(kindsOf(c.eventSourced.metrics.dependenciesByKind), eventSourced);
    QCOMPARE(kindsOf(c.apiDriven.metrics.dependenciesByKind), apiDriven);
    // Per component, by hand too: the API-driven pricing service reads three foreign domains and its own.
    if (scenario == QLatin1String("price-drop")) {
        QCOMPARE(kindsOf(c.apiDriven.metrics.componentDependenciesByKind[indexOf(Component::PricingService)]),
            QStringLiteral("3/1/1/0/0"));
        QCOMPARE(kindsOf(c.eventSourced.metrics.componentDependenciesByKind[indexOf(Component::PricingService)]),
            QStringLiteral("0/1/0/0/1"));
        QCOMPARE(kindsOf(c.eventSourced.metrics.componentDependenciesByKind[indexOf(Component::NotificationService)]),
            QStringLiteral("2/1/0/1/3"));
    }
}

void TestMetrics::kindsAddUpToTotals_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestMetrics::kindsAddUpToTotals()
{
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        const Metrics& m = run->metrics;
        int sum = 0;
        for (int n : m.dependenciesByKind)
            sum += n;
        QCOMPARE(sum, m.totalDependencies);
        for (const auto& cm : m.components) {
            int own = 0;
            for (int n : m.componentDependenciesByKind[indexOf(cm.component)])
                own += n;
            QCOMPARE(own, cm.efferent);
        }
        // An event contract exists only where events are used.
        if (run->architecture == Architecture::ApiDriven)
            QCOMPARE(m.dependenciesByKind[static_cast<std::size_t>(DependencyKind::EventContract)], 0);
        // The chain drawn for the depth is among the components the ceiling counts.
        for (Component hop : m.syncChain)
            QVERIFY(std::find(m.syncComponents.begin(), m.syncComponents.end(), hop) != m.syncComponents.end());
        // Each SDP violation really points at a less stable component.
        for (const auto& v : m.sdpViolations) {
            QVERIFY(v.toInstability > v.fromInstability);
            QVERIFY(m.dependencies[indexOf(v.from)][indexOf(v.to)] > 0);
        }
    }
}

void TestMetrics::teachingFiguresByHand_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Architecture>("architecture");
    QTest::addColumn<int>("notificationRules");
    QTest::addColumn<int>("foreignDomains");
    QTest::addColumn<QString>("calls"); // action:blocking calls/chain depth
    QTest::addColumn<QString>("sdp"); // from>to per violation
    // The API-driven ordering service (I 2/3) calls the notification API (I 4/5): less stable than itself.
    QTest::newRow("order-shipped ES") << "order-shipped" << Architecture::EventSourced << 0 << 0 << "0:0/2 1:0/2"
                                      << "";
    QTest::newRow("order-shipped AD") << "order-shipped" << Architecture::ApiDriven << 1 << 0 << "0:1/3 1:0/2"
                                      << "ordering_service>notification_api";
    // Two of the five customers qualify, so the API-driven pricing service waits on two POST /notify.
    QTest::newRow("price-drop ES") << "price-drop" << Architecture::EventSourced << 0 << 0 << "0:0/2 1:0/2"
                                   << "";
    QTest::newRow("price-drop AD") << "price-drop" << Architecture::ApiDriven << 4 << 3 << "0:2/3 1:0/2"
                                   << "";
}

void TestMetrics::teachingFiguresByHand()
{
    QFETCH(QString, scenario);
    QFETCH(Architecture, architecture);
    QFETCH(int, notificationRules);
    QFETCH(int, foreignDomains);
    QFETCH(QString, calls);
    QFETCH(QString, sdp);
    const Run run = runScenario(defaultData(), builtinScenario(scenario.toStdString()), architecture);
    const Metrics& m = run.metrics;
    QCOMPARE(m.notificationRulesInDomainServices, notificationRules);
    QCOMPARE(m.foreignDomainsInDomainServices, foreignDomains);
    QCOMPARE(callsOf(m), calls);
    QStringList found;
    for (const auto& v : m.sdpViolations)
        found << QString::fromLatin1(componentId(v.from).data()) + ">" + QString::fromLatin1(componentId(v.to).data());
    QCOMPARE(found.join(' '), sdp);
    if (scenario == QLatin1String("price-drop") && architecture == Architecture::ApiDriven) {
        QCOMPARE(m.notificationRules[indexOf(Component::PricingService)],
            (std::vector<std::string> {
                "price_drop.is_lower", "price_drop.in_cart", "price_drop.opted_in", "price_drop.segment" }));
        QCOMPARE(m.mostBlockingCalls, 2);
    }
}

void TestMetrics::eventsKeepNotificationKnowledgeOutOfDomainServices_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestMetrics::eventsKeepNotificationKnowledgeOutOfDomainServices()
{
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    const Metrics& es = c.eventSourced.metrics;
    const Metrics& ad = c.apiDriven.metrics;
    QVERIFY2(es.notificationRulesInDomainServices <= ad.notificationRulesInDomainServices,
        qPrintable(QStringLiteral("%1 > %2")
                       .arg(es.notificationRulesInDomainServices)
                       .arg(ad.notificationRulesInDomainServices)));
    QVERIFY(es.foreignDomainsInDomainServices <= ad.foreignDomainsInDomainServices);
    QVERIFY(es.mostBlockingCalls <= ad.mostBlockingCalls);
    // Both figures are the sums of their per-component lists.
    for (const Metrics* m : { &es, &ad }) {
        int rules = 0;
        int domains = 0;
        for (const auto& cm : m->components) {
            const auto& notificationRules = m->notificationRules[indexOf(cm.component)];
            rules += static_cast<int>(notificationRules.size());
            if (componentRole(cm.component) == ComponentRole::DomainService)
                domains += static_cast<int>(cm.foreignDomains.size());
            else
                QVERIFY(notificationRules.empty());
        }
        QCOMPARE(m->notificationRulesInDomainServices, rules);
        QCOMPARE(m->foreignDomainsInDomainServices, domains);
    }
}

void TestMetrics::sdpViolationOfHandMadeRun()
{
    // Outside world -> pricing -> notification API -> email: pricing (Ce 2, Ca 1, I 2/3) depends on the API
    // (Ce 1, Ca 1, I 1/2) and on carts (I 0): no violation. Add a second dependency of the API on SMS and it
    // becomes I 2/3 too: still none (equal is allowed). A third, on customers, makes it 3/4: one violation.
    Run run;
    run.architecture = Architecture::ApiDriven;
    using C = Component;
    run.steps = { makeStep(0, C::OutsideWorld, C::PricingService, StepKind::Trigger),
        makeStep(1, C::PricingService, C::Carts, StepKind::Query, 0),
        makeStep(2, C::PricingService, C::NotificationApi, StepKind::Request, 0),
        makeStep(3, C::NotificationApi, C::Email, StepKind::Send, 2) };
    QVERIFY(MetricsCalculator::compute(run).sdpViolations.empty());
    run.steps.push_back(makeStep(4, C::NotificationApi, C::Sms, StepKind::Send, 2));
    QVERIFY(MetricsCalculator::compute(run).sdpViolations.empty());
    run.steps.push_back(makeStep(5, C::NotificationApi, C::Customers, StepKind::Query, 2));
    const Metrics m = MetricsCalculator::compute(run);
    QCOMPARE(m.sdpViolations.size(), std::size_t(1));
    QCOMPARE(m.sdpViolations[0].from, C::PricingService);
    QCOMPARE(m.sdpViolations[0].to, C::NotificationApi);
    QCOMPARE(m.sdpViolations[0].toInstability, 0.75);
    QCOMPARE(m.sdpViolations[0].kind, DependencyKind::ServiceApi);
}

void TestMetrics::fanOutIsCounted()
{
    // The chain depth stays 3 however many customers are told; the blocking calls grow with them.
    Run run;
    run.architecture = Architecture::ApiDriven;
    using C = Component;
    run.steps = { makeStep(0, C::OutsideWorld, C::PricingService, StepKind::Trigger) };
    for (int i = 0; i < 5; ++i) {
        const int request = static_cast<int>(run.steps.size());
        run.steps.push_back(makeStep(request, C::PricingService, C::NotificationApi, StepKind::Request, 0));
        run.steps.push_back(makeStep(request + 1, C::NotificationApi, C::Email, StepKind::Send, request));
        run.steps.push_back(makeStep(request + 2, C::NotificationApi, C::PricingService, StepKind::Response, request));
    }
    const Metrics m = MetricsCalculator::compute(run);
    QCOMPARE(m.syncChainDepth, 3);
    QCOMPARE(callsOf(m), QStringLiteral("0:5/3"));
}

void TestMetrics::everyFigureTracesToItsSteps_data()
{
    notiflow::test::addBuiltinScenarioRows();
}

void TestMetrics::everyFigureTracesToItsSteps()
{
    // The steps behind each figure reproduce the figure: traceability cannot drift from the counting.
    QFETCH(QString, scenario);
    const Comparison c = compareArchitectures(defaultData(), builtinScenario(scenario.toStdString()));
    for (const Run* run : { &c.eventSourced, &c.apiDriven }) {
        const Metrics& m = run->metrics;
        for (int a = 0; a < componentCount; ++a) {
            const auto ca = static_cast<Component>(a);
            const auto& cm = m.components[a];
            for (int b = 0; b < componentCount; ++b) {
                const auto cb = static_cast<Component>(b);
                QCOMPARE(int(MetricsTrace::dependency(*run, ca, cb).size()), a == b ? 0 : m.dependencies[a][b]);
                const bool foreign
                    = std::find(cm.foreignDomains.begin(), cm.foreignDomains.end(), cb) != cm.foreignDomains.end();
                if (foreign)
                    QVERIFY(!MetricsTrace::dataAccess(*run, ca, cb).empty());
            }
            QCOMPARE(MetricsTrace::efferent(*run, ca).empty(), cm.efferent == 0);
            QCOMPARE(MetricsTrace::afferent(*run, ca).empty(), cm.afferent == 0);
            for (const auto& rule : cm.rules) {
                for (int step : MetricsTrace::ruleEvaluations(*run, ca, rule))
                    QCOMPARE(run->steps[std::size_t(step)].kind, StepKind::Decision);
                QVERIFY(!MetricsTrace::ruleEvaluations(*run, ca, rule).empty());
            }
        }
        for (Component waited : m.syncComponents) {
            QVERIFY(!MetricsTrace::waitedOn(*run, waited).empty());
            // Every component the ceiling counts is waited on by the one action that sets it.
            QVERIFY(!MetricsTrace::waitedOn(*run, waited, MetricsCalculator::ceilingAction(*run)).empty());
        }
        for (const auto& calls : m.blockingCallsPerAction)
            QCOMPARE(int(MetricsTrace::blockingCalls(*run, calls.action).size()), calls.blockingCalls);
        QCOMPARE(
            MetricsTrace::notificationRulesInDomainServices(*run).empty(), m.notificationRulesInDomainServices == 0);
    }
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
