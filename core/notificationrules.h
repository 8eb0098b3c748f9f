// The business rules of notification, as pure functions, and the outcome of each worded once (the reasons a
// decision records). Both architectures apply the same rules; what differs is which component calls them, and that
// is what the trace records.
#pragma once

#include "records.h"
#include "rule.h"
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
std::vector<std::string> orderedProductIds(const Order& order); // the product of each line item, in order
// "order ORD-4: all 3 items have shipped" / "order ORD-4: 1 of 3 items still to ship (PROD-7)"
std::string completionReason(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount);

std::string segmentReason(Segment segment); // "segment silver is not gold or platinum" / "segment gold qualifies"

// The notification an order status change is told with: ORDER_SHIPPED or ORDER_DELIVERED.
NotificationType notificationTypeFor(OrderStatus newStatus);

// The outcome of each rule for one case, with its reason.
RuleOutcome orderMissing(Rule rule, const std::string& orderId);
// order.can_ship / order.can_deliver: whether the order may move from `from` to `to`.
RuleOutcome orderTransition(Rule rule, const std::string& orderId, OrderStatus from, OrderStatus to);
RuleOutcome lineItemMissing(const std::string& orderId, const std::string& productId);
RuleOutcome lineItemCanShip(const std::string& orderId, const std::string& productId, OrderStatus status);
RuleOutcome priceChanged(Cents oldPrice, Cents newPrice);
RuleOutcome statusNotifies(const std::string& orderId, OrderStatus newStatus);
RuleOutcome allItemsShipped(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount);
RuleOutcome paymentNotifies(PaymentStatus status); // PAYMENT_FAILED or PAYMENT_SUCCESS: always told
RuleOutcome priceIsLower(Cents oldPrice, Cents newPrice);
RuleOutcome inCart(const std::string& productId);
RuleOutcome priceDropOptedIn(const ChannelRouting& routing);
RuleOutcome priceDropSegment(Segment segment);
RuleOutcome promotionSegment(Segment segment); // the segment was among the promotion's
RuleOutcome promotionOptedIn(const ChannelRouting& routing);
RuleOutcome noCustomerRecord(const std::string& customerId); // a candidate (from a cart) without a record
RuleOutcome unknownCustomer(const std::string& customerId); // a customer named by an event without a record
RuleOutcome channelsRouted(const ChannelRouting& routing);
RuleOutcome channelsChosenByCaller(const std::vector<Channel>& channels);

} // namespace notiflow
