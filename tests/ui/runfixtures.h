// Hand-built runs for the ui tests: small, known step counts per action, so that the playback and layout
// math can be checked without running the engine.
#pragma once

#include "scenariorunner.h"

#include <memory>

namespace notiflow::testing {

inline void addStep(Run& run, int action, Component from, Component to, StepKind kind, std::string label)
{
    while (static_cast<int>(run.actionFirstStep.size()) <= action)
        run.actionFirstStep.push_back(static_cast<int>(run.steps.size()));
    Step s;
    s.index = static_cast<int>(run.steps.size());
    s.action = action;
    s.from = from;
    s.to = to;
    s.kind = kind;
    s.synchronous = isSynchronousKind(kind);
    s.parent = kind == StepKind::Trigger ? -1 : s.index - 1;
    s.label = std::move(label);
    s.caption = "Step " + std::to_string(s.index) + ": " + s.label + ".";
    run.steps.push_back(std::move(s));
}

// Event-sourced: 9 steps in action 0, 3 in action 1. API-driven: 11 in action 0, 2 in action 1.
// So action 0 lasts 11 slots, action 1 lasts 3, and the whole comparison 14.
inline std::shared_ptr<Comparison> priceDropLike()
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

} // namespace notiflow::testing
