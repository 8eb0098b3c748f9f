// What the endpoints serve: the data set and the scenarios the server was started with.
#pragma once

#include "dataset.h"
#include "scenario.h"

#include <memory>
#include <string_view>
#include <vector>

namespace notiflow::server {

struct ApiContext {
    // Shared and never changed: scenario runs on worker threads read it while the serving thread answers others.
    std::shared_ptr<const DataSet> data;
    std::vector<Scenario> scenarios; // built-in first, then those loaded from files (a later one wins on an id)

    const Scenario* findScenario(std::string_view id) const
    {
        for (auto it = scenarios.rbegin(); it != scenarios.rend(); ++it) {
            if (it->id == id)
                return &*it;
        }
        return nullptr;
    }
};

} // namespace notiflow::server
