// Loads and validates a data set: six JSON files in the original project's schema.
#pragma once

#include "dataset.h"
#include "loaderror.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace notiflow {

// The six file names a data set folder must hold.
const std::vector<std::string>& dataSetFileNames();

// Reads the six files of `folder`. Throws LoadError naming the file and place on the first error; dangling
// references become DataSet::warnings instead. Record indexes in messages count from 0, like JSON arrays.
DataSet loadDataSetFolder(const std::filesystem::path& folder);

// The same from texts already in memory (the embedded default data set, tests). Keys are file names.
DataSet loadDataSetTexts(const std::map<std::string, std::string>& textsByFileName, const std::string& source);

} // namespace notiflow
