// What the scenario runner drives: one architecture's services, wired over one data store and trace.
#pragma once

#include "component.h"
#include "scenario.h"

#include <string>

namespace notiflow {

class DataStore;

class ArchitectureSystem {
public:
    virtual ~ArchitectureSystem() = default;
    // Carries out one action arriving at its domain service; `at` is the action's timestamp.
    virtual void perform(const ScenarioAction& action, const std::string& at) = 0;
    // The data as the actions performed so far left it.
    virtual const DataStore& store() const = 0;
};

// The domain service the outside world asks to carry out an action (the same in both architectures).
Component serviceFor(ActionType type);
// The data domain an action changes (the outside world for one that changes none): what fail_operation rolls back.
Component domainOf(ActionType type);

} // namespace notiflow
