#include "eligibilitychecks.h"

#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow {

EligibilityChecks::EligibilityChecks(DataStoreView& data, TraceRecorder& recorder)
    : m_data(data)
    , m_recorder(recorder)
{
}

bool EligibilityChecks::statusNotifies(const std::string& customerId, const std::string& orderId, OrderStatus newStatus)
{
    const bool notifies = newStatus == OrderStatus::Shipped || newStatus == OrderStatus::Delivered;
    return m_recorder.decide(m_data.component(), "order_update.status_notifies", customerId, notifies,
        "order " + orderId + " became " + orderStatusId(newStatus)
            + (notifies ? ", which customers hear about" : ", which customers are not told about"));
}

bool EligibilityChecks::priceIsLower(const std::string& productId, Cents oldPrice, Cents newPrice)
{
    const bool lower = isPriceDrop(oldPrice, newPrice);
    return m_recorder.decide(m_data.component(), "price_drop.is_lower", productId, lower,
        "the new price " + formatMoney(newPrice) + (lower ? " is lower" : " is not lower: no alert"));
}

std::optional<EligibilityChecks::Recipient> EligibilityChecks::priceDropRecipient(
    const std::string& productId, const std::string& customerId)
{
    const TraceRecorder::RuleOutcome inCart { "price_drop.in_cart", true, "has " + productId + " in cart" };
    const Customer* customer = m_data.customer(customerId);
    if (!customer) {
        m_recorder.decideAll(m_data.component(), customerId,
            { inCart, { "customer.exists", false, "no customer record " + customerId } },
            customerId + " is not notified: no customer record");
        return std::nullopt;
    }
    const NotificationPreferences* preferences = m_data.preferences(customerId);
    const auto routing = routeChannels(PreferenceCategory::PriceAlerts, preferences);
    const bool optedIn = !routing.channels.empty();
    const bool segmentOk = isPriceAlertSegment(customer->segment);
    const bool eligible = m_recorder.decideAll(m_data.component(), customerId,
        { inCart, { "price_drop.opted_in", optedIn, routing.reason },
            { "price_drop.segment", segmentOk, segmentReason(customer->segment) } },
        customerId + (optedIn && segmentOk ? " gets a price-drop alert" : " is not notified"));
    return eligible ? std::optional<Recipient>(Recipient { customer, preferences }) : std::nullopt;
}

std::optional<EligibilityChecks::Recipient> EligibilityChecks::promotionRecipient(const Customer& customer)
{
    const NotificationPreferences* preferences = m_data.preferences(customer.id);
    const auto routing = routeChannels(PreferenceCategory::Promotions, preferences);
    const bool optedIn = !routing.channels.empty();
    const bool eligible = m_recorder.decideAll(m_data.component(), customer.id,
        { { "promotion.segment", true, "segment " + std::string(segmentId(customer.segment)) + " is eligible" },
            { "promotion.opted_in", optedIn, routing.reason } },
        customer.id + (optedIn ? " hears about the promotion" : " is not told"));
    return eligible ? std::optional<Recipient>(Recipient { &customer, preferences }) : std::nullopt;
}

} // namespace notiflow
