// One HTTP request and its answer as plain data: what the dispatcher takes and gives, with no socket in sight.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow::server {

// Response documents keep their fields in the order written, as pydantic's do.
using Json = nlohmann::ordered_json;

struct HttpHeader {
    std::string name;
    std::string value;
};

struct HttpRequest {
    std::string method; // "GET"
    std::string path; // as received, still percent-encoded: "/demo/compare/price-drop"
    std::string query; // the raw query string after '?', without it
    std::vector<HttpHeader> headers;
    std::string body;
    std::string clientAddress; // "127.0.0.1": what the rate limiter counts by

    // The first header of that name (names compare without case), or an empty view.
    std::string_view header(std::string_view name) const;
    bool hasHeader(std::string_view name) const;
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::vector<HttpHeader> headers; // besides Content-Type and Content-Length, which the transport writes
    std::string body;

    static HttpResponse json(int status, const Json& body);
    // {"detail": "..."}: the shape of every error the original's framework answers outside validation.
    static HttpResponse detail(int status, const std::string& message);
};

// "Not Found" for 404; "" for a status this server never sends.
const char* reasonPhrase(int status);

bool equalsIgnoringCase(std::string_view a, std::string_view b);

// Percent-decoding of a path segment or query component ('+' is a space only in a query). Returns false on a
// malformed escape ("%4", "%zz"), leaving `out` unspecified.
bool percentDecode(std::string_view text, bool plusIsSpace, std::string& out);

} // namespace notiflow::server
