#include "jsontext.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace notiflow {

namespace {
// The length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or 0 when it is not well formed.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
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

// The escape JSON needs for an ASCII byte below 0x20, '"' or '\\', written as nlohmann's dump writes it.
void appendEscaped(std::string& out, unsigned char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\r':
        out += "\\r";
        return;
    default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char escape[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF] };
        out.append(escape, sizeof escape);
    }
    }
}

// Whether any of the eight bytes in `word` needs a look: below 0x20, '"', '\\' or not ASCII. The zero-byte tests
// may also flag a byte next to a real hit, never a word without one.
bool needsALook(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highBits = 0x8080808080808080;
    const std::uint64_t quote = word ^ (ones * '"');
    const std::uint64_t backslash = word ^ (ones * '\\');
    const std::uint64_t low = (word - ones * 0x20) | (quote - ones) | (backslash - ones);
    return ((low & ~word) | word) & highBits;
}
} // namespace

void appendJsonString(std::string& out, std::string_view s)
{
    // Runs of bytes that need nothing are copied at once; UTF-8 is kept as it is once known to be well formed.
    // Anything ill-formed goes through nlohmann, which replaces it exactly as everywhere else in the output.
    const std::size_t start = out.size();
    out += '"';
    std::size_t run = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, sizeof word);
            if (!needsALook(word)) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(s, i);
            if (length == 0) {
                out.resize(start);
                out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                return;
            }
            i += length;
            continue;
        }
        out.append(s.data() + run, i - run);
        appendEscaped(out, c);
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_text += ',';
        m_hasItems.back() = true;
    }
}

JsonText& JsonText::beginObject()
{
    separate();
    m_text += '{';
    m_hasItems.push_back(false);
    return *this;
}

JsonText& JsonText::endObject()
{
    m_text += '}';
    m_hasItems.pop_back();
    return *this;
}

JsonText& JsonText::beginArray()
{
    separate();
    m_text += '[';
    m_hasItems.push_back(false);
    return *this;
}

JsonText& JsonText::endArray()
{
    m_text += ']';
    m_hasItems.pop_back();
    return *this;
}

JsonText& JsonText::key(std::string_view name)
{
    separate();
    appendJsonString(m_text, name);
    m_text += ':';
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::value(std::string_view s)
{
    separate();
    appendJsonString(m_text, s);
    return *this;
}

JsonText& JsonText::value(bool b)
{
    separate();
    m_text += b ? "true" : "false";
    return *this;
}

JsonText& JsonText::value(std::int64_t n)
{
    separate();
    m_text += std::to_string(n);
    return *this;
}

JsonText& JsonText::money(Cents amount)
{
    separate();
    m_text += formatMoney(amount);
    return *this;
}

JsonText& JsonText::null()
{
    separate();
    m_text += "null";
    return *this;
}

JsonText& JsonText::raw(std::string_view json)
{
    separate();
    m_text += json;
    return *this;
}

} // namespace notiflow
