// The parts of the platform that appear in a run: services, infrastructure, data domains and channels.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace notiflow {

enum class Component {
    OutsideWorld,
    OrderingService,
    PricingService,
    BillingService,
    PromotionsService,
    EventBus,
    NotificationService,
    EventCorrelator,
    NotificationApi,
    Customers,
    Products,
    Orders,
    Carts,
    Preferences,
    Payments,
    Email,
    Sms,
};

inline constexpr int componentCount = 17;

enum class ComponentRole { Trigger, DomainService, Infrastructure, NotificationSide, DataDomain, Channel };

enum class Architecture { EventSourced, ApiDriven };

inline constexpr std::array<Architecture, 2> allArchitectures { Architecture::EventSourced, Architecture::ApiDriven };

std::string_view componentId(Component c); // "pricing_service"
std::string_view componentName(Component c); // "Pricing service"
ComponentRole componentRole(Component c);
bool isDataDomain(Component c);

// The component that owns a data domain, per architecture; nullopt for Customers and Carts, whose teams sit
// outside this picture. Preferences belong to the notification side: the notification service when events
// are used, the notification API when it is called directly.
std::optional<Component> domainOwner(Component domain, Architecture arch);

std::string_view architectureId(Architecture a); // "event_sourced"
std::string_view architectureName(Architecture a); // "Event-sourced"

inline constexpr int indexOf(Component c)
{
    return static_cast<int>(c);
}

} // namespace notiflow
