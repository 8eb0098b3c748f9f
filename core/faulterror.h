// The error a down component raises inside a run with faults: a data store or the event bus that could not be
// reached. The mechanism that made the call records its timeout step first; whoever catches it applies the policy.
#pragma once

#include "component.h"

#include <stdexcept>
#include <string>

namespace notiflow {

class ComponentUnavailable : public std::runtime_error {
public:
    ComponentUnavailable(Component component, const std::string& what)
        : std::runtime_error(what)
        , m_component(component)
    {
    }
    Component component() const { return m_component; }

private:
    Component m_component;
};

} // namespace notiflow
