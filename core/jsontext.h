// Appends compact JSON text to a string without building a document. Step details are written hundreds of
// thousands of times in a large run; a DOM per detail costs more than the rest of the run (see README, figures).
#pragma once

#include "records.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace notiflow {

// Writes `s` as a JSON string literal: plain ASCII directly, anything needing escapes through nlohmann.
void appendJsonString(std::string& out, std::string_view s);

class JsonText {
public:
    // Starts with room for a typical step detail: growing from empty would reallocate four or five times.
    JsonText() { m_text.reserve(initialCapacity); }

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

    // Open containers are tracked in one word, not a vector: a detail is written hundreds of thousands of times.
    static constexpr int maxDepth = 64;

private:
    static constexpr std::size_t initialCapacity = 384;
    void separate();
    void open(char bracket);
    void close(char bracket);
    std::string m_text;
    std::uint64_t m_hasItems = 0; // bit d: whether the container open at depth d needs a comma before its next item
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace notiflow
