// A small hand-built comparison shaped like price-drop: for model and panel tests that must not depend on the
// engine. Event-sourced: the pricing service publishes, the notification service decides. API-driven: the pricing
// service queries carts, customers and preferences, decides, and calls the notification API.
#pragma once

#include "records.h"
#include "scenariorunner.h"

#include <memory>

namespace notiflow::fixture {

inline Step makeStep(
    Run& run, Component from, Component to, StepKind kind, std::string label, nlohmann::json detail = {})
{
    Step s;
    s.index = static_cast<int>(run.steps.size());
    s.from = from;
    s.to = to;
    s.kind = kind;
    s.synchronous = isSynchronousKind(kind);
    s.label = std::move(label);
    s.caption = "The " + std::string(componentName(from)) + " sends " + s.label + " to the "
        + std::string(componentName(to)) + ".";
    s.detail = detail.is_null() ? std::string() : detail.dump();
    run.steps.push_back(s);
    return s;
}

inline void decide(Run& run, Component who, std::string rule, std::string customer, bool passed, std::string reason)
{
    const Step s = makeStep(run, who, who, StepKind::Decision, rule, { { "rule", rule }, { "customer", customer } });
    run.decisions.push_back({ s.index, 0, who, std::move(rule), std::move(customer), passed, std::move(reason) });
}

inline void send(Run& run, Component who, std::string customer, Channel channel, std::string recipient)
{
    const Step s = makeStep(
        run, who, channel == Channel::Email ? Component::Email : Component::Sms, StepKind::Send, "price drop alert");
    SentNotification n;
    n.type = NotificationType::PriceDropAlert;
    n.channel = channel;
    n.customerId = std::move(customer);
    n.recipient = std::move(recipient);
    n.subject = channel == Channel::Email ? "Price drop: Trail Kettle now 36.00" : "";
    n.body = "Good news: Trail Kettle dropped from 45.00 to 36.00 (save 9.00, 20%).";
    n.step = s.index;
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
    makeStep(run, C::OutsideWorld, C::PricingService, StepKind::Trigger, "apply_discount P-104 20%");
    makeStep(run, C::PricingService, C::Products, StepKind::Update, "products P-104 price", { { "price", 36.0 } });
    makeStep(run, C::PricingService, C::EventBus, StepKind::Publish, "PriceChanged",
        { { "product_id", "P-104" }, { "old_price", 45.0 }, { "new_price", 36.0 }, { "flash", true },
            { "note", nullptr } });
    makeStep(run, C::EventBus, C::NotificationService, StepKind::Deliver, "PriceChanged");
    makeStep(run, C::NotificationService, C::Carts, StepKind::Query, "carts?product=P-104");
    makeStep(run, C::NotificationService, C::Customers, StepKind::Query, "customers C-001,C-002");
    makeStep(run, C::NotificationService, C::Preferences, StepKind::Query, "preferences C-001,C-002");
    decide(run, C::NotificationService, "price_drop.in_cart", "C-001", true, "has the product in cart");
    decide(run, C::NotificationService, "price_drop.opted_in", "C-001", true, "opted in to price alerts");
    decide(run, C::NotificationService, "price_drop.segment", "C-001", true, "segment gold is gold or platinum");
    send(run, C::NotificationService, "C-001", Channel::Email, "ana@example.org");
    send(run, C::NotificationService, "C-001", Channel::Sms, "+15550001");
    decide(run, C::NotificationService, "price_drop.in_cart", "C-002", true, "has the product in cart");
    decide(run, C::NotificationService, "price_drop.segment", "C-002", false, "segment silver is not gold or platinum");
    run.actionFirstStep = { 0 };

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
    makeStep(run, C::OutsideWorld, C::PricingService, StepKind::Trigger, "apply_discount P-104 20%");
    makeStep(run, C::PricingService, C::Products, StepKind::Update, "products P-104 price");
    makeStep(run, C::PricingService, C::Carts, StepKind::Query, "carts?product=P-104");
    makeStep(run, C::PricingService, C::Customers, StepKind::Query, "customers C-001,C-002");
    makeStep(run, C::PricingService, C::Preferences, StepKind::Query, "preferences C-001,C-002");
    decide(run, C::PricingService, "price_drop.in_cart", "C-001", true, "has the product in cart");
    decide(run, C::PricingService, "price_drop.opted_in", "C-001", true, "opted in to price alerts");
    decide(run, C::PricingService, "price_drop.segment", "C-001", true, "segment gold is gold or platinum");
    makeStep(run, C::PricingService, C::NotificationApi, StepKind::Request, "POST /notify",
        { { "notification_type", "PRICE_DROP_ALERT" }, { "customer_id", "C-001" } });
    makeStep(run, C::NotificationApi, C::Customers, StepKind::Query, "customers C-001");
    send(run, C::NotificationApi, "C-001", Channel::Email, "ana@example.org");
    send(run, C::NotificationApi, "C-001", Channel::Sms, "+15550001");
    makeStep(run, C::NotificationApi, C::PricingService, StepKind::Response, "200 OK");
    decide(run, C::PricingService, "price_drop.in_cart", "C-002", true, "has the product in cart");
    decide(run, C::PricingService, "price_drop.segment", "C-002", false, "segment silver is not gold or platinum");
    run.actionFirstStep = { 0 };

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

inline std::shared_ptr<const Comparison> priceDropLike(bool same = true)
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

} // namespace notiflow::fixture
