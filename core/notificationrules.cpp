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

std::string completionReason(const std::string& orderId, const std::vector<std::string>& outstanding, int itemCount)
{
    std::string reason = "order " + orderId + ": ";
    if (outstanding.empty())
        return reason + "all " + std::to_string(itemCount) + " items have shipped";
    reason += std::to_string(outstanding.size()) + " of " + std::to_string(itemCount) + " items still to ship (";
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

} // namespace notiflow
