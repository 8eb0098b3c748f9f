// The kinds a dependency between two components can be of. Totals are only ever shown split by kind, because a
// publish-and-deliver makes three edges where one API call makes one, and a mixed total would teach the opposite of
// what the architectures differ in.
#pragma once

#include "component.h"
#include "step.h"

#include <array>

namespace notiflow {

enum class DependencyKind {
    DomainData, // reads or writes a data domain it does not own
    OwnData, // reads or writes its own data domain
    ServiceApi, // waits on another service's API (a request, or the outside world's trigger)
    EventContract, // consumes another service's event, so depends on that event's shape
    Infrastructure, // the event bus, the email and SMS channels
};

inline constexpr int dependencyKindCount = 5;

inline constexpr std::array<DependencyKind, dependencyKindCount> allDependencyKinds { DependencyKind::DomainData,
    DependencyKind::OwnData, DependencyKind::ServiceApi, DependencyKind::EventContract,
    DependencyKind::Infrastructure };

const char* dependencyKindId(DependencyKind k); // "domain_data"
const char* dependencyKindName(DependencyKind k); // "another domain's data"

// The kind of the dependency of `dependent` on `dependency` that `step` records (see
// MetricsCalculator::dependenciesOf for which dependencies a step records).
DependencyKind classifyDependency(const Step& step, Component dependent, Component dependency, Architecture arch);

} // namespace notiflow
