#include "jsontext.h"

#include <nlohmann/json.hpp>

namespace notiflow {

void appendJsonString(std::string& out, std::string_view s)
{
    bool plain = true;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        plain &= u >= 0x20 && u < 0x80 && c != '"' && c != '\\'; // no early exit: lets the compiler vectorise
    }
    if (plain) {
        out += '"';
        out += s;
        out += '"';
    } else {
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
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
