// Random identifiers: request ids in the original's format (UUID version 4) and bearer tokens.
#pragma once

#include <string>

namespace notiflow::server {

std::string uuid4(); // "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"
std::string randomToken(); // 40 hex digits (160 bits) from the operating system's random source

// Compares in time that depends only on the lengths, so a wrong token's prefix cannot be found by timing.
bool constantTimeEquals(const std::string& a, const std::string& b);

} // namespace notiflow::server
