// Whole-scenario endpoints: POST /demo/{event-sourced|api-driven|compare}/{scenario} with the original's
// DemoResult and ComparisonResult, GET /scenarios, and POST /scenarios/run with a scenario document. Each run
// starts from a fresh copy of the data set and is handed back as work for a thread other than the serving one.
#pragma once

#include "apicontext.h"
#include "route.h"

#include <optional>

namespace notiflow::server {

class DemoEndpoints {
public:
    explicit DemoEndpoints(std::shared_ptr<const ApiContext> context);

    void addRoutes(std::vector<Route>& routes);

private:
    enum class Approach { EventSourced, ApiDriven, Compare };

    DispatchResult demo(const RouteCall& call, Approach approach);
    DispatchResult listScenarios(const RouteCall& call);
    DispatchResult runScenario(const RouteCall& call);
    // The scenario a demo runs: the named one, or, for the original's three demos given their query
    // parameters, that single action on those ids. Sets `error` when an id is unknown.
    std::optional<Scenario> demoScenario(const RouteCall& call, HttpResponse& error) const;

    std::shared_ptr<const ApiContext> m_context;
};

} // namespace notiflow::server
