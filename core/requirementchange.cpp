#include "requirementchange.h"

#include "domainevent.h"

namespace notiflow {

const std::vector<std::string>& knownEndpoints()
{
    // The routes NotificationApi serves (notificationapi.h).
    static const std::vector<std::string> endpoints { "POST /notify", "POST /notify/bulk" };
    return endpoints;
}

const std::vector<std::string>& knownEventTypes()
{
    static const std::vector<std::string> events = [] {
        std::vector<std::string> ids;
        for (int t = 0; t <= static_cast<int>(EventType::PromotionActivated); ++t)
            ids.emplace_back(eventTypeId(static_cast<EventType>(t)));
        return ids;
    }();
    return events;
}

std::optional<Component> dataDomainFromId(std::string_view id)
{
    for (int c = 0; c < componentCount; ++c) {
        const auto component = static_cast<Component>(c);
        if (isDataDomain(component) && componentId(component) == id)
            return component;
    }
    return std::nullopt;
}

} // namespace notiflow
