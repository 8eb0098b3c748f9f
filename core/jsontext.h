// Appends compact JSON text to a string without building a document. Step details are written hundreds of
// thousands of times in a large run; a DOM per detail costs more than the rest of the run (see README, figures).
#pragma once

#include "records.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

// Writes `s` as a JSON string literal: plain ASCII directly, anything needing escapes through nlohmann.
void appendJsonString(std::string& out, std::string_view s);

class JsonText {
public:
    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray();
    JsonText& endArray();
    JsonText& key(std::string_view name);

    JsonText& value(std::string_view s);
    JsonText& value(const std::string& s) { return value(std::string_view(s)); }
    JsonText& value(const char* s) { return value(std::string_view(s)); }
    JsonText& value(bool b);
    JsonText& value(std::int64_t n);
    JsonText& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonText& value(std::size_t n) { return value(static_cast<std::int64_t>(n)); }
    JsonText& money(Cents amount); // 199.20 as a number
    JsonText& null();
    JsonText& raw(std::string_view json); // already valid JSON

    template <typename T> JsonText& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

    const std::string& text() const { return m_text; }
    std::string take() { return std::move(m_text); }

private:
    void separate();
    std::string m_text;
    std::vector<bool> m_hasItems; // per open container: whether a comma is due before the next item
    bool m_afterKey = false;
};

} // namespace notiflow
