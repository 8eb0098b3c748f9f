// The steps of one run picked out for a reader (the steps behind a clicked figure): which run, which steps, and what
// they stand for. A plain value, so that views and exports draw the very same selection.
#pragma once

#include "component.h"

#include <QString>
#include <algorithm>
#include <vector>

namespace notiflow::ui {

struct StepSelection {
    Architecture side = Architecture::EventSourced;
    std::vector<int> steps; // ascending, no repeats
    QString label; // what the steps are behind: "Pricing service depends on Carts"

    bool isEmpty() const { return steps.empty(); }
    bool contains(int step) const { return std::binary_search(steps.begin(), steps.end(), step); }
    // The position of `step` among the steps (0-based), or -1 when it is not one of them.
    int indexOf(int step) const
    {
        const auto it = std::lower_bound(steps.begin(), steps.end(), step);
        return it != steps.end() && *it == step ? static_cast<int>(it - steps.begin()) : -1;
    }
};

} // namespace notiflow::ui
