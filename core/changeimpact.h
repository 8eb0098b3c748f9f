// What a requirement change costs in one architecture, resolved through that architecture's recorded run: the
// components that must change and why, new dependencies, the teams that must coordinate and the deployments.
#pragma once

#include "requirementchange.h"
#include "run.h"
#include "team.h"

#include <string>
#include <vector>

namespace notiflow {

// One element the change touches, and whether the run exercised it.
struct TouchedElement {
    std::string what; // "rule price_drop.segment", "template ORDER_SHIPPED", "event PaymentFailed"
    bool exercised = false;
};

struct ComponentChange {
    Component component = Component::OutsideWorld;
    std::vector<std::string> reasons; // which touched element led here, in words
    std::vector<std::string> newDependencies; // data domains it must read and did not read in the run
};

struct ChangeImpact {
    std::string change;
    Architecture architecture = Architecture::EventSourced;
    bool exercised = false; // the run exercised at least one touched element
    std::vector<TouchedElement> elements;
    std::vector<ComponentChange> components; // in the order of the Component enum
    std::vector<Team> teams; // owners of the components to change
    int deployments = 0; // changed services, correlators and APIs; data domains and channels are not deployed

    const ComponentChange* find(Component c) const;
};

inline constexpr std::string_view notExercised = "not exercised by this scenario";

// Needs the run with its steps and their text (labels): a run recorded with the streaming runner keeps neither.
ChangeImpact resolveChangeImpact(const RequirementChange& change, const Run& run);

} // namespace notiflow
