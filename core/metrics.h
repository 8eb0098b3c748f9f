// Coupling metrics computed from a run's steps and decisions (see ARCHITECTURE.md section 4).
#pragma once

#include "component.h"
#include "dependencykind.h"
#include "step.h"

#include <array>
#include <string>
#include <vector>

namespace notiflow {

struct Decision;

struct ComponentMetrics {
    Component component = Component::OutsideWorld;
    bool present = false; // took part in the run
    int efferent = 0; // Ce: distinct components it depends on
    int afferent = 0; // Ca: distinct components that depend on it
    double instability = 0; // Ce / (Ca + Ce), 0 when both are 0
    std::vector<Component> foreignDomains; // data domains it queried that it does not own
    std::vector<std::string> rules; // distinct rules it evaluated
    int stepsFrom = 0; // messages it sent
};

// One scenario action's synchronous work: how many service requests its trigger waits for (fan-out) and how deep
// the chain of calls goes.
struct ActionCalls {
    int action = 0;
    int blockingCalls = 0;
    int chainDepth = 0;
};

// A dependency on a less stable component (Martin's Stable Dependencies Principle asks for the opposite).
struct SdpViolation {
    Component from;
    Component to;
    double fromInstability = 0;
    double toInstability = 0;
    DependencyKind kind = DependencyKind::ServiceApi;
};

struct EdgeCount {
    Component from;
    Component to;
    StepKind kind;
    int count = 0;
};

struct Metrics {
    std::array<ComponentMetrics, componentCount> components {};
    // dependencies[a][b]: number of steps through which a depends on b (a calls b, a queries b, a subscribes to
    // b's events). This is the dependency structure matrix with counts.
    std::array<std::array<int, componentCount>, componentCount> dependencies {};
    std::array<int, stepKindCount> stepsByKind {};
    std::vector<EdgeCount> edges; // call volume per (from, to, kind), in first-use order
    // The synchronous call tree of a trigger: what the outside world waits on. Over the scenario's actions, the
    // one with the longest chain is kept.
    int syncChainDepth = 0; // hops on the longest synchronous chain from the trigger
    std::vector<Component> syncChain; // that chain, the triggered service first
    std::vector<Component> syncComponents; // every component the trigger synchronously needs
    double availabilityCeiling = 1.0; // 0.999 ^ syncComponents.size()
    double propagationCost = 0; // MacCormack et al.: density of the transitive closure of the dependency graph
    int totalDependencies = 0; // distinct (a, b) pairs
    // The kind of each distinct dependency (valid where dependencies[a][b] > 0), and their totals per run, which
    // sum to totalDependencies.
    std::array<std::array<DependencyKind, componentCount>, componentCount> dependencyKinds {};
    std::array<int, dependencyKindCount> dependenciesByKind {};
    // Per component: its distinct dependencies split by kind (sums to its Ce), and, for a domain service, the
    // rules it evaluated only in order to notify someone (see rulepurpose.h). Indexed by indexOf(component).
    std::array<std::array<int, dependencyKindCount>, componentCount> componentDependenciesByKind {};
    std::array<std::vector<std::string>, componentCount> notificationRules {};
    int notificationRulesInDomainServices = 0; // distinct (domain service, notification rule) pairs
    int foreignDomainsInDomainServices = 0; // distinct (domain service, foreign data domain) pairs
    std::vector<ActionCalls> blockingCallsPerAction; // one per action that has a trigger, in action order
    int mostBlockingCalls = 0; // the largest blockingCalls of any action
    std::vector<SdpViolation> sdpViolations; // in matrix order
};

inline constexpr double componentAvailability = 0.999;

} // namespace notiflow
