#include "jsonwriter.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <new>
#include <nlohmann/json.hpp>
#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>

namespace notiflow {

namespace {

// Shared by every writer instead of one allocated per writer: RapidJSON's CrtAllocator is malloc, with no state.
rapidjson::CrtAllocator allocator;

// Nesting a writer expects; deeper text grows the stack. Details nest five deep at most.
constexpr std::size_t levelDepth = 8;

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

bool hasControlWithoutShortEscape(std::string_view s)
{
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && byte != '\b' && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r')
            return true;
    }
    return false;
}

enum class Spelling {
    Plain, // nothing to escape: copied as it is
    Escaped, // RapidJSON escapes it as nlohmann does
    Nlohmann, // RapidJSON would spell it differently
};

// RapidJSON spells two things differently from nlohmann's dump, which fixed the output format: ill-formed UTF-8
// (nlohmann replaces it with U+FFFD; RapidJSON copies it) and control bytes without a short escape (RapidJSON writes
// \u001F, nlohmann \u001f). Both are rare: text from the files was checked when it was read.
Spelling spellingOf(std::string_view s)
{
    // One pass the compiler vectorises: most text is printable ASCII without quotes or backslashes.
    unsigned char lowest = 0xFF;
    unsigned char highest = 0;
    unsigned char quoteOrBackslash = 0; // a byte, not a bool: that is the form the vectoriser takes
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        lowest = std::min(lowest, byte);
        highest = std::max(highest, byte);
        quoteOrBackslash |= static_cast<unsigned char>((byte == '"') | (byte == '\\'));
    }
    if (lowest < 0x20 && hasControlWithoutShortEscape(s))
        return Spelling::Nlohmann;
    if (highest >= 0x80 && !isWellFormedUtf8(s))
        return Spelling::Nlohmann;
    return lowest < 0x20 || quoteOrBackslash ? Spelling::Escaped : Spelling::Plain;
}

} // namespace

JsonWriter::JsonWriter(std::size_t capacity)
    : m_buffer(&allocator, capacity)
    , m_writer(m_buffer, &allocator, levelDepth)
{
}

void JsonWriter::appendBetweenValues(std::string_view text)
{
    if (!text.empty())
        std::memcpy(m_buffer.Push(text.size()), text.data(), text.size());
}

void JsonWriter::startNextValue()
{
    m_writer.Reset(m_buffer);
}

std::string JsonWriter::take()
{
    std::string text(view());
    clear();
    return text;
}

void JsonWriter::clear()
{
    m_buffer.Clear();
    m_writer.Reset(m_buffer);
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

void JsonWriter::Writer::copy(std::string_view text, rapidjson::Type type, bool quoted)
{
    Prefix(type);
    char* out = os_->Push(text.size() + (quoted ? 2 : 0));
    if (quoted)
        *out++ = '"';
    if (!text.empty())
        std::memcpy(out, text.data(), text.size());
    if (quoted)
        out[text.size()] = '"';
    EndValue(true);
}

void JsonWriter::Writer::resumeObject()
{
    // The state StartObject() and one key-value pair leave: an object level with an even, non-zero count.
    hasRoot_ = true;
    Level* level = level_stack_.template Push<Level>();
    new (level) Level(false);
    level->valueCount = 2;
}

JsonWriter& JsonWriter::resumeObject()
{
    m_writer.resumeObject();
    return *this;
}

void JsonWriter::string(std::string_view s)
{
    switch (spellingOf(s)) {
    case Spelling::Plain:
        m_writer.copy(s, rapidjson::kStringType, true);
        return;
    case Spelling::Escaped:
        m_writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        return;
    case Spelling::Nlohmann:
        break;
    }
    const std::string spelled
        = nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    m_writer.RawValue(spelled.data(), spelled.size(), rapidjson::kStringType);
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    // Keys are the program's own field names, plain ASCII: copied without a look, for there are millions of them.
    assert(spellingOf(name) == Spelling::Plain);
    m_writer.copy(name, rapidjson::kStringType, true);
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s)
{
    string(s);
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

JsonWriter& JsonWriter::raw(std::string_view serialized)
{
    // The type only tells the writer this is a value, not a key.
    m_writer.copy(serialized, rapidjson::kObjectType, false);
    return *this;
}

} // namespace notiflow
