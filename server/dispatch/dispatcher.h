// The whole HTTP API without sockets: (method, path, query, headers, body) in, (status, headers, JSON body) out.
// It rate-limits by client address, routes by the route table (404, 405 with Allow), checks the bearer token,
// validates parameters and body (422 in pydantic 2's shape) and only then calls an endpoint.
#pragma once

#include "apicontext.h"
#include "httpmessage.h"
#include "ratelimiter.h"
#include "route.h"

#include <functional>
#include <memory>

namespace notiflow::server {

class ActionEndpoints;
class DataEndpoints;
class DemoEndpoints;
class NotifyEndpoints;

class Dispatcher {
public:
    struct Options {
        std::string token; // empty: no token needed
        RateLimiter::Limits rateLimit;
        std::function<RateLimiter::Clock::time_point()> clock; // steady_clock::now when empty (tests set it)
    };

    Dispatcher(std::shared_ptr<const ApiContext> context, Options options);
    ~Dispatcher();
    Dispatcher(const Dispatcher&) = delete;
    Dispatcher& operator=(const Dispatcher&) = delete;

    // Never throws: an endpoint that fails unexpectedly is answered with 500. When the result carries `work`, run
    // it (on any thread) for the response; the work itself may throw, which is a 500 too.
    DispatchResult dispatch(const HttpRequest& request);

    const std::vector<Route>& routes() const { return m_routes; }
    const Json& openApi() const { return m_openApi; }
    bool requiresToken() const { return !m_options.token.empty(); }

private:
    DispatchResult route(const HttpRequest& request);
    DispatchResult call(const Route& route, const HttpRequest& request, std::map<std::string, std::string> parameters);
    bool authorized(const HttpRequest& request) const;

    std::shared_ptr<const ApiContext> m_context;
    Options m_options;
    RateLimiter m_rateLimiter;
    std::unique_ptr<NotifyEndpoints> m_notify;
    std::unique_ptr<DemoEndpoints> m_demo;
    std::unique_ptr<DataEndpoints> m_data;
    std::unique_ptr<ActionEndpoints> m_actions;
    std::vector<Route> m_routes;
    Json m_openApi;
    std::string m_docsPage;
};

} // namespace notiflow::server
