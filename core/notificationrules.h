// The business rules of notification, as pure functions. Both architectures apply the same rules; what differs
// is which component calls them, and that is what the trace records.
#pragma once

#include "records.h"
#include "run.h"

#include <optional>
#include <string>
#include <vector>

namespace notiflow {

PreferenceCategory categoryOf(NotificationType type);

struct ChannelRouting {
    std::vector<Channel> channels; // email first, then SMS
    std::string reason; // "price_alerts: email on, sms off"
};
// Email if enabled, then SMS if enabled. Without a preference record: order and payment messages go by email,
// price alerts and promotions are opt-in and go nowhere.
ChannelRouting routeChannels(PreferenceCategory category, const NotificationPreferences* preferences);

bool canShip(OrderStatus status); // PENDING or PROCESSING
bool canDeliver(OrderStatus status); // SHIPPED only
bool isPriceDrop(Cents oldPrice, Cents newPrice);
Cents discountedPrice(Cents price, double percent); // rounded to the cent
bool isPriceAlertSegment(Segment segment); // gold or platinum
int savingPercent(Cents oldPrice, Cents newPrice); // rounded to a whole number

// The non-cancelled line items of an order that are not yet SHIPPED or DELIVERED (an item shipped before the
// run counts through its status).
std::vector<std::string> outstandingLineItems(const Order& order);

int activeLineItemCount(const Order& order); // line items that are not CANCELLED
// "order ORD-4: all 3 items have shipped" / "order ORD-4: 1 of 3 items still to ship (PROD-7)"
std::string completionReason(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount);

std::string segmentReason(Segment segment); // "segment silver is not gold or platinum" / "segment gold qualifies"

} // namespace notiflow
