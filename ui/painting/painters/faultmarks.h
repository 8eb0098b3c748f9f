// What a run's faults look like at any step, as plain numbers for the painters: which components are down at the
// step's simulated time and for how long, which calls failed, the attempt number of retries and redeliveries, each
// subscriber's queue depth on the bus and the events dead-lettered so far. Indexed once per run; no painting.
#pragma once

#include "faults.h"
#include "percomponent.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class FaultMarks final {
public:
    FaultMarks() = default;
    explicit FaultMarks(const Run& run);

    // Whether the run has anything to mark: a fault window, or a step a fault made.
    bool isEmpty() const { return m_empty; }

    // The simulated time the playhead shows at `step`: that step's start (0 before the first step).
    std::int64_t timeAt(int step) const;
    // The outage of `c` (a down window of the run) holding at the time of `step`; nullopt when it is up.
    std::optional<FaultWindow> outageAt(Component c, int step) const;
    // Every component down at the time of `step`, in component order.
    std::vector<Component> downAt(int step) const;

    // A call that timed out, lost its answer or failed its handler, and every failure record a fault made (timeout,
    // not sent, lost, operation failed, dead letter): drawn red with a cross. Never true in a run without faults.
    bool isFailed(int step) const;
    const std::vector<int>& failedSteps() const { return m_failed; } // ascending
    int failedUpTo(int step) const; // how many failed steps there are at or before `step`

    // The attempt a retry or redelivery is (2, 3, …); 0 for every other step.
    int attempt(int step) const;

    // The depth of each queue on the bus after `step`: every subscriber that had a queue in this run, in
    // component order, with 0 for one empty at that point.
    struct QueueDepth {
        Component subscriber = Component::NotificationService;
        int depth = 0;
        bool used = false; // the queue changed at or before the step (false: it has not been used yet)
        bool operator==(const QueueDepth&) const = default;
    };
    std::vector<QueueDepth> queueDepthsAt(int step) const;
    int deadLetteredUpTo(int step) const;

    // "down 0–1277 ms": how a window is written beside what it crosses out.
    static QString intervalText(const FaultWindow& window);

private:
    static int countUpTo(const std::vector<int>& ascending, int step);

    bool m_empty = true;
    std::vector<std::int64_t> m_stepTime;
    std::vector<FaultWindow> m_outages; // down windows only
    std::vector<int> m_failed;
    std::vector<int> m_attempt; // per step; empty when the run retried nothing
    PerComponent<std::vector<std::pair<int, int>>> m_queue; // per subscriber: (step, depth after it), ascending
    std::vector<Component> m_subscribers; // those with a queue
    std::vector<int> m_deadLetters;
};

} // namespace notiflow::ui
