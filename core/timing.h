// The simulated clock's latency model: how long each kind of step takes, in milliseconds, fixed per scenario so
// that the same scenario gives the same times everywhere. A scenario's optional "timing" object overrides keys.
#pragma once

#include <cstdint>
#include <span>

namespace notiflow {

struct Timing {
    std::int64_t requestMs = 20; // one way over the network for a synchronous request (and again for its answer)
    std::int64_t queryMs = 5; // a data store read
    std::int64_t updateMs = 10; // a data store write
    std::int64_t publishMs = 2; // handing an event to the bus until the bus has it
    std::int64_t busLagMs = 50; // from the bus having an event until a subscriber gets it
    std::int64_t sendMs = 100; // handing one message to the email or SMS provider
    std::int64_t actionGapMs = 1000; // from the end of an action's work (fault-free) to the next action's start

    bool operator==(const Timing&) const = default;
};

// One key of the scenario's "timing" object, for the loader and the documentation.
struct TimingKey {
    const char* id; // "request_ms"
    std::int64_t Timing::*field;
};

std::span<const TimingKey> timingKeys();

} // namespace notiflow
