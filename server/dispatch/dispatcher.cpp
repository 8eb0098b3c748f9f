#include "dispatcher.h"

#include "actionendpoints.h"
#include "apischemas.h"
#include "dataendpoints.h"
#include "demoendpoints.h"
#include "docspage.h"
#include "jsonbody.h"
#include "notifyendpoints.h"
#include "openapidocument.h"
#include "randomid.h"

#include <algorithm>
#include <set>

namespace notiflow::server {

namespace {

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

// Matches "/demo/compare/{scenario}" against a request path; fills the decoded parameters.
bool matches(
    std::string_view pattern, const std::vector<std::string>& segments, std::map<std::string, std::string>& parameters)
{
    const auto parts = split(pattern.substr(1), '/');
    if (parts.size() != segments.size())
        return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view part = parts[i];
        if (part.starts_with('{')) {
            if (segments[i].empty())
                return false;
            found.emplace(std::string(part.substr(1, part.size() - 2)), segments[i]);
        } else if (part != segments[i]) {
            return false;
        }
    }
    parameters = std::move(found);
    return true;
}

std::map<std::string, std::string> queryParameters(std::string_view query)
{
    std::map<std::string, std::string> values;
    if (query.empty())
        return values;
    for (const std::string_view pair : split(query, '&')) {
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        std::string name;
        std::string value;
        // A malformed escape is kept as written, as Python's unquote does.
        if (!percentDecode(pair.substr(0, equals), true, name))
            name = std::string(pair.substr(0, equals));
        if (equals != std::string_view::npos && !percentDecode(pair.substr(equals + 1), true, value))
            value = std::string(pair.substr(equals + 1));
        values[name] = std::move(value); // the last one wins, as for a FastAPI scalar parameter
    }
    return values;
}

} // namespace

Dispatcher::Dispatcher(std::shared_ptr<const ApiContext> context, Options options)
    : m_context(std::move(context))
    , m_options(std::move(options))
    , m_rateLimiter(m_options.rateLimit)
    , m_notify(std::make_unique<NotifyEndpoints>(m_context))
    , m_demo(std::make_unique<DemoEndpoints>(m_context))
    , m_data(std::make_unique<DataEndpoints>(m_context))
    , m_actions(std::make_unique<ActionEndpoints>(m_context))
{
    if (!m_options.clock)
        m_options.clock = [] { return RateLimiter::Clock::now(); };

    m_routes.push_back({ "GET", "/health", "health", "Health", "Is the server up?", "Needs no token.", {}, {},
        { { 200, "Healthy.", schemas::health() } }, true, [](const RouteCall&) {
            return DispatchResult { HttpResponse::json(200, { { "status", "healthy" }, { "service", "notiflow" } }),
                {} };
        } });
    m_notify->addRoutes(m_routes);
    m_demo->addRoutes(m_routes);
    m_data->addRoutes(m_routes);
    m_actions->addRoutes(m_routes);
    m_routes.push_back({ "GET", "/openapi.json", "openApi", "Documentation", "This API as an OpenAPI 3 document",
        "Needs no token.", {}, {}, { { 200, "The OpenAPI document.", std::nullopt } }, true, [this](const RouteCall&) {
            return DispatchResult { HttpResponse::json(200, m_openApi), {} };
        } });
    m_routes.push_back({ "GET", "/docs", "docs", "Documentation", "Interactive documentation",
        "A page listing every endpoint with its schemas and a form to try each one. Self-contained: it loads "
        "nothing from the network. Needs no token.",
        {}, {}, { { 200, "An HTML page.", std::nullopt, "text/html" } }, true, [this](const RouteCall&) {
            HttpResponse page;
            page.contentType = "text/html; charset=utf-8";
            // The page may run its own inline script and talk to this server, and nothing else.
            page.headers.push_back({ "Content-Security-Policy",
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
                "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" });
            page.body = m_docsPage;
            return DispatchResult { std::move(page), {} };
        } });

    m_openApi = openApiDocument(m_routes, requiresToken());
    m_docsPage = docsPage(m_openApi);
}

Dispatcher::~Dispatcher() = default;

bool Dispatcher::authorized(const HttpRequest& request) const
{
    const std::string_view header = request.header("Authorization");
    constexpr std::string_view scheme = "bearer ";
    if (header.size() <= scheme.size() || !equalsIgnoringCase(header.substr(0, scheme.size()), scheme))
        return false;
    std::string_view presented = header.substr(scheme.size());
    while (!presented.empty() && presented.front() == ' ')
        presented.remove_prefix(1);
    return constantTimeEquals(std::string(presented), m_options.token);
}

DispatchResult Dispatcher::dispatch(const HttpRequest& request)
{
    try {
        const auto decision = m_rateLimiter.admit(request.clientAddress, m_options.clock());
        if (!decision.allowed) {
            HttpResponse response = HttpResponse::detail(429,
                "Too many requests: at most " + std::to_string(static_cast<int>(m_options.rateLimit.perSecond))
                    + " a second from one address. Try again in " + std::to_string(decision.retryAfterSeconds) + " s.");
            response.headers.push_back({ "Retry-After", std::to_string(decision.retryAfterSeconds) });
            return { std::move(response), {} };
        }
        return route(request);
    } catch (const std::exception&) {
        return { HttpResponse::detail(500, "Internal Server Error"), {} };
    }
}

DispatchResult Dispatcher::route(const HttpRequest& request)
{
    std::vector<std::string> segments;
    if (request.path.empty() || request.path[0] != '/')
        return { HttpResponse::detail(404, "Not Found"), {} };
    for (const std::string_view raw : split(std::string_view(request.path).substr(1), '/')) {
        std::string decoded;
        if (!percentDecode(raw, false, decoded))
            return { HttpResponse::detail(404, "Not Found"), {} };
        segments.push_back(std::move(decoded));
    }
    // HEAD is GET without the body, which the transport leaves out.
    const std::string method = request.method == "HEAD" ? "GET" : request.method;
    std::set<std::string> allowed;
    for (const Route& r : m_routes) {
        std::map<std::string, std::string> parameters;
        if (!matches(r.path, segments, parameters))
            continue;
        if (r.method == method) {
            if (!r.open && requiresToken() && !authorized(request)) {
                HttpResponse response = HttpResponse::detail(401,
                    request.hasHeader("Authorization") ? "Invalid token"
                                                       : "Not authenticated: send Authorization: Bearer TOKEN");
                response.headers.push_back({ "WWW-Authenticate", "Bearer" });
                return { std::move(response), {} };
            }
            return call(r, request, std::move(parameters));
        }
        allowed.insert(r.method);
    }
    if (allowed.empty())
        return { HttpResponse::detail(404, "Not Found"), {} };
    std::string allow;
    for (const auto& m : allowed)
        allow += (allow.empty() ? "" : ", ") + m;
    HttpResponse response = HttpResponse::detail(405, "Method Not Allowed");
    response.headers.push_back({ "Allow", allow });
    return { std::move(response), {} };
}

DispatchResult Dispatcher::call(
    const Route& route, const HttpRequest& request, std::map<std::string, std::string> parameters)
{
    RouteCall call { .request = request,
        .pathParameters = std::move(parameters),
        .query = nlohmann::json::object(),
        .body = nullptr,
        .rawBody = nullptr };
    std::vector<ValidationIssue> issues;
    const auto query = queryParameters(request.query);
    for (const RouteParameter& p : route.parameters) {
        if (p.in == "path") {
            const nlohmann::json value = p.schema.validate(
                call.pathParameters[p.name], nlohmann::json::array({ "path", p.name }), issues, true);
            if (value.is_string())
                call.pathParameters[p.name] = value.get<std::string>();
            continue;
        }
        const auto found = query.find(p.name);
        if (found == query.end()) {
            if (p.required)
                issues.push_back(
                    { "missing", nlohmann::json::array({ "query", p.name }), "Field required", nullptr, nullptr });
            call.query[p.name] = p.defaultValue;
            continue;
        }
        call.query[p.name] = p.schema.validate(found->second, nlohmann::json::array({ "query", p.name }), issues, true);
    }
    if (route.requestBody) {
        JsonBody body = readJsonBody(request.body);
        if (body.error) {
            issues.push_back(std::move(*body.error));
        } else if (body.empty) {
            issues.push_back({ "missing", nlohmann::json::array({ "body" }), "Field required", nullptr, nullptr });
        } else {
            call.body = route.requestBody->validate(body.value, nlohmann::json::array({ "body" }), issues);
            call.rawBody = std::move(body.value);
        }
    }
    if (!issues.empty())
        return { validationFailure(issues), {} };
    return route.handler(call);
}

} // namespace notiflow::server
