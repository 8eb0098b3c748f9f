// The live session as the window replays it: the domain actions' comparison with the direct calls to the notification
// API (POST /notify from outside) put in where they arrived. A direct call exists only in the API-driven run; the
// event-sourced run has an empty action in its place, so both runs keep one action per entry.
#pragma once

#include "scenariorunner.h"

#include <vector>

namespace notiflow {

// A direct call's entry among the scenario's actions has no action type of its own: its parameters hold its line
// under this key ({"live_call": "POST /notify …", "request": {…}}), which describeAction() shows.
inline constexpr const char* liveCallKey = "live_call";

// One client's call straight to the notification API, as recorded: an API-driven run of one action (index 0) whose
// first step is its trigger, timed from 0.
struct DirectCall {
    std::string label; // "POST /notify ORDER_SHIPPED CUST-001": the entry's line in the timeline
    nlohmann::json parameters; // the request body, for display
    Run run;
};

// What arrived, in order: a domain action (the next of the comparison's actions) or a direct call (by index).
struct LiveEntry {
    enum class Kind { Action, DirectCall };
    Kind kind = Kind::Action;
    int index = 0; // into the comparison's actions, or into the direct calls
};

// Splices the direct calls into `actions` (whose scenario holds only the domain actions, run in order) following
// `entries`: steps, notifications and decisions are renumbered, later work is moved on in simulated time by each
// inserted call's duration and the scenario's action gap, metrics are computed again from the result. Entries that
// name an action or a call that does not exist are skipped.
Comparison spliceDirectCalls(
    const Comparison& actions, const std::vector<LiveEntry>& entries, const std::vector<DirectCall>& calls);

} // namespace notiflow
