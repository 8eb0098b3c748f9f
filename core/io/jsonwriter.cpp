#include "jsonwriter.h"

#include <nlohmann/json.hpp>
#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>

namespace notiflow {

namespace {

// A detail starts with room for a typical one: growing from empty would reallocate four or five times.
constexpr std::size_t initialCapacity = 384;

struct DiscardOutput {
    using Ch = char;
    void Put(char) { }
};

bool isWellFormedUtf8(std::string_view s)
{
    rapidjson::MemoryStream in(s.data(), s.size()); // bounded: a sequence cut short at the end reads as NUL bytes
    DiscardOutput out;
    while (in.Tell() < s.size()) {
        if (!rapidjson::UTF8<>::Validate(in, out))
            return false;
    }
    return true;
}

// Whether RapidJSON writes `s` exactly as nlohmann's dump does. It does unless `s` holds ill-formed UTF-8 (nlohmann
// replaces it with U+FFFD; RapidJSON would copy it) or a control byte without a short escape (RapidJSON writes
// \u001F, nlohmann \u001f). Both are rare: text from the files was checked when it was read.
bool spelledAlike(std::string_view s)
{
    bool ascii = true;
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\b' && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r')
            return false;
        ascii = ascii && byte < 0x80;
    }
    return ascii || isWellFormedUtf8(s);
}

} // namespace

JsonWriter::JsonWriter()
    : m_output { &m_own }
    , m_writer(m_output)
{
    m_own.reserve(initialCapacity);
}

JsonWriter::JsonWriter(std::string& out)
    : m_output { &out }
    , m_writer(m_output)
{
}

void JsonWriter::startNextValue()
{
    m_writer.Reset(m_output);
}

JsonWriter& JsonWriter::beginObject()
{
    m_writer.StartObject();
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_writer.EndObject();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    m_writer.StartArray();
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_writer.EndArray();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    m_writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s)
{
    if (spelledAlike(s)) {
        m_writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    } else {
        const std::string spelled
            = nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        m_writer.RawValue(spelled.data(), spelled.size(), rapidjson::kStringType);
    }
    return *this;
}

JsonWriter& JsonWriter::value(bool b)
{
    m_writer.Bool(b);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t n)
{
    m_writer.Int64(n);
    return *this;
}

JsonWriter& JsonWriter::value(std::size_t n)
{
    m_writer.Uint64(n);
    return *this;
}

JsonWriter& JsonWriter::money(Cents amount)
{
    const std::string text = formatMoney(amount);
    m_writer.RawValue(text.data(), text.size(), rapidjson::kNumberType);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    m_writer.Null();
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json)
{
    // The type only tells the writer this is a value, not a key; JSON text starting with '{' or '[' is a container.
    m_writer.RawValue(json.data(), json.size(), rapidjson::kObjectType);
    return *this;
}

} // namespace notiflow
