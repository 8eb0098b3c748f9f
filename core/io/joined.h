// Lists in messages and reports ("a, b, c"): one way to join, shared by the loaders' errors and the reports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

inline std::string joined(const std::vector<std::string>& parts, std::string_view separator = ", ")
{
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty())
            text += separator;
        text += part;
    }
    return text;
}

} // namespace notiflow
