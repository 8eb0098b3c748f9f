// Faults and policies of a scenario: which component fails how, during which actions, and what the services do
// about a notification that cannot be delivered. Parsed by the scenario loader; carried out by the mechanisms.
#pragma once

#include "component.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace notiflow {

enum class FaultMode {
    Down, // every call times out after timeout_ms; every delivery to it waits in its queue
    Slow, // extra_ms per call
    DuplicateDelivery, // the bus delivers each event twice (a lost acknowledgement)
    LoseResponse, // the request is processed but the caller never hears back
};

struct Fault {
    // nullopt: "notification_side", whichever of the notification service or API the architecture has.
    std::optional<Component> component;
    FaultMode mode = FaultMode::Down;
    int fromAction = 0; // 0-based, inclusive
    int toAction = 0;
    std::int64_t extraMs = 0; // slow only

    // The component this fault hits in `architecture`, or nullopt if that architecture has no such component.
    std::optional<Component> target(Architecture architecture) const;
};

// When one fault holds in one architecture's simulated time: [fromMs, toMs). Kept in the run, so that views can
// draw an outage where it was, from what the engine did rather than from the scenario's action numbers.
struct FaultWindow {
    Component component = Component::NotificationService;
    FaultMode mode = FaultMode::Down;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0; // exclusive
    std::int64_t extraMs = 0; // slow only
    bool operator==(const FaultWindow&) const = default;
};

enum class NotifyFailurePolicy { Drop, Retry, FailOperation };

struct Policies {
    NotifyFailurePolicy onNotifyFailure = NotifyFailurePolicy::Drop;
    int retries = 3;
    std::int64_t timeoutMs = 1000;
    std::int64_t backoffMs = 200; // doubled per attempt: backoff_ms × 2^(n−1)
    bool idempotencyKey = false;
    bool idempotentConsumer = false;
    int maxRedeliveries = 5;

    bool operator==(const Policies&) const = default;
    // The wait before attempt n+1 (n = 1 for the first retry).
    std::int64_t backoff(int attempt) const;
};

const char* faultModeId(FaultMode m); // "duplicate_delivery"
std::optional<FaultMode> faultModeFromId(std::string_view s);
const char* notifyFailurePolicyId(NotifyFailurePolicy p); // "fail_operation"
std::optional<NotifyFailurePolicy> notifyFailurePolicyFromId(std::string_view s);
// The components a fault may name (notification_side aside), in the order the README lists them.
const std::vector<Component>& faultableComponents();
// Whether `mode` makes sense for `component` (nullopt: notification_side).
bool faultModeApplies(FaultMode mode, std::optional<Component> component);

} // namespace notiflow
