// GET /data/{customers|products|orders|carts|preferences|payments}: the records of one data domain, in the data
// files' field names.
#pragma once

#include "apicontext.h"
#include "route.h"

namespace notiflow::server {

class DataEndpoints {
public:
    explicit DataEndpoints(std::shared_ptr<const ApiContext> context);

    void addRoutes(std::vector<Route>& routes);

    static const std::vector<std::string>& domains(); // "customers", "products", ...

private:
    DispatchResult records(const RouteCall& call, const std::string& domain);

    std::shared_ptr<const ApiContext> m_context;
};

} // namespace notiflow::server
