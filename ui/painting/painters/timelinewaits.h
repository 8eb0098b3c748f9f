// The gaps in a run where work waits, found from its steps' simulated times and structure (parents, fault effects):
// an event on the bus between publish and delivery (the bus lag), an event in a down subscriber's queue, the backoff
// before the bus redelivers to a handler that failed, the backoff before a caller retries. No painting.
#pragma once

#include "component.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace notiflow {
struct Run;
}

namespace notiflow::ui {

class TimelineWaits final {
public:
    enum class Kind {
        BusLag, // published, not yet delivered
        Queued, // waiting in the queue of a subscriber that is down
        RedeliveryBackoff, // the handler failed or its acknowledgement was lost; the bus waits before delivering again
        RetryBackoff, // the call timed out or lost its answer; the caller waits before trying again
    };
    struct Wait {
        int step = -1; // the step that waited: a delivery or a retried request
        std::int64_t fromMs = 0;
        std::int64_t toMs = 0; // the waiting step's start
        Kind kind = Kind::BusLag;
        Component lane = Component::EventBus; // where the work waits: the bus, or the caller
        std::int64_t length() const { return toMs - fromMs; }
    };

    TimelineWaits() = default;
    explicit TimelineWaits(const Run& run);

    const std::vector<Wait>& waits() const { return m_waits; } // by end, then step
    const Wait* waitOf(int step) const; // the wait that ended at `step`, or nullptr
    // Calls `f` with each wait that overlaps [fromMs, toMs], by end (a binary search, then only those).
    void forEachIn(double fromMs, double toMs, const std::function<void(const Wait&)>& f) const;

    static QString text(const Wait& wait); // "queued 1.36 s", "retry backoff 400 ms"

private:
    std::vector<Wait> m_waits;
    std::int64_t m_longest = 0;
};

} // namespace notiflow::ui
