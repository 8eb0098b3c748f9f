// Computes a run's coupling metrics from its steps and decisions alone, so they cannot drift from the code.
#pragma once

#include "metrics.h"

#include <vector>

namespace notiflow {

struct Run;

class MetricsCalculator {
public:
    static Metrics compute(const Run& run);

    // Whether a step makes `dependent` depend on `dependency`; a delivery makes the subscriber depend on the bus
    // and on the publisher's event contract, so a step can yield two dependencies.
    struct Dependency {
        Component dependent;
        Component dependency;
    };
    static std::vector<Dependency> dependenciesOf(const Step& step);
};

} // namespace notiflow
