// Parses requirement-change files (README "Change file format"): the shape, and every name checked against the
// registries in core (rules, notification types, data domains, events, endpoints).
#pragma once

#include "loaderror.h"
#include "requirementchange.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace notiflow {

// Throws LoadError naming the file, the field ("touches.rules[1]") and the problem; an unknown name lists the
// known ones.
RequirementChange parseRequirementChange(std::string_view text, const std::string& fileName);
RequirementChange loadRequirementChangeFile(const std::filesystem::path& file);

} // namespace notiflow
