#include "notificationrules.h"

#include <cmath>

namespace notiflow {

PreferenceCategory categoryOf(NotificationType type)
{
    switch (type) {
    case NotificationType::OrderShipped:
    case NotificationType::OrderDelivered:
    case NotificationType::OrderComplete:
        return PreferenceCategory::OrderUpdates;
    case NotificationType::PaymentFailed:
    case NotificationType::PaymentSuccess:
        return PreferenceCategory::PaymentAlerts;
    case NotificationType::PriceDropAlert:
        return PreferenceCategory::PriceAlerts;
    case NotificationType::PromotionAvailable:
        return PreferenceCategory::Promotions;
    }
    return PreferenceCategory::OrderUpdates;
}

ChannelRouting routeChannels(PreferenceCategory category, const NotificationPreferences* preferences)
{
    const std::string name = preferenceCategoryId(category);
    if (!preferences) {
        const bool optIn = category == PreferenceCategory::PriceAlerts || category == PreferenceCategory::Promotions;
        if (optIn)
            return { {}, "no preference record, and " + name + " are opt-in" };
        return { { Channel::Email }, "no preference record: " + name + " go by email" };
    }
    const ChannelChoice choice = preferences->of(category);
    ChannelRouting routing;
    if (choice.email)
        routing.channels.push_back(Channel::Email);
    if (choice.sms)
        routing.channels.push_back(Channel::Sms);
    routing.reason = name + ": email " + (choice.email ? "on" : "off") + ", sms " + (choice.sms ? "on" : "off");
    return routing;
}

bool canShip(OrderStatus status)
{
    return status == OrderStatus::Pending || status == OrderStatus::Processing;
}
bool canDeliver(OrderStatus status)
{
    return status == OrderStatus::Shipped;
}
bool isPriceDrop(Cents oldPrice, Cents newPrice)
{
    return newPrice < oldPrice;
}

Cents discountedPrice(Cents price, double percent)
{
    return static_cast<Cents>(std::llround(static_cast<double>(price) * (1.0 - percent / 100.0)));
}

bool isPriceAlertSegment(Segment segment)
{
    return segment == Segment::Gold || segment == Segment::Platinum;
}

int savingPercent(Cents oldPrice, Cents newPrice)
{
    if (oldPrice <= 0)
        return 0;
    return static_cast<int>(
        std::lround(100.0 * static_cast<double>(oldPrice - newPrice) / static_cast<double>(oldPrice)));
}

std::vector<std::string> outstandingLineItems(const Order& order)
{
    std::vector<std::string> outstanding;
    for (const auto& item : order.lineItems) {
        const bool done = item.status == OrderStatus::Shipped || item.status == OrderStatus::Delivered
            || item.status == OrderStatus::Cancelled;
        if (!done)
            outstanding.push_back(item.productId);
    }
    return outstanding;
}

int activeLineItemCount(const Order& order)
{
    int count = 0;
    for (const auto& item : order.lineItems)
        count += item.status == OrderStatus::Cancelled ? 0 : 1;
    return count;
}

std::vector<std::string> orderedProductIds(const Order& order)
{
    std::vector<std::string> ids;
    ids.reserve(order.lineItems.size());
    for (const auto& item : order.lineItems)
        ids.push_back(item.productId);
    return ids;
}

std::string completionReason(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount)
{
    std::string reason = "order " + orderId + ": ";
    // Numbers agree with their nouns: "its 1 item has shipped", "1 of 3 items", "all 3 items".
    if (outstanding.empty())
        return reason
            + (itemCount == 1 ? "its 1 item has shipped" : "all " + std::to_string(itemCount) + " items have shipped");
    reason += std::to_string(outstanding.size()) + " of " + std::to_string(itemCount)
        + (itemCount == 1 ? " item still to ship (" : " items still to ship (");
    for (std::size_t i = 0; i < outstanding.size(); ++i)
        reason += (i ? ", " : "") + outstanding[i];
    return reason + ")";
}

std::string segmentReason(Segment segment)
{
    const std::string name = segmentId(segment);
    return isPriceAlertSegment(segment) ? "segment " + name + " qualifies"
                                        : "segment " + name + " is not gold or platinum";
}

NotificationType notificationTypeFor(OrderStatus newStatus)
{
    return newStatus == OrderStatus::Shipped ? NotificationType::OrderShipped : NotificationType::OrderDelivered;
}

RuleOutcome orderMissing(Rule rule, const std::string& orderId)
{
    return { rule, false, "order " + orderId + " does not exist" };
}

RuleOutcome orderTransition(Rule rule, const std::string& orderId, OrderStatus from, OrderStatus to)
{
    const bool allowed = rule == Rule::OrderCanDeliver ? canDeliver(from) : canShip(from);
    return { rule, allowed,
        "order " + orderId + " is " + orderStatusId(from)
            + (allowed ? std::string(", so it can become ") : std::string(", so it cannot become "))
            + orderStatusId(to) };
}

RuleOutcome lineItemMissing(const std::string& orderId, const std::string& productId)
{
    return { Rule::LineItemCanShip, false, "order " + orderId + " has no line item " + productId };
}

RuleOutcome lineItemCanShip(const std::string& orderId, const std::string& productId, OrderStatus status)
{
    const bool ok = canShip(status);
    return { Rule::LineItemCanShip, ok,
        productId + " in order " + orderId + " is " + orderStatusId(status)
            + (ok ? ", so it can ship" : ", so shipping it again changes nothing") };
}

RuleOutcome priceChanged(Cents oldPrice, Cents newPrice)
{
    const bool changed = newPrice != oldPrice;
    return { Rule::PriceChanged, changed,
        changed ? "price goes from " + formatMoney(oldPrice) + " to " + formatMoney(newPrice)
                : "the price stays " + formatMoney(oldPrice) + ": nothing to do" };
}

RuleOutcome statusNotifies(const std::string& orderId, OrderStatus newStatus)
{
    const bool notifies = newStatus == OrderStatus::Shipped || newStatus == OrderStatus::Delivered;
    return { Rule::OrderUpdateStatusNotifies, notifies,
        "order " + orderId + " became " + orderStatusId(newStatus)
            + (notifies ? ", which customers hear about" : ", which customers are not told about") };
}

RuleOutcome allItemsShipped(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount)
{
    return { Rule::OrderCompleteAllItemsShipped, outstanding.empty(),
        completionReason(orderId, outstanding, itemCount) };
}

RuleOutcome paymentNotifies(PaymentStatus status)
{
    if (status == PaymentStatus::Failed)
        return { Rule::PaymentNotifyOnFailure, true, "a failed payment is always reported to the customer" };
    return { Rule::PaymentNotifyOnSuccess, true, "a received payment is always confirmed to the customer" };
}

RuleOutcome priceIsLower(Cents oldPrice, Cents newPrice)
{
    const bool lower = isPriceDrop(oldPrice, newPrice);
    return { Rule::PriceDropIsLower, lower,
        "the new price " + formatMoney(newPrice) + (lower ? " is lower" : " is not lower: no alert") };
}

RuleOutcome inCart(const std::string& productId)
{
    return { Rule::PriceDropInCart, true, "has " + productId + " in cart" };
}

RuleOutcome priceDropOptedIn(const ChannelRouting& routing)
{
    return { Rule::PriceDropOptedIn, !routing.channels.empty(), routing.reason };
}

RuleOutcome priceDropSegment(Segment segment)
{
    return { Rule::PriceDropSegment, isPriceAlertSegment(segment), segmentReason(segment) };
}

RuleOutcome promotionSegment(Segment segment)
{
    return { Rule::PromotionSegment, true, "segment " + std::string(segmentId(segment)) + " is eligible" };
}

RuleOutcome promotionOptedIn(const ChannelRouting& routing)
{
    return { Rule::PromotionOptedIn, !routing.channels.empty(), routing.reason };
}

RuleOutcome noCustomerRecord(const std::string& customerId)
{
    return { Rule::CustomerExists, false, "no customer record " + customerId };
}

RuleOutcome unknownCustomer(const std::string& customerId)
{
    return { Rule::CustomerExists, false, "customer " + customerId + " does not exist" };
}

RuleOutcome channelsRouted(const ChannelRouting& routing)
{
    return { Rule::ChannelsRoute, !routing.channels.empty(), routing.reason };
}

RuleOutcome channelsChosenByCaller(const std::vector<Channel>& channels)
{
    return { Rule::ChannelsRoute, !channels.empty(), "the caller chose the channels itself" };
}

} // namespace notiflow
