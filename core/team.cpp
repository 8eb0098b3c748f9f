#include "team.h"

#include <array>

namespace notiflow {

std::string_view teamId(Team t)
{
    static constexpr std::array<std::string_view, teamCount> ids { "ordering", "pricing", "billing", "promotions",
        "notification", "platform", "customers", "carts" };
    return ids.at(static_cast<std::size_t>(t));
}

std::optional<Team> teamOf(Component c)
{
    switch (c) {
    case Component::OutsideWorld:
        return std::nullopt;
    case Component::OrderingService:
    case Component::Orders:
        return Team::Ordering;
    case Component::PricingService:
    case Component::Products:
        return Team::Pricing;
    case Component::BillingService:
    case Component::Payments:
        return Team::Billing;
    case Component::PromotionsService:
        return Team::Promotions;
    case Component::EventBus:
        return Team::Platform;
    case Component::Customers:
        return Team::Customers;
    case Component::Carts:
        return Team::Carts;
    case Component::NotificationService:
    case Component::EventCorrelator:
    case Component::NotificationApi:
    case Component::Preferences:
    case Component::Email:
    case Component::Sms:
        return Team::Notification;
    }
    return std::nullopt;
}

} // namespace notiflow
