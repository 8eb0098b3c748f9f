#include "jsontext.h"

#include "jsonbytes.h"

#include <cstring>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace notiflow {

namespace {
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

} // namespace

void appendJsonString(std::string& out, std::string_view s)
{
    // Runs of bytes that need nothing are copied at once; UTF-8 is kept as it is once known to be well formed.
    // Anything ill-formed goes through nlohmann, which replaces it exactly as everywhere else in the output.
    if (jsonbytes::isPlainJsonText(s)) {
        const std::size_t at = out.size();
        out.resize(at + s.size() + 2);
        char* text = out.data() + at;
        text[0] = '"';
        std::memcpy(text + 1, s.data(), s.size());
        text[s.size() + 1] = '"';
        return;
    }
    const std::size_t start = out.size();
    out += '"';
    std::size_t run = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, sizeof word);
            if (!jsonbytes::needsALook(word)) {
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
            const std::size_t length = jsonbytes::utf8SequenceLength(s, i);
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
    if (m_depth > 0) {
        const std::uint64_t bit = std::uint64_t(1) << (m_depth - 1);
        if (m_hasItems & bit)
            m_text += ',';
        m_hasItems |= bit;
    }
}

void JsonText::open(char bracket)
{
    if (m_depth == maxDepth)
        throw std::logic_error("JsonText: containers nested deeper than 64 levels");
    separate();
    m_text += bracket;
    ++m_depth;
    m_hasItems &= ~(std::uint64_t(1) << (m_depth - 1));
}

void JsonText::close(char bracket)
{
    m_text += bracket;
    --m_depth;
}

JsonText& JsonText::beginObject()
{
    open('{');
    return *this;
}

JsonText& JsonText::endObject()
{
    close('}');
    return *this;
}

JsonText& JsonText::beginArray()
{
    open('[');
    return *this;
}

JsonText& JsonText::endArray()
{
    close(']');
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
