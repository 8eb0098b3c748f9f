// A token bucket per client address: each address may make `burst` requests at once and `perSecond` requests a
// second after that; beyond it the answer is 429 with the seconds to wait. The table of addresses is bounded so
// that many addresses cannot make it grow without end.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>

namespace notiflow::server {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    struct Limits {
        double perSecond = 20; // 0 or less: no limit
        double burst = 40;
    };

    struct Decision {
        bool allowed = true;
        int retryAfterSeconds = 0; // whole seconds until one more request is allowed, when not allowed
    };

    explicit RateLimiter(Limits limits, std::size_t maxClients = 10000);

    Decision admit(const std::string& client, Clock::time_point now);
    const Limits& limits() const { return m_limits; }
    std::size_t trackedClients() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point updated;
    };

    void refill(Bucket& bucket, Clock::time_point now) const;
    void makeRoom(Clock::time_point now);

    Limits m_limits;
    std::size_t m_maxClients;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace notiflow::server
