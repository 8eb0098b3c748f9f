#include "component.h"

namespace notiflow {

namespace {
struct ComponentInfo {
    std::string_view id;
    std::string_view name;
    ComponentRole role;
};

constexpr std::array<ComponentInfo, componentCount> infos { {
    { "outside_world", "Outside world", ComponentRole::Trigger },
    { "ordering_service", "Ordering service", ComponentRole::DomainService },
    { "pricing_service", "Pricing service", ComponentRole::DomainService },
    { "billing_service", "Billing service", ComponentRole::DomainService },
    { "promotions_service", "Promotions service", ComponentRole::DomainService },
    { "event_bus", "Event bus", ComponentRole::Infrastructure },
    { "notification_service", "Notification service", ComponentRole::NotificationSide },
    { "event_correlator", "Event correlator", ComponentRole::NotificationSide },
    { "notification_api", "Notification API", ComponentRole::NotificationSide },
    { "customers", "Customers", ComponentRole::DataDomain },
    { "products", "Products", ComponentRole::DataDomain },
    { "orders", "Orders", ComponentRole::DataDomain },
    { "carts", "Carts", ComponentRole::DataDomain },
    { "preferences", "Preferences", ComponentRole::DataDomain },
    { "payments", "Payments", ComponentRole::DataDomain },
    { "email", "Email", ComponentRole::Channel },
    { "sms", "SMS", ComponentRole::Channel },
} };
} // namespace

std::string_view componentId(Component c)
{
    return infos.at(static_cast<std::size_t>(c)).id;
}
std::string_view componentName(Component c)
{
    return infos.at(static_cast<std::size_t>(c)).name;
}
ComponentRole componentRole(Component c)
{
    return infos.at(static_cast<std::size_t>(c)).role;
}
bool isDataDomain(Component c)
{
    return componentRole(c) == ComponentRole::DataDomain;
}

std::optional<Component> domainOwner(Component domain, Architecture arch)
{
    switch (domain) {
    case Component::Orders:
        return Component::OrderingService;
    case Component::Products:
        return Component::PricingService;
    case Component::Payments:
        return Component::BillingService;
    case Component::Preferences:
        return arch == Architecture::EventSourced ? Component::NotificationService : Component::NotificationApi;
    default:
        return std::nullopt;
    }
}

std::string_view architectureId(Architecture a)
{
    return a == Architecture::EventSourced ? "event_sourced" : "api_driven";
}
std::string_view architectureName(Architecture a)
{
    return a == Architecture::EventSourced ? "Event-sourced" : "API-driven";
}

} // namespace notiflow
