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

} // namespace notiflow
