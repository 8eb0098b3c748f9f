// When each fault of a scenario holds in simulated time, for one architecture: windows taken from the fault-free
// run's action start times, so a fault means the same moment in both runs. The mechanisms ask it, and the
// policies, while they run.
#pragma once

#include "faults.h"

#include <cstdint>
#include <vector>

namespace notiflow {

class FaultSchedule {
public:
    FaultSchedule() = default; // no faults
    // `actionStartMs` and `endMs` (when the last action's fault-free work ended, plus action_gap_ms) come from the
    // fault-free run of the same architecture.
    FaultSchedule(const std::vector<Fault>& faults, const Policies& policies, Architecture architecture,
        const std::vector<std::int64_t>& actionStartMs, std::int64_t endMs);

    bool isEmpty() const { return m_windows.empty(); }
    const std::vector<FaultWindow>& windows() const { return m_windows; }
    const Policies& policies() const { return m_policies; }
    // Whether `component` is in a fault of `mode` at time `t`.
    bool holds(Component component, FaultMode mode, std::int64_t t) const;
    bool isDown(Component component, std::int64_t t) const { return holds(component, FaultMode::Down, t); }
    // The extra milliseconds a call to `component` takes at `t` (slow faults; 0 if none holds).
    std::int64_t extraMs(Component component, std::int64_t t) const;
    // When the down window of `component` that holds at `t` ends (t itself if none holds).
    std::int64_t upAgain(Component component, std::int64_t t) const;

private:
    std::vector<FaultWindow> m_windows;
    Policies m_policies;
};

} // namespace notiflow
