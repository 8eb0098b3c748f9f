// libFuzzer target: the guarded socket's request framer, fed the input in pieces whose sizes come from the input
// itself. It must never consume more than it is given, and a request it completes must frame again, unchanged,
// when fed back whole (the normalised form is a fixed point, give or take the Content-Length line it may add).
#include "requestframer.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    using notiflow::server::RequestFramer;
    if (size < 1)
        return 0;
    RequestFramer::Limits limits;
    limits.maxHeaderBytes = 2048; // small limits, so that inputs of a few kilobytes reach them
    limits.maxRequestLineBytes = 512;
    limits.maxHeaderFields = 20;
    limits.maxBodyBytes = 4096;
    const std::size_t piece = 1 + bytes[0] % 16;
    const std::string_view input(reinterpret_cast<const char*>(bytes) + 1, size - 1);

    RequestFramer framer(limits);
    std::size_t offset = 0;
    while (offset < input.size()) {
        const std::string_view chunk = input.substr(offset, piece);
        const std::size_t used = framer.feed(chunk);
        if (used > chunk.size())
            __builtin_trap();
        offset += used;
        if (framer.state() == RequestFramer::State::Failed) {
            if (framer.failure().status < 400 || framer.failure().detail.empty())
                __builtin_trap();
            break;
        }
        if (framer.state() == RequestFramer::State::Complete) {
            const std::string normalised = framer.request();
            // Normalising may add one field (Content-Length) and its bytes, which may cross a limit by that much.
            RequestFramer::Limits relaxed = limits;
            relaxed.maxHeaderFields += 1;
            relaxed.maxHeaderBytes += 64;
            RequestFramer again(relaxed);
            if (again.feed(normalised) != normalised.size() || again.state() != RequestFramer::State::Complete
                || again.request() != normalised || again.keepAlive() != framer.keepAlive())
                __builtin_trap();
            framer.next();
            continue;
        }
        if (used == 0)
            __builtin_trap(); // neither finished nor failed, yet it took nothing
    }
    return 0;
}
