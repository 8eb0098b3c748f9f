#include "fuzzdata.h"

#include "io/datasetloader.h"
#include "io/scenarioloader.h"
#include "scenariorunner.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace notiflow::fuzz {

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

const std::map<std::string, std::string>& defaultDataTexts()
{
    static const std::map<std::string, std::string> texts = [] {
        std::map<std::string, std::string> byName;
        for (const std::string& name : dataSetFileNames())
            byName[name]
                = nlohmann::json::parse(readFile(std::filesystem::path(NOTIFLOW_SOURCE_DATA_DIR) / name)).dump();
        return byName;
    }();
    return texts;
}

const DataSet& defaultDataSet()
{
    static const DataSet data = loadDataSetTexts(defaultDataTexts(), "data");
    return data;
}

const std::vector<Scenario>& builtInScenarios()
{
    static const std::vector<Scenario> scenarios = [] {
        std::vector<std::filesystem::path> files;
        for (const auto& entry :
            std::filesystem::directory_iterator(std::filesystem::path(NOTIFLOW_SOURCE_DATA_DIR) / "scenarios"))
            files.push_back(entry.path());
        std::sort(files.begin(), files.end()); // the same order on every machine, for reproducible runs
        std::vector<Scenario> loaded;
        for (const auto& file : files)
            loaded.push_back(loadScenarioFile(file));
        return loaded;
    }();
    return scenarios;
}

void runIfValid(const DataSet& data, const Scenario& scenario)
{
    try {
        validateScenario(scenario, data);
    } catch (const LoadError&) {
        return; // the window and the command line stop here too
    }
    compareArchitectures(data, scenario);
}

} // namespace notiflow::fuzz
