#include "scenariorunner.h"

#include "apidriven/apidrivensystem.h"
#include "componentsentence.h"
#include "decisionsink.h"
#include "eventsourced/eventsourcedsystem.h"
#include "metricscalculator.h"
#include "outcomecalculator.h"
#include "threadofitsown.h"
#include "tracerecorder.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
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

Component domainOf(ActionType type)
{
    switch (type) {
    case ActionType::ShipOrder:
    case ActionType::DeliverOrder:
    case ActionType::ShipLineItem:
        return Component::Orders;
    case ActionType::FailPayment:
    case ActionType::SucceedPayment:
        return Component::Payments;
    case ActionType::UpdatePrice:
    case ActionType::ApplyDiscount:
        return Component::Products;
    case ActionType::ActivatePromotion:
        break;
    }
    return Component::OutsideWorld;
}

namespace {
// A fixed clock, one minute per action, so that runs (and their JSON) are reproducible.
std::string timestampFor(int action)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "2026-03-02T%02d:%02d:00Z", 9 + action / 60, action % 60);
    return buffer;
}

// "apply a 20% discount to PROD-001": the trigger's caption reads as a sentence.
std::string narrate(const ScenarioAction& a)
{
    char percent[16];
    std::snprintf(percent, sizeof percent, "%g%%", a.percent);
    switch (a.type) {
    case ActionType::ShipOrder:
        return "ship order " + a.orderId;
    case ActionType::DeliverOrder:
        return "mark order " + a.orderId + " delivered";
    case ActionType::ShipLineItem:
        return "ship " + a.productId + " of order " + a.orderId;
    case ActionType::FailPayment:
        return "record a failed payment for order " + a.orderId + " (" + a.failureReason + ")";
    case ActionType::SucceedPayment:
        return "record a successful payment for order " + a.orderId;
    case ActionType::UpdatePrice:
        return "set the price of " + a.productId + " to " + formatMoney(a.newPrice);
    case ActionType::ApplyDiscount:
        return "apply a " + std::string(percent) + " discount to " + a.productId;
    case ActionType::ActivatePromotion:
        return "activate the promotion \"" + a.promotion.name + "\"";
    }
    return describeAction(a);
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

// A run streamed to `sink` keeps its steps' structure in `shapes` rather than in the run.
Run runActions(const DataSet& data, const Scenario& scenario, Architecture architecture, StepSink* sink,
    StepShapes* shapes, DataSet* finalState);

// The fault-free baseline of a faulted run is only compared with: its steps' text and its decisions are dropped as
// they are recorded.
class DiscardedSteps final : public StepSink, public DecisionSink {
public:
    void stepRecorded(const NarratedStep&) override { }
    void callStarted(const NarratedStep&) override { }
    void callReturned(const Step&) override { }
    void decisionMade(const Decision&) override { }
};
} // namespace

Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture)
{
    return runActions(data, scenario, architecture, nullptr, nullptr, nullptr);
}

Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture, StepSink& sink)
{
    StepShapes shapes;
    return runActions(data, scenario, architecture, &sink, &shapes, nullptr);
}

Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture, DataSet& finalState)
{
    return runActions(data, scenario, architecture, nullptr, nullptr, &finalState);
}

namespace {
Run runActions(const DataSet& data, const Scenario& scenario, Architecture architecture, StepSink* sink,
    StepShapes* shapes, DataSet* finalState)
{
    Run run;
    run.architecture = architecture;
    TraceRecorder recorder(run);
    DecisionSink* decisionSink = dynamic_cast<DecisionSink*>(sink);
    if (sink)
        recorder.streamStepsTo(*sink);
    if (decisionSink)
        recorder.streamDecisionsTo(*decisionSink);
    recorder.setTiming(scenario.timing);
    // With faults, the actions start when they did in the fault-free run of this architecture (or later, if the
    // previous trigger is still waiting), so that a fault window means the same moment in both runs.
    std::vector<std::int64_t> schedule;
    std::optional<Run> baseline; // the fault-free run, which the outcome compares with
    StepShapes baselineShapes;
    if (!scenario.faults.empty()) {
        Scenario faultFree = scenario;
        faultFree.faults.clear();
        DiscardedSteps discarded;
        baseline = runActions(data, faultFree, architecture, &discarded, &baselineShapes, nullptr);
        schedule = baseline->actionStartMs;
        recorder.setFaults(FaultSchedule(
            scenario.faults, scenario.policies, architecture, schedule, baseline->endMs + scenario.timing.actionGapMs));
    }
    const bool faulted = !schedule.empty();
    const auto system = makeSystem(architecture, data, recorder);
    std::int64_t start = 0;
    for (std::size_t i = 0; i < scenario.actions.size(); ++i) {
        const ScenarioAction& action = scenario.actions[i];
        if (faulted) {
            start = std::max(schedule[i], start);
            // Work waiting in queues or for a retry runs first when it is due by then.
            Scheduler& pending = recorder.scheduler();
            while (!pending.isIdle() && pending.nextTime() <= start)
                pending.runNext();
        }
        recorder.beginAction(static_cast<int>(i));
        recorder.setNow(start);
        run.actionStartMs.push_back(start);
        {
            const Component service = serviceFor(action.type);
            const int trigger
                = recorder.record(Component::OutsideWorld, service, StepKind::Trigger, actionTypeId(action.type),
                    "The outside world asks the " + componentNameInSentence(service) + " to " + narrate(action) + ".",
                    action.parameters);
            const TraceRecorder::Scope scope(recorder, trigger);
            system->perform(action, timestampFor(static_cast<int>(i)));
        }
        // Asynchronous work (deliveries) runs after the trigger has returned, until nothing is waiting; the next
        // action starts a fixed gap after all of it.
        if (faulted) {
            start = recorder.now(); // the next action cannot start before this trigger has returned
            continue;
        }
        recorder.scheduler().runUntilIdle();
        start = recorder.latest() + scenario.timing.actionGapMs;
    }
    // After the last action the run goes on until nothing waits: delayed and lost can then be told apart.
    recorder.scheduler().runUntilIdle();
    recorder.finish();
    run.endMs = recorder.latest();
    run.faultWindows = recorder.faults().windows();
    if (finalState) {
        *finalState = data;
        system->store().applyChangesTo(*finalState);
    }
    run.steps.shrink_to_fit();
    run.decisions.shrink_to_fit();
    const StepShapes* streamed = nullptr;
    if (sink) {
        *shapes = std::move(recorder.shapes());
        streamed = shapes;
    }
    if (!streamed)
        run.metrics = MetricsCalculator::compute(run);
    else if (decisionSink)
        run.metrics = MetricsCalculator::compute(run, *streamed, recorder.firstDecisions());
    else
        run.metrics = MetricsCalculator::compute(run, *streamed, run.decisions);
    if (baseline)
        run.outcome = OutcomeCalculator::compute(run, streamed, *baseline, &baselineShapes, scenario.faults);
    else
        run.outcome = OutcomeCalculator::compute(run, streamed, run, streamed, scenario.faults);
    return run;
}
} // namespace

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
    // The two runs share nothing but the data set, which neither changes: the API-driven one runs on a thread of
    // its own while this thread runs the event-sourced one, so a large run takes the time of the longer one.
    std::future<Run> apiDriven
        = startOnThreadOfItsOwn([&] { return runScenario(data, scenario, Architecture::ApiDriven); });
    comparison.eventSourced = runScenario(data, scenario, Architecture::EventSourced);
    comparison.apiDriven = apiDriven.get();
    auto diff = diffNotifications(comparison.eventSourced, comparison.apiDriven);
    comparison.sameNotifications = diff.same;
    comparison.differences = std::move(diff.lines);
    return comparison;
}

} // namespace notiflow
