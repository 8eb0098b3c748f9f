#include "notificationservice.h"

#include "datastore.h"
#include "eventbus.h"
#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow::eventsourced {

namespace {
    constexpr Component self = Component::NotificationService;
}

NotificationService::NotificationService(
    DataStore& store, EventBus& bus, TraceRecorder& recorder, ChannelGateway& channels)
    : m_data(store.as(self))
    , m_recorder(recorder)
    , m_notifier(self, recorder, channels)
{
    bus.subscribe(EventType::OrderStatusChanged, self, [this](const DomainEvent& e) { onOrderStatusChanged(e); });
    bus.subscribe(EventType::PaymentFailed, self, [this](const DomainEvent& e) { onPaymentEvent(e); });
    bus.subscribe(EventType::PaymentSucceeded, self, [this](const DomainEvent& e) { onPaymentEvent(e); });
    bus.subscribe(EventType::PriceChanged, self, [this](const DomainEvent& e) { onPriceChanged(e); });
    bus.subscribe(EventType::PromotionActivated, self, [this](const DomainEvent& e) { onPromotionActivated(e); });
}

void NotificationService::notifyCustomer(
    NotificationType type, const std::string& customerId, const nlohmann::json& context)
{
    const Customer* customer = m_data.customer(customerId);
    if (!customer) {
        m_recorder.decide(self, "customer.exists", customerId, false, "customer " + customerId + " does not exist");
        return;
    }
    m_notifier.notify(type, *customer, m_data.preferences(customerId), context);
}

void NotificationService::notifyOrderComplete(const std::string& customerId, const nlohmann::json& context)
{
    notifyCustomer(NotificationType::OrderComplete, customerId, context);
}

void NotificationService::onOrderStatusChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const std::string status = p.at("new_status");
    const std::string customerId = p.at("customer_id");
    const bool shipped = status == orderStatusId(OrderStatus::Shipped);
    const bool delivered = status == orderStatusId(OrderStatus::Delivered);
    if (!m_recorder.decide(self, "order_update.status_notifies", customerId, shipped || delivered,
            "order " + p.at("order_id").get<std::string>() + " became " + status
                + (shipped || delivered ? ", which customers hear about" : ", which customers are not told about")))
        return;
    const nlohmann::json context = { { "order_id", p.at("order_id") }, { "item_count", p.at("item_count") },
        { "total_amount", p.at("total_amount") } };
    notifyCustomer(shipped ? NotificationType::OrderShipped : NotificationType::OrderDelivered, customerId, context);
}

void NotificationService::onPaymentEvent(const DomainEvent& event)
{
    const auto& p = event.payload;
    const bool failed = event.type == EventType::PaymentFailed;
    m_recorder.decide(self, failed ? "payment.notify_on_failure" : "payment.notify_on_success", p.at("customer_id"),
        true, failed ? "a failed payment is always reported to the customer"
                     : "a received payment is always confirmed to the customer");
    nlohmann::json context = { { "order_id", p.at("order_id") }, { "amount", p.at("amount") } };
    if (failed) {
        context["failure_reason"] = p.at("failure_reason");
        context["attempt_number"] = p.at("attempt_number");
        // The message names what was ordered: the event does not carry it, so we look it up.
        if (const Order* order = m_data.order(p.at("order_id"))) {
            std::vector<std::string> ids;
            for (const auto& item : order->lineItems)
                ids.push_back(item.productId);
            context["product_names"] = m_data.productNames(ids);
        }
    }
    notifyCustomer(failed ? NotificationType::PaymentFailed : NotificationType::PaymentSuccess,
        p.at("customer_id"), context);
}

void NotificationService::onPriceChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const std::string productId = p.at("product_id");
    const Cents oldPrice = centsFromDecimal(p.at("old_price"));
    const Cents newPrice = centsFromDecimal(p.at("new_price"));
    if (!m_recorder.decide(self, "price_drop.is_lower", productId, isPriceDrop(oldPrice, newPrice),
            isPriceDrop(oldPrice, newPrice) ? "the new price " + formatMoney(newPrice) + " is lower"
                                            : "the new price " + formatMoney(newPrice) + " is not lower: no alert"))
        return;
    const nlohmann::json context = { { "product_id", productId }, { "product_name", p.at("product_name") },
        { "old_price", p.at("old_price") }, { "new_price", p.at("new_price") } };
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        const Customer* customer = m_data.customer(customerId);
        if (!customer) {
            m_recorder.decideAll(self, customerId,
                { { "price_drop.in_cart", true, "has " + productId + " in cart" },
                    { "customer.exists", false, "no customer record " + customerId } },
                customerId + " is not notified: no customer record");
            continue;
        }
        const NotificationPreferences* preferences = m_data.preferences(customerId);
        const auto routing = routeChannels(PreferenceCategory::PriceAlerts, preferences);
        const bool optedIn = !routing.channels.empty();
        const bool segmentOk = isPriceAlertSegment(customer->segment);
        const bool eligible = m_recorder.decideAll(self, customerId,
            { { "price_drop.in_cart", true, "has " + productId + " in cart" },
                { "price_drop.opted_in", optedIn, routing.reason },
                { "price_drop.segment", segmentOk, segmentReason(customer->segment) } },
            customerId + (optedIn && segmentOk ? " gets a price-drop alert" : " is not notified"));
        if (eligible)
            m_notifier.notify(NotificationType::PriceDropAlert, *customer, preferences, context);
    }
}

void NotificationService::onPromotionActivated(const DomainEvent& event)
{
    const auto& p = event.payload;
    std::vector<Segment> segments;
    for (const auto& s : p.at("eligible_segments"))
        segments.push_back(segmentFromId(s.get<std::string>()).value_or(Segment::Bronze));
    nlohmann::json context = { { "promotion_name", p.at("name") }, { "description", p.at("description") },
        { "end_date", p.at("end_date") }, { "promo_code", p.at("promo_code") } };
    for (const Customer* customer : m_data.customersInSegments(segments)) {
        const NotificationPreferences* preferences = m_data.preferences(customer->id);
        const auto routing = routeChannels(PreferenceCategory::Promotions, preferences);
        const bool optedIn = !routing.channels.empty();
        const bool eligible = m_recorder.decideAll(self, customer->id,
            { { "promotion.segment", true, "segment " + std::string(segmentId(customer->segment)) + " is eligible" },
                { "promotion.opted_in", optedIn, routing.reason } },
            customer->id + (optedIn ? " hears about the promotion" : " is not told"));
        if (eligible)
            m_notifier.notify(NotificationType::PromotionAvailable, *customer, preferences, context);
    }
}

} // namespace notiflow::eventsourced
