// The live server's state: the actions applied since the last reset, run in both architectures. Each action is run
// after the ones before it on the same engine, and only a run that completes in both architectures is kept.
#pragma once

#include "dataset.h"
#include "scenariorunner.h"

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

    explicit LiveSession(std::shared_ptr<const DataSet> base, Runner runner = {});

    // Runs the session's actions and then `action` in both architectures and keeps the result; nullopt, with
    // nothing run, when the session already holds maxActions. Whatever a run throws propagates and leaves the
    // state as it was (nothing of a half-run action is kept). Actions are applied one at a time; state() answers
    // meanwhile with the state before.
    std::optional<State> apply(const ScenarioAction& action);
    // Back to the data set as loaded; returns how many actions were discarded.
    std::size_t reset();

    State state() const;
    const DataSet& base() const { return *m_base; }

private:
    static State initialState(const std::shared_ptr<const DataSet>& base);

    std::shared_ptr<const DataSet> m_base;
    Runner m_runner;
    std::mutex m_applying; // held for a whole apply or reset: one action at a time, in order
    mutable std::mutex m_stateMutex; // held only to read or swap m_state
    State m_state;
};

} // namespace notiflow
