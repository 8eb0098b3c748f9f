#include "notificationservice.h"

#include "datastore.h"
#include "eventbus.h"
#include "notificationcontext.h"
#include "notificationrules.h"
#include "tracerecorder.h"

#include <stdexcept>

namespace notiflow::eventsourced {

NotificationService::NotificationService(
    DataStore& store, EventBus& bus, TraceRecorder& recorder, ChannelGateway& channels)
    : m_data(store.as(self))
    , m_recorder(recorder)
    , m_checks(m_data, recorder)
    , m_notifier(self, recorder, channels)
{
    const auto handle = [this](void (NotificationService::*handler)(const DomainEvent&)) {
        return [this, handler](const DomainEvent& e) { acknowledged(e, handler); };
    };
    bus.subscribe(EventType::OrderStatusChanged, self, handle(&NotificationService::onOrderStatusChanged));
    bus.subscribe(EventType::PaymentFailed, self, handle(&NotificationService::onPaymentEvent));
    bus.subscribe(EventType::PaymentSucceeded, self, handle(&NotificationService::onPaymentEvent));
    bus.subscribe(EventType::PriceChanged, self, handle(&NotificationService::onPriceChanged));
    bus.subscribe(EventType::PromotionActivated, self, handle(&NotificationService::onPromotionActivated));
}

void NotificationService::acknowledged(
    const DomainEvent& event, void (NotificationService::*handler)(const DomainEvent&))
{
    m_providerDown = false;
    m_idempotencyKey = m_recorder.faults().policies().idempotentConsumer ? event.eventId : std::string();
    (this->*handler)(event);
    if (m_providerDown)
        throw std::runtime_error("a channel provider was down, so the event is not acknowledged");
}

void NotificationService::send(NotificationType type, const Customer& customer,
    const NotificationPreferences* preferences, const nlohmann::json& context)
{
    for (const auto& result : m_notifier.notify(type, customer, preferences, context, std::nullopt, m_idempotencyKey)) {
        if (!result.success && result.error == ChannelGateway::providerDown)
            m_providerDown = true;
    }
}

void NotificationService::notifyCustomer(
    NotificationType type, const std::string& customerId, const nlohmann::json& context)
{
    const Customer* customer = m_data.customer(customerId);
    if (!customer) {
        m_recorder.decide(self, customerId, unknownCustomer(customerId));
        return;
    }
    send(type, *customer, m_data.preferences(customerId), context);
}

bool NotificationService::notifyOrderComplete(
    const std::string& customerId, const nlohmann::json& context, const std::string& eventId)
{
    m_providerDown = false;
    m_idempotencyKey = m_recorder.faults().policies().idempotentConsumer ? eventId : std::string();
    notifyCustomer(NotificationType::OrderComplete, customerId, context);
    return !m_providerDown;
}

// The handlers read the event-carried state they need from the payload: the event contract is all they know.
void NotificationService::onOrderStatusChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const auto status = orderStatusFromId(p.at("new_status").get<std::string>()).value_or(OrderStatus::Pending);
    const std::string customerId = p.at("customer_id");
    const std::string orderId = p.at("order_id");
    if (!m_checks.statusNotifies(customerId, orderId, status))
        return;
    notifyCustomer(notificationTypeFor(status), customerId,
        NotificationContext::orderStatus(
            orderId, p.at("item_count").get<std::size_t>(), centsFromDecimal(p.at("total_amount").get<double>())));
}

void NotificationService::onPaymentEvent(const DomainEvent& event)
{
    const auto& p = event.payload;
    const bool failed = event.type == EventType::PaymentFailed;
    const std::string customerId = p.at("customer_id");
    const std::string orderId = p.at("order_id");
    const Cents amount = centsFromDecimal(p.at("amount").get<double>());
    m_recorder.decide(self, customerId, paymentNotifies(failed ? PaymentStatus::Failed : PaymentStatus::Success));
    if (!failed) {
        notifyCustomer(
            NotificationType::PaymentSuccess, customerId, NotificationContext::paymentSucceeded(orderId, amount));
        return;
    }
    // The message names what was ordered: the event does not carry it, so we look it up.
    std::optional<std::vector<std::string>> productNames;
    if (const Order* order = m_data.order(orderId))
        productNames = m_data.productNames(orderedProductIds(*order));
    notifyCustomer(NotificationType::PaymentFailed, customerId,
        NotificationContext::paymentFailed(
            orderId, amount, p.at("failure_reason"), p.at("attempt_number").get<int>(), productNames));
}

void NotificationService::onPriceChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const std::string productId = p.at("product_id");
    const Cents oldPrice = centsFromDecimal(p.at("old_price").get<double>());
    const Cents newPrice = centsFromDecimal(p.at("new_price").get<double>());
    if (!m_checks.priceIsLower(productId, oldPrice, newPrice))
        return;
    const auto context = NotificationContext::priceDrop(productId, p.at("product_name"), oldPrice, newPrice);
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        if (const auto recipient = m_checks.priceDropRecipient(productId, customerId))
            send(NotificationType::PriceDropAlert, *recipient->customer, recipient->preferences, context);
    }
}

void NotificationService::onPromotionActivated(const DomainEvent& event)
{
    const auto& p = event.payload;
    std::vector<Segment> segments;
    for (const auto& s : p.at("eligible_segments"))
        segments.push_back(segmentFromId(s.get<std::string>()).value_or(Segment::Bronze));
    const auto& code = p.at("promo_code");
    const auto context = NotificationContext::promotion(p.at("name"), p.at("description"), p.at("end_date"),
        code.is_null() ? std::nullopt : std::optional<std::string>(code.get<std::string>()));
    for (const Customer* customer : m_data.customersInSegments(segments)) {
        if (const auto recipient = m_checks.promotionRecipient(*customer))
            send(NotificationType::PromotionAvailable, *customer, recipient->preferences, context);
    }
}

} // namespace notiflow::eventsourced
