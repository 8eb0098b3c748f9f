#include "schema.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace notiflow::server {

using nlohmann::json;

namespace {

json locWith(const json& loc, json part)
{
    json extended = loc;
    extended.push_back(std::move(part));
    return extended;
}

// Python prints 0.0 as "0.0" but a bound given as an int as "0"; our bounds are whole numbers or decimals.
std::string boundText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

json boundJson(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return static_cast<long long>(value);
    return value;
}

std::optional<double> parseNumber(const std::string& text)
{
    // Python's float() accepts surrounding whitespace; nothing else may follow the number.
    std::size_t begin = text.find_first_not_of(" \t\n\r");
    std::size_t end = text.find_last_not_of(" \t\n\r");
    if (begin == std::string::npos)
        return std::nullopt;
    const std::string trimmed = text.substr(begin, end - begin + 1);
    double value = 0;
    const auto [rest, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
    if (error != std::errc() || rest != trimmed.data() + trimmed.size())
        return std::nullopt;
    return value;
}

std::optional<long long> parseInteger(const std::string& text)
{
    long long value = 0;
    const char* begin = text.data();
    if (!text.empty() && text[0] == '+')
        ++begin;
    const auto [rest, error] = std::from_chars(begin, text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || rest != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(const std::string& text)
{
    static const char* const yes[] = { "true", "1", "yes", "on", "t", "y" };
    static const char* const no[] = { "false", "0", "no", "off", "f", "n" };
    std::string lowered;
    for (const char c : text)
        lowered.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    for (const char* word : yes) {
        if (lowered == word)
            return true;
    }
    for (const char* word : no) {
        if (lowered == word)
            return false;
    }
    return std::nullopt;
}

std::size_t characterCount(const std::string& utf8)
{
    std::size_t count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

Json ValidationIssue::toJson() const
{
    Json out = { { "type", type }, { "loc", loc }, { "msg", msg }, { "input", input } };
    if (!ctx.is_null())
        out["ctx"] = ctx;
    return out;
}

HttpResponse validationFailure(const std::vector<ValidationIssue>& issues)
{
    Json detail = Json::array();
    for (const auto& issue : issues)
        detail.push_back(issue.toJson());
    return HttpResponse::json(422, { { "detail", std::move(detail) } });
}

std::string pydanticAlternatives(const std::vector<std::string>& values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += i + 1 == values.size() ? " or " : ", ";
        text += "'" + values[i] + "'";
    }
    return text;
}

Schema::Schema(Kind kind)
    : m_kind(kind)
{
}

Schema Schema::string()
{
    return Schema(Kind::String);
}

Schema Schema::number()
{
    return Schema(Kind::Number);
}

Schema Schema::integer()
{
    return Schema(Kind::Integer);
}

Schema Schema::boolean()
{
    return Schema(Kind::Boolean);
}

Schema Schema::dictionary()
{
    return Schema(Kind::Dictionary);
}

Schema Schema::any()
{
    return Schema(Kind::Any);
}

Schema Schema::arrayOf(Schema items)
{
    Schema s(Kind::Array);
    s.m_items = std::make_shared<const Schema>(std::move(items));
    return s;
}

Schema Schema::enumOf(std::string name, std::vector<std::string> values)
{
    Schema s(Kind::Enum);
    s.m_name = std::move(name);
    s.m_values = std::move(values);
    return s;
}

Schema Schema::model(std::string name, std::vector<Field> fields)
{
    Schema s(Kind::Model);
    s.m_name = std::move(name);
    s.m_fields = std::move(fields);
    return s;
}

Schema& Schema::describe(std::string description)
{
    m_description = std::move(description);
    return *this;
}

Schema& Schema::nullable()
{
    m_nullable = true;
    return *this;
}

Schema& Schema::minimum(double value)
{
    m_minimum = value;
    return *this;
}

Schema& Schema::maximum(double value)
{
    m_maximum = value;
    return *this;
}

Schema& Schema::minLength(std::size_t length)
{
    m_minLength = length;
    return *this;
}

Schema& Schema::example(json value)
{
    m_example = std::move(value);
    return *this;
}

json Schema::validate(const json& value, const json& loc, std::vector<ValidationIssue>& issues, bool fromText) const
{
    const auto fail = [&](std::string type, std::string msg, json ctx = nullptr) {
        issues.push_back({ std::move(type), loc, std::move(msg), value, std::move(ctx) });
        return json();
    };
    if (value.is_null() && m_nullable)
        return value;

    switch (m_kind) {
    case Kind::Any:
        return value;
    case Kind::String: {
        if (!value.is_string())
            return fail("string_type", "Input should be a valid string");
        if (m_minLength && characterCount(value.get_ref<const std::string&>()) < *m_minLength) {
            return fail("string_too_short",
                "String should have at least " + std::to_string(*m_minLength)
                    + (*m_minLength == 1 ? " character" : " characters"),
                { { "min_length", *m_minLength } });
        }
        return value;
    }
    case Kind::Number:
    case Kind::Integer: {
        const bool integer = m_kind == Kind::Integer;
        json number;
        if (value.is_number()) {
            number = value;
        } else if (value.is_string()) {
            const std::string& text = value.get_ref<const std::string&>();
            if (integer) {
                const auto parsed = parseInteger(text);
                if (!parsed)
                    return fail("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
                number = *parsed;
            } else {
                const auto parsed = parseNumber(text);
                if (!parsed)
                    return fail("float_parsing", "Input should be a valid number, unable to parse string as a number");
                if (!std::isfinite(*parsed))
                    return fail("finite_number", "Input should be a finite number");
                number = *parsed;
            }
        } else {
            return integer ? fail("int_type", "Input should be a valid integer")
                           : fail("float_type", "Input should be a valid number");
        }
        if (integer && number.is_number_float()) {
            const double d = number.get<double>();
            if (std::floor(d) != d)
                return fail("int_from_float", "Input should be a valid integer, got a number with a fractional part");
            if (std::fabs(d) > 9.007199254740992e15)
                return fail("int_parsing_size", "Unable to parse input string as an integer, exceeded maximum size");
            number = static_cast<long long>(d);
        }
        const double d = number.get<double>();
        if (m_minimum && d < *m_minimum) {
            return fail("greater_than_equal", "Input should be greater than or equal to " + boundText(*m_minimum),
                { { "ge", boundJson(*m_minimum) } });
        }
        if (m_maximum && d > *m_maximum) {
            return fail("less_than_equal", "Input should be less than or equal to " + boundText(*m_maximum),
                { { "le", boundJson(*m_maximum) } });
        }
        return number;
    }
    case Kind::Boolean: {
        if (value.is_boolean())
            return value;
        if (value.is_string()) {
            if (const auto parsed = parseBoolean(value.get_ref<const std::string&>()))
                return *parsed;
            return fail("bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
        if (value.is_number_integer() && (value == 0 || value == 1))
            return value == 1;
        return fail("bool_type", "Input should be a valid boolean");
    }
    case Kind::Dictionary:
        if (!value.is_object())
            return fail("dict_type", "Input should be a valid dictionary");
        return value;
    case Kind::Array: {
        if (!value.is_array())
            return fail("list_type", "Input should be a valid list");
        json out = json::array();
        for (std::size_t i = 0; i < value.size(); ++i)
            out.push_back(m_items->validate(value[i], locWith(loc, i), issues, fromText));
        if (m_minLength && value.size() < *m_minLength) {
            return fail("too_short",
                "List should have at least " + std::to_string(*m_minLength) + (*m_minLength == 1 ? " item" : " items")
                    + " after validation, not " + std::to_string(value.size()),
                { { "field_type", "List" }, { "min_length", *m_minLength }, { "actual_length", value.size() } });
        }
        return out;
    }
    case Kind::Enum: {
        if (value.is_string()) {
            for (const auto& allowed : m_values) {
                if (value.get_ref<const std::string&>() == allowed)
                    return value;
            }
        }
        const std::string expected = pydanticAlternatives(m_values);
        return fail("enum", "Input should be " + expected, { { "expected", expected } });
    }
    case Kind::Model: {
        if (!value.is_object())
            return fail("model_attributes_type", "Input should be a valid dictionary or object to extract fields from");
        json out = json::object();
        for (const auto& field : m_fields) {
            const auto found = value.find(field.name);
            if (found == value.end()) {
                if (field.isRequired)
                    issues.push_back({ "missing", locWith(loc, field.name), "Field required", value, nullptr });
                else
                    out[field.name] = field.defaultValue;
                continue;
            }
            out[field.name] = field.schema.validate(*found, locWith(loc, field.name), issues, fromText);
        }
        return out; // fields the model does not name are ignored, as pydantic does by default
    }
    }
    return value;
}

json Schema::openApi(json& components) const
{
    json out;
    switch (m_kind) {
    case Kind::Any:
        out = json::object();
        break;
    case Kind::String:
        out = { { "type", "string" } };
        if (m_minLength)
            out["minLength"] = *m_minLength;
        break;
    case Kind::Number:
    case Kind::Integer:
        out = { { "type", m_kind == Kind::Integer ? "integer" : "number" } };
        if (m_minimum)
            out["minimum"] = boundJson(*m_minimum);
        if (m_maximum)
            out["maximum"] = boundJson(*m_maximum);
        break;
    case Kind::Boolean:
        out = { { "type", "boolean" } };
        break;
    case Kind::Dictionary:
        out = { { "type", "object" }, { "additionalProperties", true } };
        break;
    case Kind::Array:
        out = { { "type", "array" }, { "items", m_items->openApi(components) } };
        if (m_minLength)
            out["minItems"] = *m_minLength;
        break;
    case Kind::Enum:
        if (!components.contains(m_name))
            components[m_name] = { { "title", m_name }, { "type", "string" }, { "enum", m_values } };
        out = { { "$ref", "#/components/schemas/" + m_name } };
        break;
    case Kind::Model:
        if (!components.contains(m_name)) {
            components[m_name] = json::object(); // placed first, so a model that refers to itself ends
            json properties = json::object();
            json required = json::array();
            for (const auto& field : m_fields) {
                json property = field.schema.openApi(components);
                if (!field.isRequired && !field.defaultValue.is_null())
                    property["default"] = field.defaultValue;
                properties[field.name] = std::move(property);
                if (field.isRequired)
                    required.push_back(field.name);
            }
            json model = { { "title", m_name }, { "type", "object" }, { "properties", std::move(properties) } };
            if (!required.empty())
                model["required"] = std::move(required);
            if (!m_description.empty())
                model["description"] = m_description;
            components[m_name] = std::move(model);
        }
        out = { { "$ref", "#/components/schemas/" + m_name } };
        break;
    }
    if (m_nullable)
        out = { { "anyOf", json::array({ out, { { "type", "null" } } }) } };
    if (!m_description.empty() && m_kind != Kind::Model)
        out["description"] = m_description;
    if (!m_example.is_null())
        out["example"] = m_example;
    return out;
}

} // namespace notiflow::server
