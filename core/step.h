// One thing that happened in a run, as recorded by the mechanism that did it (bus, API client, store, channel).
#pragma once

#include "component.h"
#include "shorttext.h"

#include <cstdint>
#include <deque>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace notiflow {

enum class StepKind {
    Trigger, // the outside world asks a domain service to do something
    Publish, // an event is published on the bus
    Deliver, // the bus delivers an event to a subscriber
    Request, // a synchronous API request
    Response, // its response
    Query, // a read of a data domain
    Update, // a write of a data domain
    Decision, // a business rule was evaluated
    Send, // a message left on a channel
    Failure, // a handler failed or a request was rejected
};

inline constexpr int stepKindCount = 10;

// What a fault made a step: a finer kind for the steps that exist only in runs with faults (and for the retries and
// redeliveries they cause), so that outcomes can count them from the trace's structure alone, and views can draw
// them apart. None for every step of a fault-free run.
enum class FaultEffect : std::uint8_t {
    None,
    Enqueue, // the subscriber is down: the event waits in its queue on the bus
    Timeout, // the caller heard nothing back within timeout_ms
    Retry, // a call made again by the caller's retry policy
    Redeliver, // the bus delivers an event again after its handler did not acknowledge
    DeadLetter, // the bus gives up on an event after max_redeliveries
    Lost, // the caller gives a notification up (drop, or retries exhausted)
    NotSent, // a channel's provider is down
    HandlerFailed, // a subscriber's handler failed (in a run with faults)
    ResponseLost, // the callee did its work, but its answer (or acknowledgement) never arrived
    Deduplicated, // an idempotent receiver recognised a repeat and did not send again
    Rollback, // a domain change undone because its notification could not be delivered
    OperationFailed, // the caller's fail_operation policy: the trigger fails
};

inline constexpr int faultEffectCount = 13;

const char* faultEffectId(FaultEffect e); // "dead_letter"; "" for None

const char* stepKindId(StepKind k); // "publish"
// Asynchronous unless the caller waits for the answer: publish/deliver are asynchronous, the rest are not.
bool isSynchronousKind(StepKind k);

struct Step {
    int index = 0;
    int action = 0; // index of the scenario action this step belongs to
    Component from = Component::OutsideWorld;
    Component to = Component::OutsideWorld;
    StepKind kind = StepKind::Trigger;
    bool synchronous = true;
    FaultEffect effect = FaultEffect::None; // beside `synchronous`: it takes no room of its own
    int parent = -1; // the step during whose handling this one happened (-1 for a trigger): the call tree
    Component publisher = Component::OutsideWorld; // for Publish and Deliver: who published the event
    ShortText label; // short, for a token or an arrow: "PriceChanged", "POST /notify", "carts?product=P-104"
    // Simulated time (timing.h), in milliseconds from the start of the run. Every step has a start; synchronous
    // calls (request, query, update, send) a duration; a trigger the moment the outside world got its answer.
    std::int64_t atMs = 0;
    std::int64_t durationMs = -1; // -1: not a synchronous call
    std::int64_t endMs = -1; // -1: not a trigger
};

// A step with its words: as a mechanism records it, as a stream hands it out, and as a view shows it. A run keeps
// its steps without them (Run::texts holds them, compressed): they were most of a large run's memory.
struct NarratedStep : Step {
    std::string caption; // one narrating sentence
    // Payload, request/response body, query and the records it returned, as compact JSON text ("" for none).
    // Kept as text rather than a DOM: a DOM per step would cost several times the memory; views parse the one step
    // they show.
    std::string detail;

    nlohmann::json detailJson() const { return detail.empty() ? nlohmann::json() : nlohmann::json::parse(detail); }
};

// A run's steps, in the blocks they were recorded into. Not a vector: gathering hundreds of thousands of steps into
// one array when a run ends held every step twice at the run's peak.
using StepList = std::deque<Step>;

} // namespace notiflow
