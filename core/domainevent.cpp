#include "domainevent.h"

#include <array>

namespace notiflow {

namespace {
constexpr std::array<const char*, 6> eventIds { "OrderStatusChanged", "LineItemStatusChanged", "PaymentFailed",
    "PaymentSucceeded", "PriceChanged", "PromotionActivated" };
}

const char* eventTypeId(EventType t)
{
    return eventIds.at(static_cast<std::size_t>(t));
}

std::optional<EventType> eventTypeFromId(std::string_view s)
{
    for (std::size_t i = 0; i < eventIds.size(); ++i) {
        if (s == eventIds[i])
            return static_cast<EventType>(i);
    }
    return std::nullopt;
}

} // namespace notiflow
