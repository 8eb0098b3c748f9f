// What a TraceRecorder hands a run's decisions to as they are made, when the run is written out rather than kept (the
// --json output): the run then keeps none of them, only the little its metrics read.
#pragma once

#include "run.h"

namespace notiflow {

// The streaming runner (scenariorunner.h) hands decisions to its StepSink when that sink is also a DecisionSink, so
// that writing them out needs no other way into the runner.
class DecisionSink {
public:
    virtual ~DecisionSink() = default;

    // A decision just made, complete.
    virtual void decisionMade(const Decision& decision) = 0;
};

} // namespace notiflow
