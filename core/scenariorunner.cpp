#include "scenariorunner.h"

#include "apidriven/apidrivensystem.h"
#include "eventsourced/eventsourcedsystem.h"
#include "metricscalculator.h"
#include "tracerecorder.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <tuple>

namespace notiflow {

Component serviceFor(ActionType type)
{
    switch (type) {
    case ActionType::ShipOrder:
    case ActionType::DeliverOrder:
    case ActionType::ShipLineItem:
        return Component::OrderingService;
    case ActionType::FailPayment:
    case ActionType::SucceedPayment:
        return Component::BillingService;
    case ActionType::UpdatePrice:
    case ActionType::ApplyDiscount:
        return Component::PricingService;
    case ActionType::ActivatePromotion:
        return Component::PromotionsService;
    }
    return Component::OrderingService;
}

namespace {
    // A fixed clock, one minute per action, so that runs (and their JSON) are reproducible.
    std::string timestampFor(int action)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "2026-03-02T%02d:%02d:00Z", 9 + action / 60, action % 60);
        return buffer;
    }

    std::unique_ptr<ArchitectureSystem> makeSystem(Architecture a, const DataSet& data, TraceRecorder& recorder)
    {
        if (a == Architecture::EventSourced)
            return std::make_unique<eventsourced::EventSourcedSystem>(data, recorder);
        return std::make_unique<apidriven::ApiDrivenSystem>(data, recorder);
    }

    using NotificationKey = std::tuple<int, NotificationType, Channel, std::string, std::string, std::string>;

    NotificationKey keyOf(const SentNotification& n)
    {
        return { n.action, n.type, n.channel, n.recipient, n.subject, n.body };
    }

    std::vector<NotificationKey> sortedKeys(const Run& run)
    {
        std::vector<NotificationKey> keys;
        keys.reserve(run.notifications.size());
        for (const auto& n : run.notifications)
            keys.push_back(keyOf(n));
        std::sort(keys.begin(), keys.end());
        return keys;
    }

    std::string describe(const NotificationKey& k)
    {
        return std::string(notificationTypeId(std::get<1>(k))) + " by " + channelId(std::get<2>(k)) + " to "
            + std::get<3>(k) + " (action " + std::to_string(std::get<0>(k) + 1) + ")";
    }
} // namespace

Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture)
{
    Run run;
    run.architecture = architecture;
    TraceRecorder recorder(run);
    const auto system = makeSystem(architecture, data, recorder);
    for (std::size_t i = 0; i < scenario.actions.size(); ++i) {
        const ScenarioAction& action = scenario.actions[i];
        recorder.beginAction(static_cast<int>(i));
        const Component service = serviceFor(action.type);
        const int trigger = recorder.record(Component::OutsideWorld, service, StepKind::Trigger,
            actionTypeId(action.type),
            "The outside world asks the " + std::string(componentName(service)) + " to " + describeAction(action) + ".",
            action.parameters);
        const TraceRecorder::Scope scope(recorder, trigger);
        system->perform(action, timestampFor(static_cast<int>(i)));
    }
    run.metrics = MetricsCalculator::compute(run);
    return run;
}

NotificationDifference diffNotifications(const Run& eventSourced, const Run& apiDriven)
{
    const auto a = sortedKeys(eventSourced);
    const auto b = sortedKeys(apiDriven);
    NotificationDifference diff;
    std::vector<NotificationKey> onlyA;
    std::vector<NotificationKey> onlyB;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyA));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(onlyB));
    for (const auto& k : onlyA)
        diff.lines.push_back("only event-sourced: " + describe(k));
    for (const auto& k : onlyB)
        diff.lines.push_back("only API-driven: " + describe(k));
    diff.same = diff.lines.empty();
    return diff;
}

Comparison compareArchitectures(const DataSet& data, const Scenario& scenario)
{
    Comparison comparison;
    comparison.scenario = scenario;
    comparison.eventSourced = runScenario(data, scenario, Architecture::EventSourced);
    comparison.apiDriven = runScenario(data, scenario, Architecture::ApiDriven);
    auto diff = diffNotifications(comparison.eventSourced, comparison.apiDriven);
    comparison.sameNotifications = diff.same;
    comparison.differences = std::move(diff.lines);
    return comparison;
}

} // namespace notiflow
