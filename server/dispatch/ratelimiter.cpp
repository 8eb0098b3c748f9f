#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace notiflow::server {

RateLimiter::RateLimiter(Limits limits, std::size_t maxClients)
    : m_limits(limits)
    , m_maxClients(std::max<std::size_t>(maxClients, 1))
{
    m_limits.burst = std::max(m_limits.burst, 1.0);
}

void RateLimiter::refill(Bucket& bucket, Clock::time_point now) const
{
    const double seconds = std::chrono::duration<double>(now - bucket.updated).count();
    if (seconds > 0) {
        bucket.tokens = std::min(m_limits.burst, bucket.tokens + seconds * m_limits.perSecond);
        bucket.updated = now;
    }
}

void RateLimiter::makeRoom(Clock::time_point now)
{
    // A bucket that has filled up again is the same as no bucket at all: forget those first.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it->second, now);
        it = it->second.tokens >= m_limits.burst ? m_buckets.erase(it) : std::next(it);
    }
    if (m_buckets.size() < m_maxClients)
        return;
    // Every tracked client is busy: forget the one heard from longest ago (it gets a fresh bucket next time).
    const auto oldest = std::min_element(m_buckets.begin(), m_buckets.end(),
        [](const auto& a, const auto& b) { return a.second.updated < b.second.updated; });
    m_buckets.erase(oldest);
}

RateLimiter::Decision RateLimiter::admit(const std::string& client, Clock::time_point now)
{
    if (m_limits.perSecond <= 0)
        return {};
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxClients)
            makeRoom(now);
        it = m_buckets.emplace(client, Bucket { m_limits.burst, now }).first;
    }
    Bucket& bucket = it->second;
    refill(bucket, now);
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return {};
    }
    const double wait = (1 - bucket.tokens) / m_limits.perSecond;
    return { false, std::max(1, static_cast<int>(std::ceil(wait))) };
}

} // namespace notiflow::server
