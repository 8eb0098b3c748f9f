#include "notificationservice.h"

#include "datastore.h"
#include "eventbus.h"
#include "notificationcontext.h"
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
        m_recorder.decide(self, customerId, unknownCustomer(customerId));
        return;
    }
    m_notifier.notify(type, *customer, m_data.preferences(customerId), context);
}

void NotificationService::notifyOrderComplete(const std::string& customerId, const nlohmann::json& context)
{
    notifyCustomer(NotificationType::OrderComplete, customerId, context);
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
            m_notifier.notify(NotificationType::PriceDropAlert, *recipient->customer, recipient->preferences, context);
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
            m_notifier.notify(NotificationType::PromotionAvailable, *customer, recipient->preferences, context);
    }
}

} // namespace notiflow::eventsourced
