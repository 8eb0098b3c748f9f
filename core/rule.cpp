#include "rule.h"

namespace notiflow {

namespace {
constexpr unsigned bit(NotificationType type)
{
    return 1u << static_cast<unsigned>(type);
}

using T = NotificationType;
constexpr unsigned orderUpdates = bit(T::OrderShipped) | bit(T::OrderDelivered);
constexpr unsigned everyType = (1u << notificationTypeCount) - 1;

constexpr std::array<RuleInfo, ruleCount> rules { {
    { Rule::OrderCanShip, "order.can_ship", "an order ships only from PENDING or PROCESSING", bit(T::OrderShipped) },
    { Rule::OrderCanDeliver, "order.can_deliver", "an order is delivered only from SHIPPED", bit(T::OrderDelivered) },
    { Rule::LineItemCanShip, "line_item.can_ship", "the order has the line item and it has not shipped yet",
        bit(T::OrderComplete) },
    { Rule::PriceChanged, "price.changed", "the new price differs from the old one", bit(T::PriceDropAlert) },
    { Rule::OrderUpdateStatusNotifies, "order_update.status_notifies",
        "customers hear about an order becoming SHIPPED or DELIVERED, not other statuses", orderUpdates },
    { Rule::OrderCompleteAllItemsShipped, "order_complete.all_items_shipped",
        "every line item that is not CANCELLED is SHIPPED or DELIVERED, announced once per order",
        bit(T::OrderComplete) },
    { Rule::PaymentNotifyOnFailure, "payment.notify_on_failure", "a failed payment is always reported",
        bit(T::PaymentFailed) },
    { Rule::PaymentNotifyOnSuccess, "payment.notify_on_success", "a received payment is always confirmed",
        bit(T::PaymentSuccess) },
    { Rule::PriceDropIsLower, "price_drop.is_lower", "only a lower price is a price drop", bit(T::PriceDropAlert) },
    { Rule::PriceDropInCart, "price_drop.in_cart", "the customer's cart holds the product", bit(T::PriceDropAlert) },
    { Rule::PriceDropOptedIn, "price_drop.opted_in", "the customer has a price_alerts channel switched on",
        bit(T::PriceDropAlert) },
    { Rule::PriceDropSegment, "price_drop.segment", "the customer is gold or platinum", bit(T::PriceDropAlert) },
    { Rule::PromotionSegment, "promotion.segment", "the customer is in a segment the promotion names",
        bit(T::PromotionAvailable) },
    { Rule::PromotionOptedIn, "promotion.opted_in", "the customer has a promotions channel switched on",
        bit(T::PromotionAvailable) },
    { Rule::CustomerExists, "customer.exists", "the customer to be told has a customer record", everyType },
    { Rule::ChannelsRoute, "channels.route",
        "preferences (or the API caller) leave at least one channel: email if on, then SMS if on", everyType },
} };

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (static_cast<std::size_t>(rules[i].rule) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "the rule table lists the rules in the order of the enum");
} // namespace

const std::array<RuleInfo, ruleCount>& allRules()
{
    return rules;
}

const RuleInfo& ruleInfo(Rule rule)
{
    return rules.at(static_cast<std::size_t>(rule));
}

std::string_view ruleId(Rule rule)
{
    return ruleInfo(rule).id;
}

} // namespace notiflow
