// The shape of a request body, parameter or response, described once and used twice: to validate requests with
// the errors pydantic 2 gives (type, loc, msg, input, ctx) and to write the OpenAPI document, so the docs cannot
// drift from what the server enforces.
#pragma once

#include "httpmessage.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace notiflow::server {

// One entry of a 422 answer's "detail" list.
struct ValidationIssue {
    std::string type; // "missing", "string_type", "enum", ...
    nlohmann::json loc; // ["body", "customer_ids", 2]
    std::string msg;
    nlohmann::json input;
    nlohmann::json ctx; // null when pydantic gives none

    Json toJson() const;
};

class Schema {
public:
    enum class Kind { String, Number, Integer, Boolean, Dictionary, Array, Enum, Model, Any };

    struct Field;

    static Schema string();
    static Schema number();
    static Schema integer();
    static Schema boolean();
    static Schema dictionary(); // any JSON object (a template context)
    static Schema any();
    static Schema arrayOf(Schema items);
    static Schema enumOf(std::string name, std::vector<std::string> values);
    // A named object with fields: documented once under components/schemas and referred to by name.
    static Schema model(std::string name, std::vector<Field> fields);

    Schema& describe(std::string description);
    Schema& nullable();
    Schema& minimum(double value);
    Schema& maximum(double value);
    Schema& minLength(std::size_t length); // strings: characters; arrays: items
    Schema& example(nlohmann::json value);

    Kind kind() const { return m_kind; }
    const std::string& name() const { return m_name; }
    const std::vector<Field>& fields() const { return m_fields; }

    // Checks `value` and returns it as the handlers read it: defaults filled in, numbers given as numeric
    // strings converted (pydantic's lax mode does that too). Problems are appended to `issues`, located under
    // `loc`. `fromText` is set for query and path parameters, whose values are always strings.
    nlohmann::json validate(const nlohmann::json& value, const nlohmann::json& loc,
        std::vector<ValidationIssue>& issues, bool fromText = false) const;

    // The OpenAPI 3 schema object; named models become $refs and are added to `components` once.
    nlohmann::json openApi(nlohmann::json& components) const;

private:
    explicit Schema(Kind kind);

    Kind m_kind;
    std::string m_name;
    std::string m_description;
    bool m_nullable = false;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
    std::optional<std::size_t> m_minLength;
    nlohmann::json m_example;
    std::vector<std::string> m_values; // Enum
    std::shared_ptr<const Schema> m_items; // Array
    std::vector<Field> m_fields; // Model
};

struct Schema::Field {
    std::string name;
    Schema schema;
    bool isRequired = true;
    nlohmann::json defaultValue = nullptr; // filled in when an optional field is absent

    static Field required(std::string name, Schema schema) { return { std::move(name), std::move(schema), true }; }
    static Field optional(std::string name, Schema schema, nlohmann::json defaultValue = nullptr)
    {
        return { std::move(name), std::move(schema), false, std::move(defaultValue) };
    }
};

// The answer to a request that failed validation: status 422, {"detail": [issue, ...]}.
HttpResponse validationFailure(const std::vector<ValidationIssue>& issues);

// "'a', 'b' or 'c'": how pydantic lists the allowed values of an enum in its message.
std::string pydanticAlternatives(const std::vector<std::string>& values);

} // namespace notiflow::server
