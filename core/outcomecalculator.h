// Computes a run's outcome (run.h) by comparing it with the same architecture's fault-free run of the same scenario:
// notifications matched by action, type, channel and customer; counts taken from the steps' fault effects.
#pragma once

#include "faults.h"
#include "run.h"
#include "stepshape.h"

#include <vector>

namespace notiflow {

class OutcomeCalculator {
public:
    // Reads only what a streamed run keeps: step structure (kind, effect, action, times), notifications, queues.
    static Outcome compute(const Run& run, const Run& faultFree, const std::vector<Fault>& faults);
    // The same for runs that were streamed (scenariorunner.h): `steps`, when given, stands for run.steps, and
    // `faultFreeSteps` for faultFree.steps.
    static Outcome compute(const Run& run, const StepShapes* steps, const Run& faultFree,
        const StepShapes* faultFreeSteps, const std::vector<Fault>& faults);

    // Nearest-rank percentile of `values` (which it sorts); 0 for none.
    static Outcome::Latency summarise(std::vector<std::int64_t> values);
};

} // namespace notiflow
