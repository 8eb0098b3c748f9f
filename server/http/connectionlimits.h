// How much a client may send, and how slowly, before the guarded socket answers for the server and hangs up.
#pragma once

#include "requestframer.h"

namespace notiflow::server {

struct ConnectionLimits {
    RequestFramer::Limits framing; // 16 KiB of header (431), 1 MiB of body (413)
    int headerTimeoutMs = 10'000; // from a request's first byte to the end of its header (408)
    int requestTimeoutMs = 30'000; // from a request's first byte to its last (408)
    int idleTimeoutMs = 15'000; // an open connection with no request under way is closed after this
    int writeTimeoutMs = 30'000; // an answer the client does not read for this long is abandoned
    int maxConnections = 512; // beyond: 503 and close
    int maxConnectionsPerAddress = 64;
};

} // namespace notiflow::server
