#include "recordreader.h"

#include "moneylimit.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace notiflow {

namespace {

using Kind = FlatRecord::Kind;

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Boolean:
        return "boolean";
    case Kind::Integer:
    case Kind::Unsigned:
    case Kind::Float:
        return "number";
    case Kind::String:
        return "string";
    case Kind::Object:
        return "object";
    case Kind::Array:
        return "array";
    }
    return "value";
}

// The value as JSON would spell it, for messages: "-5", "1.5", "true".
std::string spell(const FlatRecord::Node& node)
{
    switch (node.kind) {
    case Kind::Boolean:
        return node.boolean ? "true" : "false";
    case Kind::Integer:
        return std::to_string(node.integer);
    case Kind::Unsigned:
        return std::to_string(node.unsignedInteger);
    case Kind::Float:
        return nlohmann::json(node.number).dump();
    default:
        return kindName(node.kind);
    }
}

bool isNumber(Kind kind)
{
    return kind == Kind::Integer || kind == Kind::Unsigned || kind == Kind::Float;
}

} // namespace

std::string RecordReader::describe(const FlatRecord::Node& node)
{
    if (node.kind == Kind::Boolean || isNumber(node.kind))
        return std::string(kindName(node.kind)) + " " + spell(node);
    return kindName(node.kind);
}

RecordReader::RecordReader(const std::string& file, int index, const FlatRecord& record, const char* idField)
    : m_file(file)
    , m_index(index)
    , m_record(record)
    , m_idField(idField)
{
    const FlatRecord::Node& top = record.at(FlatRecord::root);
    if (top.kind != Kind::Object)
        fail({}, "a record must be an object, not " + describe(top));
    m_id = &text(FlatRecord::root, "", idField);
    if (m_id->empty())
        fail(idField, "must not be empty");
}

LoadErrorLocation RecordReader::location(std::string field) const
{
    LoadErrorLocation location {
        .file = m_file, .recordIndex = m_index, .recordId = m_id ? *m_id : std::string(), .field = std::move(field)
    };
    location.recordIdField = m_idField;
    return location;
}

void RecordReader::fail(std::string field, const std::string& problem) const
{
    throw LoadError(location(std::move(field)), problem);
}

int RecordReader::require(int object, std::string_view prefix, const char* key) const
{
    const int member = m_record.member(object, key);
    if (member < 0)
        fail(path(prefix, key), "is missing");
    return member;
}

const std::string& RecordReader::text(int object, std::string_view prefix, const char* key) const
{
    const FlatRecord::Node& value = node(require(object, prefix, key));
    if (value.kind != Kind::String)
        fail(path(prefix, key), "must be a string, not " + describe(value));
    return value.text;
}

std::optional<std::string> RecordReader::nullableText(int object, std::string_view prefix, const char* key) const
{
    const int member = m_record.member(object, key);
    if (member < 0 || node(member).kind == Kind::Null)
        return std::nullopt;
    if (node(member).kind != Kind::String)
        fail(path(prefix, key), "must be a string or null, not " + describe(node(member)));
    return node(member).text;
}

Cents RecordReader::money(int object, std::string_view prefix, const char* key) const
{
    const FlatRecord::Node& value = node(require(object, prefix, key));
    if (!isNumber(value.kind))
        fail(path(prefix, key), "must be a number, not " + describe(value));
    if (value.number < 0)
        fail(path(prefix, key), "must not be negative (found " + spell(value) + ")");
    if (!(value.number <= maxMoney))
        fail(path(prefix, key), "is too large (found " + spell(value) + ")");
    return centsFromDecimal(value.number);
}

int RecordReader::count(int object, std::string_view prefix, const char* key, int minimum) const
{
    const FlatRecord::Node& value = node(require(object, prefix, key));
    // A whole number written with an exponent (1e20) arrives as a double: beyond an int it is out of range, which
    // is what the message must say, not that it is not whole.
    const bool wholeDouble
        = value.kind == Kind::Float && std::isfinite(value.number) && std::floor(value.number) == value.number;
    if (wholeDouble && value.number > 1'000'000'000)
        fail(path(prefix, key), "is too large (found " + spell(value) + ")");
    if (wholeDouble && value.number < minimum)
        fail(path(prefix, key), "must be at least " + std::to_string(minimum) + " (found " + spell(value) + ")");
    if (value.kind != Kind::Integer && value.kind != Kind::Unsigned)
        fail(path(prefix, key), "must be a whole number, not " + describe(value));
    if (value.kind == Kind::Unsigned || value.integer > 1'000'000'000)
        fail(path(prefix, key), "is too large (found " + spell(value) + ")");
    if (value.integer < minimum)
        fail(path(prefix, key), "must be at least " + std::to_string(minimum) + " (found " + spell(value) + ")");
    return static_cast<int>(value.integer);
}

bool RecordReader::flag(int object, std::string_view prefix, const char* key) const
{
    const FlatRecord::Node& value = node(require(object, prefix, key));
    if (value.kind != Kind::Boolean)
        fail(path(prefix, key), "must be true or false, not " + describe(value));
    return value.boolean;
}

int RecordReader::array(int object, std::string_view prefix, const char* key) const
{
    const int member = require(object, prefix, key);
    if (node(member).kind != Kind::Array)
        fail(path(prefix, key), "must be an array, not " + describe(node(member)));
    return member;
}

int RecordReader::objectField(int object, std::string_view prefix, const char* key) const
{
    const int member = require(object, prefix, key);
    if (node(member).kind != Kind::Object)
        fail(path(prefix, key), "must be an object, not " + describe(node(member)));
    return member;
}

} // namespace notiflow
