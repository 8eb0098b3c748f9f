// The live server's state: the actions applied since the last reset, run in both architectures. Each action is run
// after the ones before it on the same engine, and only a run that completes in both architectures is kept. When a
// window replays the session, the direct calls to the notification API are recorded too, in arrival order.
#pragma once

#include "dataset.h"
#include "livecomparison.h"
#include "scenariorunner.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace notiflow {

class LiveSession {
public:
    // The whole session after an action: the comparison of every action applied so far (the new one last) and the
    // data each architecture left behind.
    struct State {
        std::shared_ptr<const Comparison> comparison; // its scenario holds the actions, in the order applied
        std::shared_ptr<const DataSet> eventSourcedData;
        std::shared_ptr<const DataSet> apiDrivenData;
        // What a window replays: `comparison` with the recorded direct calls spliced in (the same object when
        // there are none). One action per entry, domain action or direct call, in the order they arrived.
        std::shared_ptr<const Comparison> replay;
        std::uint64_t revision = 0; // grows with every change, reset included

        std::size_t actionCount() const { return comparison->scenario.actions.size(); }
        const DataSet& data(Architecture a) const
        {
            return a == Architecture::EventSourced ? *eventSourcedData : *apiDrivenData;
        }
    };

    // How one architecture's run is made: runScenario, unless a test puts a run that fails halfway in its place.
    using Runner = std::function<Run(const DataSet&, const Scenario&, Architecture, DataSet& finalState)>;

    // Each action replays the session so far: a cap keeps one client from making every action slower for all.
    static constexpr std::size_t maxActions = 1000;
    // Direct calls are kept only for a window, and at most this many between resets (later ones are answered but
    // not kept), so a server driven by a benchmark does not grow.
    static constexpr std::size_t maxDirectCalls = 1000;

    explicit LiveSession(std::shared_ptr<const DataSet> base, Runner runner = {});

    // Runs the session's actions and then `action` in both architectures and keeps the result; nullopt, with
    // nothing run, when the session already holds maxActions. Whatever a run throws propagates and leaves the
    // state as it was (nothing of a half-run action is kept). Actions are applied one at a time; state() answers
    // meanwhile with the state before.
    std::optional<State> apply(const ScenarioAction& action);
    // Back to the data set as loaded; returns how many actions were discarded.
    std::size_t reset();

    // Whether recordDirectCall keeps what it is given; off unless a window replays the session.
    void setRecordsDirectCalls(bool on) { m_recordsDirectCalls = on; }
    bool recordsDirectCalls() const { return m_recordsDirectCalls; }
    // Appends a direct call to the notification API after the entries so far; false (nothing kept) when calls are
    // not recorded or maxDirectCalls are held.
    bool recordDirectCall(DirectCall call);

    State state() const;
    const DataSet& base() const { return *m_base; }

private:
    static State initialState(const std::shared_ptr<const DataSet>& base);
    // The state's replay for these entries; callers hold m_applying.
    std::shared_ptr<const Comparison> replayOf(const std::shared_ptr<const Comparison>& actions) const;

    std::shared_ptr<const DataSet> m_base;
    Runner m_runner;
    std::atomic<bool> m_recordsDirectCalls = false;
    std::vector<LiveEntry> m_entries; // guarded by m_applying
    std::vector<DirectCall> m_calls; // guarded by m_applying
    std::mutex m_applying; // held for a whole apply or reset: one action at a time, in order
    mutable std::mutex m_stateMutex; // held only to read or swap m_state
    State m_state;
};

} // namespace notiflow
