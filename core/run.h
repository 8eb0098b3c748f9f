// The plain-data result of running one scenario under one architecture: what the UI replays.
#pragma once

#include "metrics.h"
#include "records.h"
#include "step.h"

#include <string>
#include <vector>

namespace notiflow {

enum class NotificationType {
    OrderShipped,
    OrderDelivered,
    OrderComplete,
    PaymentFailed,
    PaymentSuccess,
    PriceDropAlert,
    PromotionAvailable,
};

inline constexpr int notificationTypeCount = 7;

const char* notificationTypeId(NotificationType t); // "PRICE_DROP_ALERT"
std::optional<NotificationType> notificationTypeFromId(std::string_view s);

struct SentNotification {
    NotificationType type = NotificationType::OrderShipped;
    Channel channel = Channel::Email;
    std::string customerId;
    std::string recipient; // email address or phone number
    std::string subject; // empty for SMS
    std::string body;
    int action = 0;
    int step = 0; // the Send step that delivered it
    std::int64_t atMs = 0; // simulated time at which it left on its channel
};

// A business rule evaluated by a component, for one customer (or for an order), with its outcome.
struct Decision {
    int step = 0;
    int action = 0;
    Component component = Component::OutsideWorld;
    std::string rule; // stable id: "price_drop.in_cart", "price_drop.segment", "order.can_ship", ...
    std::string subject; // customer id, or order id for order rules
    bool passed = false;
    std::string reason; // "segment silver is not gold or platinum"
};

struct Run {
    Architecture architecture = Architecture::EventSourced;
    std::vector<Step> steps;
    std::vector<SentNotification> notifications;
    std::vector<Decision> decisions;
    std::vector<int> actionFirstStep; // per scenario action, the index of its first step (steps.size() if none)
    std::vector<std::int64_t> actionStartMs; // per scenario action, the simulated time its trigger arrived
    std::int64_t endMs = 0; // when the last work of the run ended
    Metrics metrics;
};

} // namespace notiflow
