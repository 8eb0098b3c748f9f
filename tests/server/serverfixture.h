// Shared by the server tests: the API context of a server started on the default data set and the built-in
// scenarios, read from the source tree's data/.
#pragma once

#include "apicontext.h"
#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "support/sourcetree.h"

#include <QDir>
#include <algorithm>
#include <filesystem>
#include <memory>

namespace notiflow::test {

inline std::shared_ptr<const server::ApiContext> defaultApiContext()
{
    static const std::shared_ptr<const server::ApiContext> context = [] {
        auto c = std::make_shared<server::ApiContext>();
        c->data = std::make_shared<const DataSet>(loadDataSetFolder(notiflow::test::sourceDataDir()));
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(notiflow::test::sourceDataDir() + "/scenarios"))
            files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            Scenario s = loadScenarioFile(file);
            s.source = "built-in";
            c->scenarios.push_back(std::move(s));
        }
        c->withLiveSession();
        return c;
    }();
    return context;
}

} // namespace notiflow::test
