// POST /notify and /notify/bulk (also under /api): the API-driven architecture's notification API, called
// directly from outside, with the original's request and response shapes.
#pragma once

#include "apicontext.h"
#include "route.h"

namespace notiflow::server {

class NotifyEndpoints {
public:
    explicit NotifyEndpoints(std::shared_ptr<const ApiContext> context);

    void addRoutes(std::vector<Route>& routes);

private:
    struct Outcome {
        bool customerFound = false;
        Json response; // NotificationResponse
    };

    Outcome notifyOne(const std::string& type, const std::string& customerId, const nlohmann::json& context,
        const nlohmann::json& channels);
    DispatchResult notify(const RouteCall& call);
    DispatchResult notifyBulk(const RouteCall& call);

    std::shared_ptr<const ApiContext> m_context;
};

} // namespace notiflow::server
