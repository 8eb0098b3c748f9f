#include "livecomparison.h"

#include "metricscalculator.h"

#include <algorithm>

namespace notiflow {

namespace {

std::int64_t stepEnd(const Step& s)
{
    if (s.endMs >= 0)
        return s.endMs;
    return s.durationMs >= 0 ? s.atMs + s.durationMs : s.atMs;
}

// Which records of a run belong to which action: built once, so each entry copies only its own.
template <typename Records>
std::vector<std::vector<const typename Records::value_type*>> byAction(const Records& records, int actions)
{
    using Record = typename Records::value_type;
    std::vector<std::vector<const Record*>> buckets(static_cast<std::size_t>(actions));
    for (const Record& r : records) {
        if (r.action >= 0 && r.action < actions)
            buckets[static_cast<std::size_t>(r.action)].push_back(&r);
    }
    return buckets;
}

class RunSplicer {
public:
    RunSplicer(const Run& base, int actions, std::int64_t gapMs)
        : m_base(base)
        , m_actions(actions)
        , m_gapMs(gapMs)
        , m_newIndex(base.steps.size(), -1)
        , m_notifications(byAction(base.notifications, actions))
        , m_decisions(byAction(base.decisions, actions))
    {
        m_out.architecture = base.architecture;
    }

    void addAction(int action, int entry)
    {
        const std::int64_t originalStart = action < static_cast<int>(m_base.actionStartMs.size())
            ? m_base.actionStartMs[static_cast<std::size_t>(action)]
            : m_base.endMs;
        // Work the original run did later moves on by what was inserted before it, never back.
        const std::int64_t start = std::max(originalStart + m_shift, m_cursor);
        m_shift = start - originalStart;
        begin(start);
        const auto [first, last] = stepRange(action);
        for (int i = first; i < last; ++i) {
            NarratedStep s = m_base.stepWithText(i);
            s.parent = s.parent >= 0 && s.parent < i ? m_newIndex[static_cast<std::size_t>(s.parent)] : -1;
            m_newIndex[static_cast<std::size_t>(i)] = append(std::move(s), entry, m_shift);
        }
        for (const SentNotification* n : m_notifications[static_cast<std::size_t>(action)])
            addNotification(*n, entry, mappedStep(n->step), m_shift);
        for (const Decision* d : m_decisions[static_cast<std::size_t>(action)])
            addDecision(*d, entry, mappedStep(d->step));
    }

    void addDirectCall(const DirectCall* call, int entry)
    {
        // The call arrives an action gap after everything before it has finished.
        const std::int64_t start = m_out.steps.empty() ? m_cursor : std::max(m_cursor, m_latest + m_gapMs);
        begin(start);
        if (!call) { // this architecture has no notification API to call: nothing happens
            m_cursor = start;
            return;
        }
        const int offset = static_cast<int>(m_out.steps.size());
        for (std::size_t i = 0; i < call->run.steps.size(); ++i) {
            NarratedStep s = call->run.stepWithText(static_cast<int>(i));
            s.parent = s.parent >= 0 ? s.parent + offset : -1;
            append(std::move(s), entry, start);
        }
        for (const SentNotification& n : call->run.notifications)
            addNotification(n, entry, n.step + offset, start);
        for (const Decision& d : call->run.decisions)
            addDecision(d, entry, d.step + offset);
        m_cursor = m_latest + m_gapMs;
    }

    Run take()
    {
        m_out.endMs = m_latest;
        m_out.metrics = MetricsCalculator::compute(m_out);
        return std::move(m_out);
    }

private:
    std::pair<int, int> stepRange(int action) const
    {
        const int count = static_cast<int>(m_base.steps.size());
        const auto firstOf = [&](int a) {
            return a < static_cast<int>(m_base.actionFirstStep.size()) && a < m_actions
                ? std::clamp(m_base.actionFirstStep[static_cast<std::size_t>(a)], 0, count)
                : count;
        };
        const int first = firstOf(action);
        return { first, std::max(first, firstOf(action + 1)) };
    }

    int mappedStep(int step) const
    {
        return step >= 0 && step < static_cast<int>(m_newIndex.size()) ? m_newIndex[static_cast<std::size_t>(step)]
                                                                       : -1;
    }

    void begin(std::int64_t start)
    {
        m_out.actionFirstStep.push_back(static_cast<int>(m_out.steps.size()));
        m_out.actionStartMs.push_back(start);
    }

    int append(NarratedStep s, int entry, std::int64_t shift)
    {
        s.index = static_cast<int>(m_out.steps.size());
        s.action = entry;
        s.atMs += shift;
        if (s.endMs >= 0)
            s.endMs += shift;
        m_latest = std::max(m_latest, stepEnd(s));
        return m_out.append(std::move(s));
    }

    void addNotification(SentNotification n, int entry, int step, std::int64_t shift)
    {
        n.action = entry;
        n.step = step;
        n.atMs += shift;
        m_out.notifications.push_back(std::move(n));
    }

    void addDecision(Decision d, int entry, int step)
    {
        d.action = entry;
        d.step = step;
        m_out.decisions.push_back(std::move(d));
    }

    const Run& m_base;
    int m_actions;
    std::int64_t m_gapMs;
    std::vector<int> m_newIndex; // base step index -> spliced index
    std::vector<std::vector<const SentNotification*>> m_notifications;
    std::vector<std::vector<const Decision*>> m_decisions;
    Run m_out;
    std::int64_t m_shift = 0; // how far the current action moved on in time
    std::int64_t m_cursor = 0; // nothing may start before this
    std::int64_t m_latest = 0; // the latest end of anything copied so far
};

} // namespace

Comparison spliceDirectCalls(
    const Comparison& actions, const std::vector<LiveEntry>& entries, const std::vector<DirectCall>& calls)
{
    const int actionCount = static_cast<int>(actions.scenario.actions.size());
    const std::int64_t gap = actions.scenario.timing.actionGapMs;
    RunSplicer eventSourced(actions.eventSourced, actionCount, gap);
    RunSplicer apiDriven(actions.apiDriven, actionCount, gap);
    Comparison out;
    out.scenario = actions.scenario;
    out.scenario.actions.clear();
    for (const LiveEntry& e : entries) {
        const int entry = static_cast<int>(out.scenario.actions.size());
        if (e.kind == LiveEntry::Kind::Action) {
            if (e.index < 0 || e.index >= actionCount)
                continue;
            out.scenario.actions.push_back(actions.scenario.actions[static_cast<std::size_t>(e.index)]);
            eventSourced.addAction(e.index, entry);
            apiDriven.addAction(e.index, entry);
        } else {
            if (e.index < 0 || e.index >= static_cast<int>(calls.size()))
                continue;
            const DirectCall& call = calls[static_cast<std::size_t>(e.index)];
            ScenarioAction placeholder;
            placeholder.parameters = { { liveCallKey, call.label }, { "request", call.parameters } };
            out.scenario.actions.push_back(std::move(placeholder));
            eventSourced.addDirectCall(nullptr, entry);
            apiDriven.addDirectCall(&call, entry);
        }
    }
    out.eventSourced = eventSourced.take();
    out.apiDriven = apiDriven.take();
    auto diff = diffNotifications(out.eventSourced, out.apiDriven);
    out.sameNotifications = diff.same;
    out.differences = std::move(diff.lines);
    return out;
}

} // namespace notiflow
