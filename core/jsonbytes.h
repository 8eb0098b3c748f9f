// Byte-level facts about JSON text shared by the string writer and the fast reader: which bytes a JSON string
// must look at, and how long a well-formed UTF-8 sequence is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace notiflow::jsonbytes {

// Whether any of the eight bytes in `word` needs a look inside a JSON string: below 0x20, '"', '\\' or not
// ASCII. The zero-byte tests may also flag a byte next to a real hit, never a word without one.
inline bool needsALook(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highBits = 0x8080808080808080;
    const std::uint64_t quote = word ^ (ones * '"');
    const std::uint64_t backslash = word ^ (ones * '\\');
    const std::uint64_t low = (word - ones * 0x20) | (quote - ones) | (backslash - ones);
    return ((low & ~word) | word) & highBits;
}

// The length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or 0 when it is not well formed. These are the sequences nlohmann accepts.
inline std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto at = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = at(i);
    std::size_t length = 0;
    unsigned char low = 0x80; // allowed range of the second byte
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (s.size() - i < length || at(i + 1) < low || at(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if ((at(i + k) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace notiflow::jsonbytes
