// Computes a run's coupling metrics from its steps and decisions alone, so they cannot drift from the code.
#pragma once

#include "metrics.h"
#include "run.h"
#include "stepshape.h"

#include <vector>

namespace notiflow {

class MetricsCalculator {
public:
    static Metrics compute(const Run& run);
    // The same for a run that was streamed (scenariorunner.h): `steps` stands for its steps and `decisions` for its
    // decisions; the first decision of each rule by each component is all of them the metrics read.
    static Metrics compute(const Run& run, const StepShapes& steps, const DecisionList& decisions);

    // Whether a step makes `dependent` depend on `dependency`; a delivery makes the subscriber depend on the bus
    // and on the publisher's event contract, so a step can yield two dependencies.
    struct Dependency {
        Component dependent;
        Component dependency;
    };
    static std::vector<Dependency> dependenciesOf(const Step& step);

    // Per step, its depth on the synchronous call tree of its trigger: 1 for the trigger, parent + 1 for a call
    // made while handling a waited-for step, 0 for what the trigger does not wait for.
    static std::vector<int> synchronousDepths(const Run& run);

    // The action whose trigger synchronously needs the most components: the one that sets Metrics::syncComponents
    // and the availability ceiling (-1 when no action has a trigger).
    static int ceilingAction(const Run& run);
};

} // namespace notiflow
