#include "outcomecalculator.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace notiflow {

namespace {
using Key = std::tuple<int, NotificationType, Channel, std::string>;

// Per key, the indices of the run's notifications in the order they were sent.
std::map<Key, std::vector<std::size_t>> byKey(const Run& run)
{
    std::map<Key, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < run.notifications.size(); ++i) {
        const SentNotification& n = run.notifications[i];
        groups[{ n.action, n.type, n.channel, n.customerId }].push_back(i);
    }
    for (auto& entry : groups) {
        std::stable_sort(entry.second.begin(), entry.second.end(),
            [&run](std::size_t a, std::size_t b) { return run.notifications[a].atMs < run.notifications[b].atMs; });
    }
    return groups;
}

// Per action, how many domain changes its own service made and kept: its updates, none if it was rolled back.
template <typename Steps> std::vector<int> domainChanges(const Steps& steps, std::size_t actions)
{
    std::vector<Component> service(actions, Component::OutsideWorld);
    for (const auto& s : steps) {
        if (s.kind == StepKind::Trigger && std::size_t(s.action) < actions)
            service[std::size_t(s.action)] = s.to;
    }
    std::vector<int> changes(actions, 0);
    std::vector<bool> rolledBack(actions, false);
    for (const auto& s : steps) {
        if (std::size_t(s.action) >= actions)
            continue;
        const std::size_t a = std::size_t(s.action);
        if (s.kind == StepKind::Update && s.effect == FaultEffect::None && s.from == service[a])
            ++changes[a];
        else if (s.effect == FaultEffect::Rollback)
            rolledBack[a] = true; // one rollback undoes all of the action's changes
    }
    for (std::size_t a = 0; a < actions; ++a) {
        if (rolledBack[a])
            changes[a] = 0;
    }
    return changes;
}

// The run's steps: its own, or the shapes kept of them while it was streamed.
template <typename Visit> auto withSteps(const Run& run, const StepShapes* shapes, Visit visit)
{
    return shapes ? visit(*shapes) : visit(run.steps);
}

// What the outcome reads from a run's steps.
struct StepCounts {
    std::vector<std::int64_t> triggerLatencyMs;
    int retries = 0;
    int deadLettered = 0;
};

template <typename Steps> StepCounts countSteps(const Steps& steps, std::size_t actions)
{
    StepCounts counts;
    counts.triggerLatencyMs.assign(actions, 0);
    for (const auto& s : steps) {
        if (s.kind == StepKind::Trigger && std::size_t(s.action) < actions && s.endMs >= 0)
            counts.triggerLatencyMs[std::size_t(s.action)] = s.endMs - s.atMs;
        if (s.effect == FaultEffect::Retry || s.effect == FaultEffect::Redeliver)
            ++counts.retries;
        else if (s.effect == FaultEffect::DeadLetter)
            ++counts.deadLettered;
    }
    return counts;
}
} // namespace

Outcome::Latency OutcomeCalculator::summarise(std::vector<std::int64_t> values)
{
    Outcome::Latency latency;
    if (values.empty())
        return latency;
    std::sort(values.begin(), values.end());
    const auto rank = [&values](int percent) {
        // Nearest rank: the smallest value with at least `percent` % of the values at or below it.
        const std::size_t n = values.size();
        const std::size_t r = (n * std::size_t(percent) + 99) / 100;
        return values[std::max<std::size_t>(r, 1) - 1];
    };
    latency.p50 = rank(50);
    latency.p95 = rank(95);
    latency.max = values.back();
    return latency;
}

Outcome OutcomeCalculator::compute(const Run& run, const Run& faultFree, const std::vector<Fault>& faults)
{
    return compute(run, nullptr, faultFree, nullptr, faults);
}

Outcome OutcomeCalculator::compute(const Run& run, const StepShapes* steps, const Run& faultFree,
    const StepShapes* faultFreeSteps, const std::vector<Fault>& faults)
{
    Outcome outcome;
    const auto mine = byKey(run);
    const auto theirs = byKey(faultFree);
    // Every notification starts as a duplicate; the ones matched with the fault-free run's get their counterpart.
    outcome.matches.assign(run.notifications.size(), Outcome::Match {});
    for (const auto& [key, expected] : theirs) {
        const auto found = mine.find(key);
        const std::size_t got = found == mine.end() ? 0 : found->second.size();
        const std::size_t matched = std::min(got, expected.size());
        for (std::size_t i = 0; i < matched; ++i) {
            const std::int64_t late
                = run.notifications[found->second[i]].atMs - faultFree.notifications[expected[i]].atMs;
            outcome.matches[found->second[i]] = { static_cast<int>(expected[i]), std::max<std::int64_t>(late, 0) };
            if (late > 0)
                ++outcome.delayed;
        }
        for (std::size_t i = matched; i < expected.size(); ++i)
            outcome.lostNotifications.push_back(faultFree.notifications[expected[i]]);
        outcome.duplicated += static_cast<int>(got - matched);
    }
    for (const auto& [key, sent] : mine) {
        if (!theirs.count(key))
            outcome.duplicated += static_cast<int>(sent.size()); // sent although the fault-free run sent none
    }
    std::stable_sort(outcome.lostNotifications.begin(), outcome.lostNotifications.end(),
        [](const SentNotification& a, const SentNotification& b) { return a.atMs < b.atMs; });
    outcome.lost = static_cast<int>(outcome.lostNotifications.size());

    const std::size_t actions = std::max(run.actionStartMs.size(), faultFree.actionStartMs.size());
    const auto kept = withSteps(run, steps, [actions](const auto& list) { return domainChanges(list, actions); });
    const auto planned
        = withSteps(faultFree, faultFreeSteps, [actions](const auto& list) { return domainChanges(list, actions); });
    for (std::size_t a = 0; a < actions; ++a) {
        if (planned[a] > 0 && kept[a] < planned[a])
            outcome.failedActions.push_back(static_cast<int>(a));
    }

    StepCounts counts
        = withSteps(run, steps, [&run](const auto& list) { return countSteps(list, run.actionStartMs.size()); });
    outcome.triggerLatencyMs = std::move(counts.triggerLatencyMs);
    outcome.retries = counts.retries;
    outcome.deadLettered = counts.deadLettered;
    std::vector<std::int64_t> notifyLatencies;
    notifyLatencies.reserve(run.notifications.size());
    for (const SentNotification& n : run.notifications) {
        if (std::size_t(n.action) < run.actionStartMs.size())
            notifyLatencies.push_back(n.atMs - run.actionStartMs[std::size_t(n.action)]);
    }
    outcome.notifyLatencyMs = summarise(std::move(notifyLatencies));
    for (const QueueDepthChange& change : run.queueDepths)
        outcome.maxQueueDepth = std::max(outcome.maxQueueDepth, change.depth);
    for (std::size_t i = 0; i < faults.size(); ++i) {
        if (!faults[i].target(run.architecture))
            outcome.unaffectedFaults.push_back(static_cast<int>(i));
    }
    return outcome;
}

} // namespace notiflow
