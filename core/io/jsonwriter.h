// Writes compact JSON text with RapidJSON's Writer: step details, request details and the --json output. Strings
// are spelled byte for byte as nlohmann's dump spells them, which fixed the output format.
#pragma once

#include "records.h"

#include <cstdint>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string>
#include <string_view>

namespace notiflow {

class JsonWriter {
public:
    // `capacity`: the text it expects, so that the buffer does not grow step by step.
    explicit JsonWriter(std::size_t capacity = 512);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // Keys are the program's own field names (plain ASCII), never text from a file.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const ShortText& s) { return value(std::string_view(s.data(), s.size())); }
    JsonWriter& value(bool b);
    JsonWriter& value(std::int64_t n);
    JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
    JsonWriter& value(std::size_t n);
    JsonWriter& money(Cents amount); // 199.20 as a number, two decimals always
    JsonWriter& null();
    // Text that is already JSON (a detail, a dumped body), written as it is.
    JsonWriter& raw(std::string_view serialized);

    template <typename T> JsonWriter& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

    // Goes on with an object whose first members were written into another text: the next key comes after a
    // comma, and endObject() closes it (the end of a streamed step, known only after its start was written).
    JsonWriter& resumeObject();

    // Several values in one text (the items of a streamed list): after a complete value, text between values (a
    // separator, a line break) and then startNextValue() before the next one.
    void appendBetweenValues(std::string_view text);
    void startNextValue();

    std::string_view view() const { return { m_buffer.GetString(), m_buffer.GetSize() }; }
    std::string text() const { return std::string(view()); }
    std::string take(); // the text, leaving the writer empty
    void clear();
    std::size_t size() const { return m_buffer.GetSize(); }

private:
    // RapidJSON's Writer with one addition, made the way its own PrettyWriter extends it: text known to need no
    // escaping (a raw JSON value, or a string without '"', '\\' or control bytes) is copied in one piece instead of
    // byte by byte. Most of the output is such text; the Writer still places every comma and checks the nesting.
    class Writer : public rapidjson::Writer<rapidjson::StringBuffer> {
    public:
        using rapidjson::Writer<rapidjson::StringBuffer>::Writer;
        void copy(std::string_view text, rapidjson::Type type, bool quoted);
        void resumeObject();
    };

    // A key or a string value: to the writer both are strings, an object expecting one before each value.
    void string(std::string_view s);

    rapidjson::StringBuffer m_buffer;
    Writer m_writer;
};

} // namespace notiflow
