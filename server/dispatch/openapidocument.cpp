#include "openapidocument.h"

namespace notiflow::server {

namespace {
std::string lowered(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}
} // namespace

Json openApiDocument(const std::vector<Route>& routes, bool tokenRequired)
{
    nlohmann::json components = nlohmann::json::object();
    Json paths = Json::object();
    for (const Route& route : routes) {
        Json operation
            = { { "tags", { route.tag } }, { "summary", route.summary }, { "operationId", route.operationId } };
        if (!route.description.empty())
            operation["description"] = route.description;
        if (!route.parameters.empty()) {
            Json parameters = Json::array();
            for (const RouteParameter& p : route.parameters) {
                Json schema = p.schema.openApi(components);
                if (!p.defaultValue.is_null())
                    schema["default"] = p.defaultValue;
                parameters.push_back({ { "name", p.name }, { "in", p.in }, { "required", p.required },
                    { "schema", std::move(schema) } });
            }
            operation["parameters"] = std::move(parameters);
        }
        if (route.requestBody) {
            operation["requestBody"] = { { "required", true },
                { "content", { { "application/json", { { "schema", route.requestBody->openApi(components) } } } } } };
        }
        Json responses = Json::object();
        for (const RouteResponse& r : route.responses) {
            Json response = { { "description", r.description } };
            Json media = Json::object();
            if (r.schema)
                media["schema"] = r.schema->openApi(components);
            response["content"] = { { r.contentType, std::move(media) } };
            responses[std::to_string(r.status)] = std::move(response);
        }
        if (tokenRequired && !route.open) {
            responses["401"] = { { "description", "Missing or wrong bearer token." } };
        }
        responses["429"] = { { "description", "Too many requests from this address; see Retry-After." } };
        operation["responses"] = std::move(responses);
        if (tokenRequired && route.open)
            operation["security"] = Json::array();
        paths[route.path][lowered(route.method)] = std::move(operation);
    }
    Json document = {
        { "openapi", "3.1.0" },
        { "info",
            { { "title", "notiflow" }, { "version", NOTIFLOW_VERSION },
                { "description",
                    "Event-sourced and API-driven notification architectures on the same data. The notification "
                    "API (/notify), demos of whole scenarios in either architecture or both (/demo), scenario "
                    "documents (/scenarios/run), domain actions on live state shared by both architectures "
                    "(/actions, /reset) and the data (/data). Errors carry {\"detail\": ...}; validation errors "
                    "are 422 with a list of {type, loc, msg, input}." } } },
        { "paths", std::move(paths) },
        { "components", { { "schemas", components } } },
    };
    if (tokenRequired) {
        document["components"]["securitySchemes"] = { { "bearer", { { "type", "http" }, { "scheme", "bearer" } } } };
        document["security"] = Json::array({ { { "bearer", Json::array() } } });
    }
    return document;
}

} // namespace notiflow::server
