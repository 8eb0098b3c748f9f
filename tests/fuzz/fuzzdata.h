// Shared by the fuzz targets: the default data set and scenarios, read once from the source tree's data/.
#pragma once

#include "dataset.h"
#include "scenario.h"

#include <map>
#include <string>
#include <vector>

namespace notiflow::fuzz {

// The six files of data/, keyed by file name, without their layout whitespace: each fuzz input loads the five
// files it does not replace, and instrumented lexing of indentation would take a good part of the time.
const std::map<std::string, std::string>& defaultDataTexts();
const DataSet& defaultDataSet();
const std::vector<Scenario>& builtInScenarios();

// Runs `scenario` under both architectures when every id it names is present in `data`: a data set or scenario
// that loads must also run without crashing.
void runIfValid(const DataSet& data, const Scenario& scenario);

} // namespace notiflow::fuzz
