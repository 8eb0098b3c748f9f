// Writes the OpenAPI 3.1 document of the API from its route table: every path and method, parameters, request
// and response schemas (named models under components), and the bearer scheme when a token is required.
#pragma once

#include "route.h"

namespace notiflow::server {

Json openApiDocument(const std::vector<Route>& routes, bool tokenRequired);

} // namespace notiflow::server
