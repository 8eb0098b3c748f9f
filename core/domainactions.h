// What a domain service does to its own data for each scenario action, identical in both architectures: read,
// check the domain rule, write. What happens next (publish an event, or decide and call the notification API)
// is where the architectures differ, so that lives in eventsourced/ and apidriven/.
#pragma once

#include "datastoreview.h"
#include "rule.h"
#include "scenario.h"

#include <optional>

namespace notiflow {

class TraceRecorder;

struct OrderChange {
    const Order* order = nullptr; // live record, after the change
    OrderStatus before = OrderStatus::Pending;
};

struct PriceChange {
    const Product* product = nullptr;
    Cents oldPrice = 0;
    Cents newPrice = 0;
};

struct PaymentRecord {
    std::string paymentId;
    const Order* order = nullptr;
    Cents amount = 0;
};

class DomainActions {
public:
    DomainActions(DataStoreView data, TraceRecorder& recorder);

    // nullopt when the domain rule rejects the change (recorded as a failed decision, nothing written).
    std::optional<OrderChange> shipOrder(const std::string& orderId, const std::string& at);
    std::optional<OrderChange> deliverOrder(const std::string& orderId, const std::string& at);
    std::optional<OrderChange> shipLineItem(
        const std::string& orderId, const std::string& productId, const std::string& at);
    std::optional<PaymentRecord> recordPayment(
        const ScenarioAction& action, PaymentStatus status, const std::string& at);
    // update_price and apply_discount; nullopt when the price does not change.
    std::optional<PriceChange> changePrice(const ScenarioAction& action);

private:
    std::optional<OrderChange> moveOrder(const std::string& orderId, OrderStatus to, Rule rule, const std::string& at);

    DataStoreView m_data;
    TraceRecorder& m_recorder;
};

} // namespace notiflow
