// The steps behind each figure of Run::metrics, so that a figure clicked in the window can highlight what produced
// it. Each function selects steps by the same rule the calculator counts them by, and the tests hold the two to it.
#pragma once

#include "component.h"

#include <string>
#include <vector>

namespace notiflow {

struct Run;

class MetricsTrace {
public:
    // Query and update steps of `component` into `domain` (a foreign-domain chip).
    static std::vector<int> dataAccess(const Run& run, Component component, Component domain);
    // Decision steps at which `component` evaluated `rule` (a rule owner).
    static std::vector<int> ruleEvaluations(const Run& run, Component component, const std::string& rule);
    // Steps through which `dependent` depends on `dependency` (a matrix cell).
    static std::vector<int> dependency(const Run& run, Component dependent, Component dependency);
    // Steps that make `component` depend on others (its Ce bar) or others depend on it (its Ca bar).
    static std::vector<int> efferent(const Run& run, Component component);
    static std::vector<int> afferent(const Run& run, Component component);
    // Steps on a trigger's synchronous tree that reach `component` (a chain box), in `action` only when it is not
    // negative (the ceiling counts the components of Metrics::syncAction).
    static std::vector<int> waitedOn(const Run& run, Component component, int action = -1);
    // The requests the trigger of `action` waits for (blocking calls of that action).
    static std::vector<int> blockingCalls(const Run& run, int action);
    // Decisions of domain services on notification rules (the headline figure).
    static std::vector<int> notificationRulesInDomainServices(const Run& run);
};

} // namespace notiflow
