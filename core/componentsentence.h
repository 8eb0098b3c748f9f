// A component's name inside a sentence ("The pricing service ..."), for the narration of the bus and the runner.
#pragma once

#include "component.h"

#include <string>

namespace notiflow {

inline std::string componentNameInSentence(Component c)
{
    std::string name(componentName(c));
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z')
        name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return name;
}

} // namespace notiflow
