// The events domain services publish in the event-sourced architecture, with their JSON payloads.
#pragma once

#include "component.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace notiflow {

enum class EventType {
    OrderStatusChanged,
    LineItemStatusChanged,
    PaymentFailed,
    PaymentSucceeded,
    PriceChanged,
    PromotionActivated,
};

const char* eventTypeId(EventType t); // "PriceChanged"

struct DomainEvent {
    EventType type = EventType::OrderStatusChanged;
    Component publisher = Component::OutsideWorld;
    std::string eventId; // "evt-3", unique within a run
    std::string occurredAt;
    nlohmann::json payload; // snake_case fields; what a subscriber may rely on (the event contract)
};

} // namespace notiflow
