// Domain actions on the server's live state: POST /actions/{action} runs one action after those before it in both
// architectures (all or nothing) and answers with what it did in each; POST /reset starts the state afresh.
#pragma once

#include "apicontext.h"
#include "route.h"

namespace notiflow::server {

class ActionEndpoints {
public:
    explicit ActionEndpoints(std::shared_ptr<const ApiContext> context);

    void addRoutes(std::vector<Route>& routes);

private:
    DispatchResult apply(const RouteCall& call, ActionType type);
    DispatchResult reset(const RouteCall& call);

    std::shared_ptr<const ApiContext> m_context;
};

} // namespace notiflow::server
