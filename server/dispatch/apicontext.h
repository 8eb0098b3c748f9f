// What the endpoints serve: the data set and the scenarios the server was started with, and the live state.
#pragma once

#include "dataset.h"
#include "livesession.h"
#include "scenario.h"

#include <memory>
#include <string_view>
#include <vector>

namespace notiflow::server {

struct ApiContext {
    // Shared and never changed: scenario runs on worker threads read it while the serving thread answers others.
    std::shared_ptr<const DataSet> data;
    std::vector<Scenario> scenarios; // built-in first, then those loaded from files (a later one wins on an id)
    // The state /actions change and /data shows: made over `data` by withLiveSession().
    std::shared_ptr<LiveSession> live;

    // Sets `live` to a fresh session over `data` (call once `data` is set).
    void withLiveSession() { live = std::make_shared<LiveSession>(data); }

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
