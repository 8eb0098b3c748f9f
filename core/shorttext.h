// Short text kept inside the record that holds it. Boost's string keeps up to 23 characters in its own 24 bytes,
// where std::string keeps 15 in 32 and puts anything longer on the heap. Timestamps ("2025-07-16T18:00:00Z") and
// most step labels ("preferences CUST-99999") fit, and a large data set or run holds hundreds of thousands of them.
#pragma once

#include <boost/container/string.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace notiflow {

using ShortText = boost::container::string;

// The conversions, spelled out: gcc also converts implicitly (through Boost's string-view templates), clang does not.
inline std::string toStdString(const ShortText& text)
{
    return std::string(text.data(), text.size());
}

inline ShortText toShortText(std::string_view text)
{
    return ShortText(text.data(), text.size());
}

inline std::optional<ShortText> toOptionalShortText(const std::optional<std::string>& text)
{
    return text ? std::optional<ShortText>(toShortText(*text)) : std::nullopt;
}

} // namespace notiflow
