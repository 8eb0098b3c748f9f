// The /docs page: written once from the OpenAPI document, it lists every endpoint with its parameters, request and
// response schemas, and a form to try each one. Self-contained: its style and script are inline and it loads
// nothing from the network.
#pragma once

#include "httpmessage.h"

#include <string>

namespace notiflow::server {

std::string docsPage(const Json& openApi);

// An example value for a schema, as the try-it form fills in a request body.
Json exampleOf(const Json& schema, const Json& components, int depth = 0);

} // namespace notiflow::server
