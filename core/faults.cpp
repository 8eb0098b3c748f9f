#include "faults.h"

#include <array>

namespace notiflow {

namespace {
constexpr std::array<const char*, 4> modeIds { "down", "slow", "duplicate_delivery", "lose_response" };
constexpr std::array<const char*, 3> policyIds { "drop", "retry", "fail_operation" };

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<const char*, N>& ids, std::string_view s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == ids[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}
} // namespace

std::optional<Component> Fault::target(Architecture architecture) const
{
    const Component c = component.value_or(
        architecture == Architecture::EventSourced ? Component::NotificationService : Component::NotificationApi);
    const bool eventSourcedOnly
        = c == Component::NotificationService || c == Component::EventCorrelator || c == Component::EventBus;
    if (eventSourcedOnly && architecture != Architecture::EventSourced)
        return std::nullopt;
    if (c == Component::NotificationApi && architecture != Architecture::ApiDriven)
        return std::nullopt;
    return c;
}

std::int64_t Policies::backoff(int attempt) const
{
    std::int64_t wait = backoffMs;
    for (int i = 1; i < attempt && wait < (std::int64_t(1) << 40); ++i)
        wait *= 2;
    return wait;
}

const char* faultModeId(FaultMode m)
{
    return modeIds.at(static_cast<std::size_t>(m));
}

std::optional<FaultMode> faultModeFromId(std::string_view s)
{
    return fromId<FaultMode>(modeIds, s);
}

const char* notifyFailurePolicyId(NotifyFailurePolicy p)
{
    return policyIds.at(static_cast<std::size_t>(p));
}

std::optional<NotifyFailurePolicy> notifyFailurePolicyFromId(std::string_view s)
{
    return fromId<NotifyFailurePolicy>(policyIds, s);
}

const std::vector<Component>& faultableComponents()
{
    static const std::vector<Component> list { Component::NotificationService, Component::EventCorrelator,
        Component::EventBus, Component::NotificationApi, Component::Email, Component::Sms, Component::Customers,
        Component::Products, Component::Orders, Component::Carts, Component::Preferences, Component::Payments };
    return list;
}

bool faultModeApplies(FaultMode mode, std::optional<Component> component)
{
    switch (mode) {
    case FaultMode::Down:
    case FaultMode::Slow:
        return true;
    case FaultMode::DuplicateDelivery:
        return component == Component::EventBus;
    case FaultMode::LoseResponse:
        return !component || component == Component::NotificationApi;
    }
    return false;
}

} // namespace notiflow
