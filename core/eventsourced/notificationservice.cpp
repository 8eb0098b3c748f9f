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
    , m_checks(m_data, recorder)
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
    const auto status = orderStatusFromId(p.at("new_status").get<std::string>()).value_or(OrderStatus::Pending);
    const std::string customerId = p.at("customer_id");
    if (!m_checks.statusNotifies(customerId, p.at("order_id"), status))
        return;
    const nlohmann::json context = { { "order_id", p.at("order_id") }, { "item_count", p.at("item_count") },
        { "total_amount", p.at("total_amount") } };
    notifyCustomer(status == OrderStatus::Shipped ? NotificationType::OrderShipped : NotificationType::OrderDelivered,
        customerId, context);
}

void NotificationService::onPaymentEvent(const DomainEvent& event)
{
    const auto& p = event.payload;
    const bool failed = event.type == EventType::PaymentFailed;
    m_recorder.decide(self, failed ? "payment.notify_on_failure" : "payment.notify_on_success", p.at("customer_id"),
        true,
        failed ? "a failed payment is always reported to the customer"
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
    notifyCustomer(
        failed ? NotificationType::PaymentFailed : NotificationType::PaymentSuccess, p.at("customer_id"), context);
}

void NotificationService::onPriceChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const std::string productId = p.at("product_id");
    if (!m_checks.priceIsLower(productId, centsFromDecimal(p.at("old_price")), centsFromDecimal(p.at("new_price"))))
        return;
    const nlohmann::json context = { { "product_id", productId }, { "product_name", p.at("product_name") },
        { "old_price", p.at("old_price") }, { "new_price", p.at("new_price") } };
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        if (const auto recipient = m_checks.priceDropRecipient(productId, customerId))
            m_notifier.notify(NotificationType::PriceDropAlert, *recipient->customer, recipient->preferences, context);
    }
}

void NotificationService::onPromotionActivated(const DomainEvent& event)
{
    const auto& p = event.payload;
    std::vector<Segment> segments;
    for (const auto& s : p.at("eligible_segments"))
        segments.push_back(segmentFromId(s.get<std::string>()).value_or(Segment::Bronze));
    const nlohmann::json context = { { "promotion_name", p.at("name") }, { "description", p.at("description") },
        { "end_date", p.at("end_date") }, { "promo_code", p.at("promo_code") } };
    for (const Customer* customer : m_data.customersInSegments(segments)) {
        if (const auto recipient = m_checks.promotionRecipient(*customer))
            m_notifier.notify(NotificationType::PromotionAvailable, *customer, recipient->preferences, context);
    }
}

} // namespace notiflow::eventsourced
