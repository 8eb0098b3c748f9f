// Reads a whole file a loader parses (scenario, change), failing with a LoadError that names the file.
#pragma once

#include <filesystem>
#include <string>

namespace notiflow {

std::string readTextFile(const std::filesystem::path& file);

} // namespace notiflow
