// The recorded checks behind "should we notify, and whom?". The code is the same whichever component runs it;
// the architectures differ only in who calls it (the notification side, or the domain service itself).
#pragma once

#include "datastoreview.h"

#include <optional>
#include <string>

namespace notiflow {

class TraceRecorder;

class EligibilityChecks {
public:
    EligibilityChecks(DataStoreView& data, TraceRecorder& recorder);

    struct Recipient {
        const Customer* customer = nullptr;
        const NotificationPreferences* preferences = nullptr;
    };

    bool statusNotifies(const std::string& customerId, const std::string& orderId, OrderStatus newStatus);
    bool priceIsLower(const std::string& productId, Cents oldPrice, Cents newPrice);
    // For a customer whose cart holds the product: reads the customer and their preferences, then checks the
    // record exists, price alerts are on, and the segment qualifies.
    std::optional<Recipient> priceDropRecipient(const std::string& productId, const std::string& customerId);
    // For a customer of an eligible segment: reads their preferences and checks promotions are on.
    std::optional<Recipient> promotionRecipient(const Customer& customer);

private:
    DataStoreView& m_data;
    TraceRecorder& m_recorder;
};

} // namespace notiflow
