#include "domainactions.h"

#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow {

DomainActions::DomainActions(DataStoreView data, TraceRecorder& recorder)
    : m_data(data)
    , m_recorder(recorder)
{
}

std::optional<OrderChange> DomainActions::moveOrder(
    const std::string& orderId, OrderStatus to, Rule rule, const std::string& at)
{
    const Order* order = m_data.order(orderId);
    if (!order) {
        m_recorder.decide(m_data.component(), orderId, orderMissing(rule, orderId));
        return std::nullopt;
    }
    const OrderStatus before = order->status;
    if (!m_recorder.decide(m_data.component(), order->customerId, orderTransition(rule, orderId, before, to)))
        return std::nullopt;
    return OrderChange { m_data.setOrderStatus(orderId, to, at), before };
}

std::optional<OrderChange> DomainActions::shipOrder(const std::string& orderId, const std::string& at)
{
    return moveOrder(orderId, OrderStatus::Shipped, Rule::OrderCanShip, at);
}

std::optional<OrderChange> DomainActions::deliverOrder(const std::string& orderId, const std::string& at)
{
    return moveOrder(orderId, OrderStatus::Delivered, Rule::OrderCanDeliver, at);
}

std::optional<OrderChange> DomainActions::shipLineItem(
    const std::string& orderId, const std::string& productId, const std::string& at)
{
    const Order* order = m_data.order(orderId);
    const LineItem* item = nullptr;
    if (order) {
        for (const auto& candidate : order->lineItems) {
            if (candidate.productId == productId)
                item = &candidate;
        }
    }
    const std::string subject = order ? order->customerId : orderId;
    if (!item) {
        m_recorder.decide(m_data.component(), subject, lineItemMissing(orderId, productId));
        return std::nullopt;
    }
    const OrderStatus before = item->status;
    if (!m_recorder.decide(m_data.component(), subject, lineItemCanShip(orderId, productId, before)))
        return std::nullopt;
    return OrderChange { m_data.setLineItemStatus(orderId, productId, OrderStatus::Shipped, at), before };
}

std::optional<PaymentRecord> DomainActions::recordPayment(
    const ScenarioAction& action, PaymentStatus status, const std::string& at)
{
    const Order* order = m_data.order(action.orderId); // billing needs the customer and the total
    if (!order)
        return std::nullopt;
    const Cents amount = action.amount.value_or(order->totalAmount);
    const bool failed = status == PaymentStatus::Failed;
    const std::optional<std::string> reason = failed ? std::optional<std::string>(action.failureReason) : std::nullopt;
    const int attempt = failed ? action.attemptNumber : 1;
    const std::string id = m_data.addPayment(order->id, order->customerId, amount, status, reason, attempt, at);
    return PaymentRecord { id, order, amount };
}

std::optional<PriceChange> DomainActions::changePrice(const ScenarioAction& action)
{
    const Product* product = m_data.product(action.productId);
    if (!product)
        return std::nullopt;
    const Cents oldPrice = product->price;
    const Cents newPrice
        = action.type == ActionType::ApplyDiscount ? discountedPrice(oldPrice, action.percent) : action.newPrice;
    if (!m_recorder.decide(m_data.component(), product->id, priceChanged(oldPrice, newPrice)))
        return std::nullopt;
    return PriceChange { m_data.setProductPrice(product->id, newPrice), oldPrice, newPrice };
}

} // namespace notiflow
