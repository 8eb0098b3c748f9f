// POST /notify and /notify/bulk (also under /api): the API-driven architecture's notification API, called
// directly from outside, with the original's request and response shapes. Each call is recorded as an API-driven
// run; the live session keeps it when a window replays the session.
#pragma once

#include "apicontext.h"
#include "route.h"

namespace notiflow::server {

class NotifyEndpoints {
public:
    explicit NotifyEndpoints(std::shared_ptr<const ApiContext> context);

    void addRoutes(std::vector<Route>& routes);

private:
    // While a window replays the live session, each call is recorded there too, away from the serving thread.
    DispatchResult notify(const RouteCall& call);
    DispatchResult notifyBulk(const RouteCall& call);

    std::shared_ptr<const ApiContext> m_context;
};

} // namespace notiflow::server
