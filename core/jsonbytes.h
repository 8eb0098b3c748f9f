// Byte-level facts about JSON text for the string writer: which bytes a JSON string
// must look at, and how long a well-formed UTF-8 sequence is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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

// The bytes of `s` (at least one) as one word for needsALook: eight at a time where there are eight, else
// bytes repeated rather than read past the end (a repeated byte changes nothing about the answer).
inline std::uint64_t wordOf(std::string_view s)
{
    std::uint64_t word = 0;
    if (s.size() >= 8) {
        std::memcpy(&word, s.data(), 8);
    } else if (s.size() >= 4) {
        std::uint32_t first = 0;
        std::uint32_t last = 0;
        std::memcpy(&first, s.data(), 4);
        std::memcpy(&last, s.data() + s.size() - 4, 4);
        word = first | (std::uint64_t(last) << 32);
    } else {
        const auto byte = [&s](std::size_t i) { return std::uint64_t(static_cast<unsigned char>(s[i])); };
        word = byte(0) | byte(s.size() / 2) << 8 | byte(s.size() - 1) << 16;
        word |= word << 24 | word << 48;
    }
    return word;
}

// Whether `s` can be written inside a JSON string as it is: printable ASCII without '"' or '\\'.
inline bool isPlainJsonText(std::string_view s)
{
    std::size_t i = 0;
    for (; s.size() - i >= 8; i += 8) {
        if (needsALook(wordOf(s.substr(i, 8))))
            return false;
    }
    if (i == s.size())
        return true;
    // The last eight bytes (or all of a short text) cover the rest; bytes seen twice do no harm.
    return !needsALook(wordOf(s.size() >= 8 ? s.substr(s.size() - 8) : s));
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
