#include "eventsourcedsystem.h"

#include "io/recordjson.h"

namespace notiflow::eventsourced {

EventSourcedSystem::EventSourcedSystem(const DataSet& data, TraceRecorder& recorder)
    : m_store(data, recorder, Architecture::EventSourced)
    , m_bus(recorder)
    , m_channels(recorder)
    , m_notificationService(m_store, m_bus, recorder, m_channels)
    , m_correlator(m_store, m_bus, recorder, m_notificationService)
    , m_ordering(m_store.as(Component::OrderingService), recorder)
    , m_billing(m_store.as(Component::BillingService), recorder)
    , m_pricing(m_store.as(Component::PricingService), recorder)
{
}

void EventSourcedSystem::publish(EventType type, Component publisher, const std::string& at, nlohmann::json payload)
{
    m_bus.publish(DomainEvent { type, publisher, {}, at, std::move(payload) });
}

void EventSourcedSystem::publishOrderStatus(const OrderChange& change, const std::string& at)
{
    const Order& order = *change.order;
    // Event-carried state: what a subscriber needs to tell the customer, so it need not read our database.
    publish(EventType::OrderStatusChanged, Component::OrderingService, at,
        { { "order_id", order.id }, { "customer_id", order.customerId }, { "old_status", orderStatusId(change.before) },
            { "new_status", orderStatusId(order.status) }, { "item_count", order.lineItems.size() },
            { "total_amount", moneyJson(order.totalAmount) } });
}

void EventSourcedSystem::perform(const ScenarioAction& action, const std::string& at)
{
    switch (action.type) {
    case ActionType::ShipOrder:
        if (const auto change = m_ordering.shipOrder(action.orderId, at))
            publishOrderStatus(*change, at);
        break;
    case ActionType::DeliverOrder:
        if (const auto change = m_ordering.deliverOrder(action.orderId, at))
            publishOrderStatus(*change, at);
        break;
    case ActionType::ShipLineItem:
        if (const auto change = m_ordering.shipLineItem(action.orderId, action.productId, at)) {
            publish(EventType::LineItemStatusChanged, Component::OrderingService, at,
                { { "order_id", action.orderId }, { "customer_id", change->order->customerId },
                    { "product_id", action.productId }, { "old_status", orderStatusId(change->before) },
                    { "new_status", orderStatusId(OrderStatus::Shipped) } });
        }
        break;
    case ActionType::FailPayment:
        if (const auto payment = m_billing.recordPayment(action, PaymentStatus::Failed, at)) {
            publish(EventType::PaymentFailed, Component::BillingService, at,
                { { "payment_id", payment->paymentId }, { "order_id", payment->order->id },
                    { "customer_id", payment->order->customerId }, { "amount", moneyJson(payment->amount) },
                    { "failure_reason", action.failureReason }, { "attempt_number", action.attemptNumber } });
        }
        break;
    case ActionType::SucceedPayment:
        if (const auto payment = m_billing.recordPayment(action, PaymentStatus::Success, at)) {
            publish(EventType::PaymentSucceeded, Component::BillingService, at,
                { { "payment_id", payment->paymentId }, { "order_id", payment->order->id },
                    { "customer_id", payment->order->customerId }, { "amount", moneyJson(payment->amount) } });
        }
        break;
    case ActionType::UpdatePrice:
    case ActionType::ApplyDiscount:
        // Any change is published; whether it is a drop worth telling anyone about is not pricing's business.
        if (const auto change = m_pricing.changePrice(action)) {
            publish(EventType::PriceChanged, Component::PricingService, at,
                { { "product_id", change->product->id }, { "product_name", change->product->name },
                    { "old_price", moneyJson(change->oldPrice) }, { "new_price", moneyJson(change->newPrice) } });
        }
        break;
    case ActionType::ActivatePromotion: {
        const Promotion& promo = action.promotion;
        auto segments = nlohmann::json::array();
        for (const auto s : promo.eligibleSegments)
            segments.push_back(segmentId(s));
        publish(EventType::PromotionActivated, Component::PromotionsService, at,
            { { "promotion_id", promo.id }, { "name", promo.name }, { "description", promo.description },
                { "eligible_segments", std::move(segments) }, { "end_date", promo.endDate },
                { "promo_code", promo.promoCode ? nlohmann::json(*promo.promoCode) : nullptr } });
        break;
    }
    }
}

} // namespace notiflow::eventsourced
