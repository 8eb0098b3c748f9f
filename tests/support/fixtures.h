// What the tests share, in one place: the default data set and built-in scenarios from data/, scenarios written
// inline, and hand-built runs and comparisons (one step builder) for views, models and panels that must not depend
// on the engine.
#pragma once

#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "records.h"
#include "scenariorunner.h"
#include "support/sourcetree.h"

#include <QString>
#include <QStringList>
#include <QTest>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace notiflow::test {

inline const DataSet& defaultData()
{
    static const DataSet data = loadDataSetFolder(notiflow::test::sourceDataDir());
    return data;
}

inline Scenario builtinScenario(const std::string& id)
{
    return loadScenarioFile(notiflow::test::sourceDataDir() + "/scenarios/" + id + ".json");
}

// The ids of the built-in scenarios, read from data/scenarios (the folder the app embeds), sorted: a scenario added
// there is covered by every test that runs "each built-in scenario" without editing the tests.
inline const std::vector<std::string>& builtinScenarioIds()
{
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> found;
        for (const auto& entry : std::filesystem::directory_iterator(notiflow::test::sourceDataDir() + "/scenarios"))
            if (entry.path().extension() == ".json")
                found.push_back(entry.path().stem().string());
        std::sort(found.begin(), found.end());
        return found;
    }();
    return ids;
}

// One data row per built-in scenario, in a QString column named `column`.
inline void addBuiltinScenarioRows(const char* column = "scenario")
{
    QTest::addColumn<QString>(column);
    for (const std::string& id : builtinScenarioIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

// A scenario from just its steps, e.g. R"([{"action": "ship_order", "order_id": "ORD-001"}])".
inline Scenario scenarioOf(const std::string& stepsJson)
{
    return parseScenario(R"({"id": "test", "title": "Test", "steps": )" + stepsJson + "}", "inline.json");
}

// `scenario` with a "faults" array and/or "policies" object (`faultsAndPolicies`: JSON members without braces), read
// through the loader as a file would be, so the faults are validated against the scenario's actions.
inline Scenario withFaults(const Scenario& scenario, const std::string& faultsAndPolicies)
{
    nlohmann::json document = nlohmann::json::parse("{" + faultsAndPolicies + "}");
    document["id"] = scenario.id;
    document["title"] = scenario.title;
    auto steps = nlohmann::json::array();
    for (const auto& action : scenario.actions)
        steps.push_back(action.parameters);
    document["steps"] = steps;
    return parseScenario(document.dump(), "faulted.json");
}

// "TYPE channel recipient" per notification, sorted: a whole outcome in one comparable value.
inline QStringList outcome(const Run& run)
{
    QStringList lines;
    for (const auto& n : run.notifications) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(QString::fromLatin1(notificationTypeId(n.type)), QString::fromLatin1(channelId(n.channel)),
                         QString::fromStdString(n.recipient));
    }
    lines.sort();
    return lines;
}

inline int countSteps(const Run& run, StepKind kind)
{
    return static_cast<int>(
        std::count_if(run.steps.begin(), run.steps.end(), [kind](const Step& s) { return s.kind == kind; }));
}

// Appends a step to `run` as the engine would record it, in `action` (which starts here if it is new); returns its
// index. The caption names who sends what to whom, so that a panel showing it can be read in a failure message.
inline int addStep(Run& run, int action, Component from, Component to, StepKind kind, std::string label,
    const nlohmann::json& detail = {})
{
    while (static_cast<int>(run.actionFirstStep.size()) <= action)
        run.actionFirstStep.push_back(static_cast<int>(run.steps.size()));
    NarratedStep s;
    s.index = static_cast<int>(run.steps.size());
    s.action = action;
    s.from = from;
    s.to = to;
    s.kind = kind;
    s.synchronous = isSynchronousKind(kind);
    s.parent = kind == StepKind::Trigger ? -1 : s.index - 1;
    s.label = toShortText(label);
    s.caption = "The " + std::string(componentName(from)) + " sends " + toStdString(s.label) + " to the "
        + std::string(componentName(to)) + ".";
    s.detail = detail.is_null() ? std::string() : detail.dump();
    return run.append(std::move(s));
}

// Two actions with known step counts per side. Event-sourced: 9 steps in action 0, 3 in action 1. API-driven: 11 in
// action 0, 2 in action 1. So action 0 lasts 11 slots, action 1 lasts 3, and the whole comparison 14.
inline std::shared_ptr<Comparison> twoActionComparison()
{
    using C = Component;
    using K = StepKind;
    auto cmp = std::make_shared<Comparison>();
    cmp->scenario.id = "fixture";
    cmp->scenario.title = "Fixture";
    cmp->scenario.actions.resize(2);
    cmp->scenario.actions[0].type = ActionType::UpdatePrice;
    cmp->scenario.actions[0].productId = "P-1";
    cmp->scenario.actions[1].type = ActionType::UpdatePrice;
    cmp->scenario.actions[1].productId = "P-2";

    Run& es = cmp->eventSourced;
    es.architecture = Architecture::EventSourced;
    addStep(es, 0, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-1");
    addStep(es, 0, C::PricingService, C::Products, K::Update, "products/P-1 price");
    addStep(es, 0, C::PricingService, C::EventBus, K::Publish, "PriceChanged");
    addStep(es, 0, C::EventBus, C::NotificationService, K::Deliver, "PriceChanged");
    addStep(es, 0, C::NotificationService, C::Carts, K::Query, "carts?product=P-1");
    addStep(es, 0, C::NotificationService, C::Customers, K::Query, "customers/C-1");
    addStep(es, 0, C::NotificationService, C::NotificationService, K::Decision, "price_drop.segment");
    addStep(es, 0, C::NotificationService, C::Preferences, K::Query, "preferences/C-1");
    addStep(es, 0, C::NotificationService, C::Email, K::Send, "PRICE_DROP_ALERT");
    addStep(es, 1, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-2");
    addStep(es, 1, C::PricingService, C::Products, K::Update, "products/P-2 price");
    addStep(es, 1, C::PricingService, C::EventBus, K::Publish, "PriceChanged");

    Run& ad = cmp->apiDriven;
    ad.architecture = Architecture::ApiDriven;
    addStep(ad, 0, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-1");
    addStep(ad, 0, C::PricingService, C::Products, K::Update, "products/P-1 price");
    addStep(ad, 0, C::PricingService, C::Carts, K::Query, "carts?product=P-1");
    addStep(ad, 0, C::PricingService, C::Customers, K::Query, "customers/C-1");
    addStep(ad, 0, C::PricingService, C::PricingService, K::Decision, "price_drop.in_cart");
    addStep(ad, 0, C::PricingService, C::PricingService, K::Decision, "price_drop.segment");
    addStep(ad, 0, C::PricingService, C::Preferences, K::Query, "preferences/C-1");
    addStep(ad, 0, C::PricingService, C::NotificationApi, K::Request, "POST /notify");
    addStep(ad, 0, C::NotificationApi, C::Customers, K::Query, "customers/C-1");
    addStep(ad, 0, C::NotificationApi, C::Email, K::Send, "PRICE_DROP_ALERT");
    addStep(ad, 0, C::NotificationApi, C::PricingService, K::Response, "200 OK");
    addStep(ad, 1, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-2");
    addStep(ad, 1, C::PricingService, C::Products, K::Update, "products/P-2 price");
    return cmp;
}

// A long run for benchmarks: `customers` candidates, each costing a handful of steps, as in price-drop on the
// generated data set.
inline std::shared_ptr<Comparison> largeRun(int customers)
{
    using C = Component;
    using K = StepKind;
    auto cmp = std::make_shared<Comparison>();
    cmp->scenario.id = "large";
    cmp->scenario.title = "Large synthetic run";
    cmp->scenario.actions.resize(1);
    cmp->scenario.actions[0].type = ActionType::UpdatePrice;
    cmp->scenario.actions[0].productId = "P-1";
    Run& es = cmp->eventSourced;
    addStep(es, 0, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-1");
    addStep(es, 0, C::PricingService, C::EventBus, K::Publish, "PriceChanged");
    addStep(es, 0, C::EventBus, C::NotificationService, K::Deliver, "PriceChanged");
    addStep(es, 0, C::NotificationService, C::Carts, K::Query, "carts?product=P-1");
    Run& ad = cmp->apiDriven;
    ad.architecture = Architecture::ApiDriven;
    addStep(ad, 0, C::OutsideWorld, C::PricingService, K::Trigger, "update_price P-1");
    addStep(ad, 0, C::PricingService, C::Carts, K::Query, "carts?product=P-1");
    for (int i = 0; i < customers; ++i) {
        const std::string id = "C-" + std::to_string(i);
        addStep(es, 0, C::NotificationService, C::Customers, K::Query, "customers/" + id);
        addStep(es, 0, C::NotificationService, C::NotificationService, K::Decision, "price_drop.segment");
        addStep(es, 0, C::NotificationService, C::Preferences, K::Query, "preferences/" + id);
        addStep(es, 0, C::NotificationService, C::Email, K::Send, "PRICE_DROP_ALERT");
        addStep(ad, 0, C::PricingService, C::Customers, K::Query, "customers/" + id);
        addStep(ad, 0, C::PricingService, C::PricingService, K::Decision, "price_drop.segment");
        addStep(ad, 0, C::PricingService, C::NotificationApi, K::Request, "POST /notify");
        addStep(ad, 0, C::NotificationApi, C::Email, K::Send, "PRICE_DROP_ALERT");
        addStep(ad, 0, C::NotificationApi, C::PricingService, K::Response, "200 OK");
    }
    return cmp;
}

// A small comparison shaped like price-drop, with decisions, notifications and metrics. Event-sourced: the pricing
// service publishes, the notification service decides. API-driven: the pricing service queries carts, customers and
// preferences, decides, and calls the notification API.
inline void decide(Run& run, Component who, std::string rule, std::string customer, bool passed, std::string reason)
{
    const int step
        = addStep(run, 0, who, who, StepKind::Decision, rule, { { "rule", rule }, { "customer", customer } });
    run.decisions.push_back({ step, 0, who, std::move(rule), std::move(customer), passed, std::move(reason) });
}

inline void send(Run& run, Component who, std::string customer, Channel channel, std::string recipient)
{
    const int step = addStep(
        run, 0, who, channel == Channel::Email ? Component::Email : Component::Sms, StepKind::Send, "price drop alert");
    SentNotification n;
    n.type = NotificationType::PriceDropAlert;
    n.channel = channel;
    n.customerId = std::move(customer);
    n.recipient = std::move(recipient);
    n.subject = channel == Channel::Email ? "Price drop: Trail Kettle now 36.00" : "";
    n.body = "Good news: Trail Kettle dropped from 45.00 to 36.00 (save 9.00, 20%).";
    n.step = step;
    run.notifications.push_back(std::move(n));
}

inline ComponentMetrics& metricsOf(Run& run, Component c)
{
    auto& m = run.metrics.components[static_cast<std::size_t>(indexOf(c))];
    m.component = c;
    m.present = true;
    return m;
}

inline void depends(Run& run, Component a, Component b, int count)
{
    run.metrics.dependencies[static_cast<std::size_t>(indexOf(a))][static_cast<std::size_t>(indexOf(b))] = count;
}

inline Run eventSourcedRun()
{
    using C = Component;
    Run run;
    run.architecture = Architecture::EventSourced;
    addStep(run, 0, C::OutsideWorld, C::PricingService, StepKind::Trigger, "apply_discount P-104 20%");
    addStep(run, 0, C::PricingService, C::Products, StepKind::Update, "products P-104 price", { { "price", 36.0 } });
    addStep(run, 0, C::PricingService, C::EventBus, StepKind::Publish, "PriceChanged",
        { { "product_id", "P-104" }, { "old_price", 45.0 }, { "new_price", 36.0 }, { "flash", true },
            { "note", nullptr } });
    addStep(run, 0, C::EventBus, C::NotificationService, StepKind::Deliver, "PriceChanged");
    addStep(run, 0, C::NotificationService, C::Carts, StepKind::Query, "carts?product=P-104");
    addStep(run, 0, C::NotificationService, C::Customers, StepKind::Query, "customers C-001,C-002");
    addStep(run, 0, C::NotificationService, C::Preferences, StepKind::Query, "preferences C-001,C-002");
    decide(run, C::NotificationService, "price_drop.in_cart", "C-001", true, "has the product in cart");
    decide(run, C::NotificationService, "price_drop.opted_in", "C-001", true, "opted in to price alerts");
    decide(run, C::NotificationService, "price_drop.segment", "C-001", true, "segment gold is gold or platinum");
    send(run, C::NotificationService, "C-001", Channel::Email, "ana@example.org");
    send(run, C::NotificationService, "C-001", Channel::Sms, "+15550001");
    decide(run, C::NotificationService, "price_drop.in_cart", "C-002", true, "has the product in cart");
    decide(run, C::NotificationService, "price_drop.segment", "C-002", false, "segment silver is not gold or platinum");

    metricsOf(run, C::OutsideWorld) = { C::OutsideWorld, true, 1, 0, 1.0, {}, {}, 1 };
    metricsOf(run, C::PricingService) = { C::PricingService, true, 1, 2, 1.0 / 3.0, {}, {}, 2 };
    metricsOf(run, C::EventBus) = { C::EventBus, true, 0, 1, 0.0, {}, {}, 1 };
    metricsOf(run, C::NotificationService) = { C::NotificationService, true, 4, 0, 1.0, { C::Carts, C::Customers },
        { "price_drop.in_cart", "price_drop.opted_in", "price_drop.segment" }, 9 };
    for (C d : { C::Products, C::Carts, C::Customers, C::Preferences, C::Email, C::Sms })
        metricsOf(run, d).afferent = 1;
    depends(run, C::OutsideWorld, C::PricingService, 1);
    depends(run, C::PricingService, C::Products, 1);
    depends(run, C::NotificationService, C::PricingService, 1);
    depends(run, C::NotificationService, C::Carts, 1);
    depends(run, C::NotificationService, C::Customers, 1);
    depends(run, C::NotificationService, C::Preferences, 1);
    depends(run, C::NotificationService, C::Email, 1);
    depends(run, C::NotificationService, C::Sms, 1);
    for (const Step& s : run.steps)
        ++run.metrics.stepsByKind[static_cast<std::size_t>(s.kind)];
    run.metrics.syncChainDepth = 2;
    run.metrics.syncChain = { C::PricingService, C::Products };
    run.metrics.syncComponents = { C::PricingService, C::Products };
    run.metrics.availabilityCeiling = 0.999 * 0.999;
    run.metrics.propagationCost = 0.18;
    run.metrics.totalDependencies = 8;
    return run;
}

inline Run apiDrivenRun()
{
    using C = Component;
    Run run;
    run.architecture = Architecture::ApiDriven;
    addStep(run, 0, C::OutsideWorld, C::PricingService, StepKind::Trigger, "apply_discount P-104 20%");
    addStep(run, 0, C::PricingService, C::Products, StepKind::Update, "products P-104 price");
    addStep(run, 0, C::PricingService, C::Carts, StepKind::Query, "carts?product=P-104");
    addStep(run, 0, C::PricingService, C::Customers, StepKind::Query, "customers C-001,C-002");
    addStep(run, 0, C::PricingService, C::Preferences, StepKind::Query, "preferences C-001,C-002");
    decide(run, C::PricingService, "price_drop.in_cart", "C-001", true, "has the product in cart");
    decide(run, C::PricingService, "price_drop.opted_in", "C-001", true, "opted in to price alerts");
    decide(run, C::PricingService, "price_drop.segment", "C-001", true, "segment gold is gold or platinum");
    addStep(run, 0, C::PricingService, C::NotificationApi, StepKind::Request, "POST /notify",
        { { "notification_type", "PRICE_DROP_ALERT" }, { "customer_id", "C-001" } });
    addStep(run, 0, C::NotificationApi, C::Customers, StepKind::Query, "customers C-001");
    send(run, C::NotificationApi, "C-001", Channel::Email, "ana@example.org");
    send(run, C::NotificationApi, "C-001", Channel::Sms, "+15550001");
    addStep(run, 0, C::NotificationApi, C::PricingService, StepKind::Response, "200 OK");
    decide(run, C::PricingService, "price_drop.in_cart", "C-002", true, "has the product in cart");
    decide(run, C::PricingService, "price_drop.segment", "C-002", false, "segment silver is not gold or platinum");

    metricsOf(run, C::OutsideWorld) = { C::OutsideWorld, true, 1, 0, 1.0, {}, {}, 1 };
    metricsOf(run, C::PricingService)
        = { C::PricingService, true, 5, 2, 5.0 / 7.0, { C::Carts, C::Customers, C::Preferences },
              { "price_drop.in_cart", "price_drop.opted_in", "price_drop.segment" }, 7 };
    metricsOf(run, C::NotificationApi) = { C::NotificationApi, true, 3, 1, 0.75, { C::Customers }, {}, 4 };
    for (C d : { C::Products, C::Carts, C::Customers, C::Preferences, C::Email, C::Sms })
        metricsOf(run, d).afferent = 1;
    metricsOf(run, C::Customers).afferent = 2;
    depends(run, C::OutsideWorld, C::PricingService, 1);
    depends(run, C::PricingService, C::Products, 1);
    depends(run, C::PricingService, C::Carts, 1);
    depends(run, C::PricingService, C::Customers, 1);
    depends(run, C::PricingService, C::Preferences, 1);
    depends(run, C::PricingService, C::NotificationApi, 1);
    depends(run, C::NotificationApi, C::Customers, 1);
    depends(run, C::NotificationApi, C::Email, 1);
    depends(run, C::NotificationApi, C::Sms, 1);
    for (const Step& s : run.steps)
        ++run.metrics.stepsByKind[static_cast<std::size_t>(s.kind)];
    run.metrics.syncChainDepth = 3;
    run.metrics.syncChain = { C::PricingService, C::NotificationApi, C::Email };
    run.metrics.syncComponents = { C::PricingService, C::Products, C::Carts, C::Customers, C::Preferences,
        C::NotificationApi, C::Email, C::Sms };
    run.metrics.availabilityCeiling = 0.992;
    run.metrics.propagationCost = 0.21;
    run.metrics.totalDependencies = 9;
    return run;
}

inline std::shared_ptr<const Comparison> priceDropComparison(bool same = true)
{
    auto cmp = std::make_shared<Comparison>();
    cmp->scenario.id = "price-drop";
    cmp->scenario.title = "Price Drop Alert";
    ScenarioAction action;
    action.type = ActionType::ApplyDiscount;
    action.productId = "P-104";
    action.percent = 20;
    action.parameters = { { "action", "apply_discount" }, { "product_id", "P-104" }, { "percent", 20 } };
    cmp->scenario.actions.push_back(action);
    cmp->eventSourced = eventSourcedRun();
    cmp->apiDriven = apiDrivenRun();
    cmp->sameNotifications = same;
    if (!same) {
        cmp->apiDriven.notifications.pop_back();
        cmp->differences = { "event_sourced only: PRICE_DROP_ALERT sms to +15550001" };
    }
    return cmp;
}

} // namespace notiflow::test
