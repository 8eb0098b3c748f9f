// Parses scenario files and checks them against a data set.
#pragma once

#include "dataset.h"
#include "loaderror.h"
#include "scenario.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace notiflow {

// Syntax, shape and parameter checks (unknown action, missing or mistyped parameter, discount outside
// [0, 100], negative price, no steps, watch_for that is not an array of non-empty strings). Throws LoadError with file,
// step index and field.
Scenario parseScenario(std::string_view text, const std::string& fileName);
Scenario loadScenarioFile(const std::filesystem::path& file);

// Checks every id the scenario names exists in `data` (orders, products, the line item in its order).
// Throws LoadError naming the scenario file, the step and the field.
void validateScenario(const Scenario& scenario, const DataSet& data);

} // namespace notiflow
