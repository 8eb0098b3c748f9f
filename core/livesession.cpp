#include "livesession.h"

namespace notiflow {

namespace {
Scenario liveScenario()
{
    Scenario s;
    s.id = "live";
    s.title = "Live session";
    s.description = "The actions sent to the server since it started or was last reset, in the order they arrived.";
    s.source = "live";
    return s;
}
} // namespace

LiveSession::LiveSession(std::shared_ptr<const DataSet> base, Runner runner)
    : m_base(std::move(base))
    , m_runner(runner ? std::move(runner)
                      : Runner([](const DataSet& data, const Scenario& scenario, Architecture a, DataSet& finalState) {
                            return runScenario(data, scenario, a, finalState);
                        }))
    , m_state(initialState(m_base))
{
}

LiveSession::State LiveSession::initialState(const std::shared_ptr<const DataSet>& base)
{
    auto comparison = std::make_shared<Comparison>(compareArchitectures(*base, liveScenario()));
    return { comparison, base, base, comparison, 0 };
}

std::optional<LiveSession::State> LiveSession::apply(const ScenarioAction& action)
{
    const std::lock_guard applying(m_applying);
    Scenario scenario = state().comparison->scenario;
    if (scenario.actions.size() >= maxActions)
        return std::nullopt;
    scenario.actions.push_back(action);
    // The whole session again rather than the new action on the last state: the event-sourced side correlates
    // events over time (which items of an order have shipped), memory a run on the stored data alone would lack.
    // A run is deterministic, so the earlier actions' steps come out as before and the new ones follow them.
    auto eventSourcedData = std::make_shared<DataSet>();
    auto apiDrivenData = std::make_shared<DataSet>();
    auto comparison = std::make_shared<Comparison>();
    comparison->eventSourced = m_runner(*m_base, scenario, Architecture::EventSourced, *eventSourcedData);
    comparison->apiDriven = m_runner(*m_base, scenario, Architecture::ApiDriven, *apiDrivenData);
    auto diff = diffNotifications(comparison->eventSourced, comparison->apiDriven);
    comparison->sameNotifications = diff.same;
    comparison->differences = std::move(diff.lines);
    comparison->scenario = std::move(scenario);

    std::shared_ptr<const Comparison> actions = std::move(comparison);
    m_entries.push_back({ LiveEntry::Kind::Action, static_cast<int>(actions->scenario.actions.size()) - 1 });
    std::shared_ptr<const Comparison> replay;
    try {
        replay = replayOf(actions);
    } catch (...) {
        m_entries.pop_back(); // all or nothing, the replay included
        throw;
    }
    State next { actions, std::move(eventSourcedData), std::move(apiDrivenData), std::move(replay), 0 };
    const std::lock_guard lock(m_stateMutex);
    next.revision = m_state.revision + 1;
    m_state = next;
    return next;
}

std::size_t LiveSession::reset()
{
    const std::lock_guard applying(m_applying);
    State fresh = initialState(m_base);
    m_entries.clear();
    m_calls.clear();
    const std::lock_guard lock(m_stateMutex);
    const std::size_t discarded = m_state.actionCount();
    fresh.revision = m_state.revision + 1;
    m_state = std::move(fresh);
    return discarded;
}

bool LiveSession::recordDirectCall(DirectCall call)
{
    if (!m_recordsDirectCalls)
        return false;
    const std::lock_guard applying(m_applying);
    if (m_calls.size() >= maxDirectCalls)
        return false;
    m_entries.push_back({ LiveEntry::Kind::DirectCall, static_cast<int>(m_calls.size()) });
    m_calls.push_back(std::move(call));
    State next = state();
    try {
        next.replay = replayOf(next.comparison);
    } catch (...) {
        m_entries.pop_back();
        m_calls.pop_back();
        throw;
    }
    const std::lock_guard lock(m_stateMutex);
    next.revision = m_state.revision + 1;
    m_state = std::move(next);
    return true;
}

std::shared_ptr<const Comparison> LiveSession::replayOf(const std::shared_ptr<const Comparison>& actions) const
{
    if (m_calls.empty())
        return actions;
    return std::make_shared<const Comparison>(spliceDirectCalls(*actions, m_entries, m_calls));
}

LiveSession::State LiveSession::state() const
{
    const std::lock_guard lock(m_stateMutex);
    return m_state;
}

} // namespace notiflow
