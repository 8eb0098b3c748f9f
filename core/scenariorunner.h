// Runs a scenario under one or both architectures, each from a fresh copy of the data set.
#pragma once

#include "dataset.h"
#include "run.h"
#include "scenario.h"
#include "stepsink.h"

#include <string>
#include <vector>

namespace notiflow {

Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture);

// The same, handing each step to `sink` as it is recorded; the run keeps no steps (nor decisions, if `sink` is also a
// DecisionSink), only what its metrics and outcome need. This is how a run too large to hold twice is written out.
Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture, StepSink& sink);

// The same, also handing back the data as the run left it: a copy of `data` with the run's changes.
Run runScenario(const DataSet& data, const Scenario& scenario, Architecture architecture, DataSet& finalState);

struct Comparison {
    Scenario scenario;
    Run eventSourced;
    Run apiDriven;
    bool sameNotifications = false;
    std::vector<std::string> differences; // one line per notification sent by one side only

    const Run& run(Architecture a) const { return a == Architecture::EventSourced ? eventSourced : apiDriven; }
};

Comparison compareArchitectures(const DataSet& data, const Scenario& scenario);

// Whether two runs sent the same notifications (same action, type, channel, recipient and text), and if not, one
// line per notification that only one side sent.
struct NotificationDifference {
    bool same = true;
    std::vector<std::string> lines;
};
NotificationDifference diffNotifications(const Run& eventSourced, const Run& apiDriven);

} // namespace notiflow
