// One endpoint of the API as data: method, path, what it takes and answers, and the function that serves it.
// The dispatcher routes by this table and the OpenAPI document is written from it, so they cannot disagree.
#pragma once

#include "httpmessage.h"
#include "schema.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace notiflow::server {

// What a handler gets: the request and its parameters and body, already validated against the route.
struct RouteCall {
    const HttpRequest& request;
    std::map<std::string, std::string> pathParameters; // percent-decoded
    nlohmann::json query = nlohmann::json::object(); // validated, defaults filled in
    nlohmann::json body; // validated, defaults filled in; null for routes without a body
    nlohmann::json rawBody; // the body as sent, fields the route does not name included
};

// A handler's answer: ready now, or work to run away from the serving thread (it must only read what it
// captured), whose result is then sent.
struct DispatchResult {
    HttpResponse response;
    std::function<HttpResponse()> work;
};

struct RouteParameter {
    std::string name;
    std::string in; // "path" or "query"
    Schema schema;
    bool required = false;
    nlohmann::json defaultValue = nullptr;
};

struct RouteResponse {
    int status = 200;
    std::string description;
    std::optional<Schema> schema; // absent: not JSON (the docs page) or not described
    std::string contentType = "application/json";
};

struct Route {
    std::string method; // "GET", "POST"
    std::string path; // "/demo/compare/{scenario}": literal segments and whole-segment {parameters}
    std::string operationId;
    std::string tag;
    std::string summary;
    std::string description;
    std::vector<RouteParameter> parameters;
    std::optional<Schema> requestBody;
    std::vector<RouteResponse> responses;
    bool open = false; // answered without a token (health, docs, OpenAPI document)
    std::function<DispatchResult(const RouteCall&)> handler;
};

} // namespace notiflow::server
