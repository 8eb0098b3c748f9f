#include "timing.h"

#include <array>

namespace notiflow {

namespace {
constexpr std::array<TimingKey, 7> keys { {
    { "request_ms", &Timing::requestMs },
    { "query_ms", &Timing::queryMs },
    { "update_ms", &Timing::updateMs },
    { "publish_ms", &Timing::publishMs },
    { "bus_lag_ms", &Timing::busLagMs },
    { "send_ms", &Timing::sendMs },
    { "action_gap_ms", &Timing::actionGapMs },
} };
} // namespace

std::span<const TimingKey> timingKeys()
{
    return keys;
}

} // namespace notiflow
