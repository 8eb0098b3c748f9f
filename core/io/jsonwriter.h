// Writes compact JSON text with RapidJSON's Writer: step details, request bodies and the --json output. Strings
// are spelled byte for byte as nlohmann's dump spells them, which fixed the output format.
#pragma once

#include "records.h"

#include <cstdint>
#include <rapidjson/writer.h>
#include <string>
#include <string_view>

namespace notiflow {

class JsonWriter {
public:
    // Writes into a text of its own, for text() and take().
    JsonWriter();
    // Appends to `out`; after each complete value, startNextValue() allows another (the items of a streamed list).
    explicit JsonWriter(std::string& out);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // Keys are the program's own field names, never text from a file.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(bool b);
    JsonWriter& value(std::int64_t n);
    JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonWriter& value(std::size_t n);
    JsonWriter& money(Cents amount); // 199.20 as a number, two decimals always
    JsonWriter& null();
    // Text that is already JSON (a detail, a dumped body), written as it is.
    JsonWriter& raw(std::string_view json);

    template <typename T> JsonWriter& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

    void startNextValue();
    const std::string& text() const { return *m_output.text; }
    std::string take() { return std::move(*m_output.text); }

private:
    // RapidJSON's output stream concept over a std::string, so that a finished text is moved out, not copied.
    struct Output {
        using Ch = char;
        std::string* text;
        void Put(char c) { text->push_back(c); }
        void Flush() { }
    };

    std::string m_own;
    Output m_output;
    rapidjson::Writer<Output> m_writer;
};

} // namespace notiflow
