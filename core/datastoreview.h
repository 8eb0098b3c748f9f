// One component's access to the data store. Every call records a Query or Update step from that component to
// the data domain it touches, so cross-domain dependencies show up in the trace by construction.
#pragma once

#include "component.h"
#include "records.h"
#include "step.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace notiflow {

class DataStore;
class JsonWriter;

class DataStoreView {
public:
    DataStoreView(DataStore& store, Component component);

    Component component() const { return m_component; }

    // Reads. A missing record is recorded as "not found" and returned as nullptr.
    const Customer* customer(const std::string& id);
    const Product* product(const std::string& id);
    const Order* order(const std::string& id);
    const NotificationPreferences* preferences(const std::string& customerId);
    // Customer ids whose cart holds the product, in cart order (one query).
    std::vector<std::string> customersWithProductInCart(const std::string& productId);
    // Customers whose segment is one of `segments`, in file order (one query).
    std::vector<const Customer*> customersInSegments(const std::vector<Segment>& segments);
    // Product names for an order's lines (one query of the Products domain).
    std::vector<std::string> productNames(const std::vector<std::string>& productIds);

    // Writes. Each returns the record as it is now (pointers from earlier reads may show the old state).
    const Order* setOrderStatus(const std::string& orderId, OrderStatus status, const std::string& at);
    const Order* setLineItemStatus(
        const std::string& orderId, const std::string& productId, OrderStatus status, const std::string& at);
    const Product* setProductPrice(const std::string& productId, Cents price);
    std::string addPayment(const std::string& orderId, const std::string& customerId, Cents amount,
        PaymentStatus status, const std::optional<std::string>& failureReason, int attempt, const std::string& at);

private:
    // `detail` is an object left open by the caller; the domain and whether the caller owns it are added here.
    int recordAccess(StepKind kind, Component domain, std::string label, std::string caption, JsonWriter& detail);
    // Records a lookup by key and returns what it found (nullptr: not found).
    template <typename Record>
    const Record* lookUp(Component domain, const Record* found, std::string label, std::string caption,
        const char* description, const char* keyField, const std::string& key);
    DataStore& m_store;
    Component m_component;
};

} // namespace notiflow
