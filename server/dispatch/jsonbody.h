// Reading a request body as JSON, with the loader's guards (nesting depth, repeated keys, invalid UTF-8) and the
// answer pydantic 2 gives when it cannot: a json_invalid issue whose message says where the text went wrong.
#pragma once

#include "schema.h"

#include <string_view>

namespace notiflow::server {

struct JsonBody {
    nlohmann::json value; // null when the body is empty or unreadable
    bool empty = false; // no body at all (or only whitespace)
    std::optional<ValidationIssue> error; // set when the text is not JSON
};

JsonBody readJsonBody(std::string_view text);

// The character index (counting UTF-8 sequences, not bytes) of a 1-based line and column, as Python reports
// positions in a JSON decode error.
std::size_t characterIndexOf(std::string_view text, int line, int column);

} // namespace notiflow::server
