#include "orderingservice.h"

#include "datastore.h"
#include "notificationrules.h"
#include "recordjson.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

namespace {
    constexpr Component self = Component::OrderingService;
}

OrderingService::OrderingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_actions(store.as(self), recorder)
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

void OrderingService::notifyStatus(const OrderChange& change)
{
    const Order& order = *change.order;
    const bool shipped = order.status == OrderStatus::Shipped;
    const bool delivered = order.status == OrderStatus::Delivered;
    if (!m_recorder.decide(self, "order_update.status_notifies", order.customerId, shipped || delivered,
            "order " + order.id + " became " + orderStatusId(order.status)
                + (shipped || delivered ? ", which customers hear about" : ", which customers are not told about")))
        return;
    m_api.post("/notify",
        { { "notification_type", notificationTypeId(shipped ? NotificationType::OrderShipped : NotificationType::OrderDelivered) },
            { "customer_id", order.customerId },
            { "context", { { "order_id", order.id }, { "item_count", order.lineItems.size() },
                { "total_amount", moneyJson(order.totalAmount) } } } });
}

void OrderingService::shipOrder(const std::string& orderId, const std::string& at)
{
    if (const auto change = m_actions.shipOrder(orderId, at))
        notifyStatus(*change);
}

void OrderingService::deliverOrder(const std::string& orderId, const std::string& at)
{
    if (const auto change = m_actions.deliverOrder(orderId, at))
        notifyStatus(*change);
}

void OrderingService::shipLineItem(const std::string& orderId, const std::string& productId, const std::string& at)
{
    const auto change = m_actions.shipLineItem(orderId, productId, at);
    if (!change || m_completedOrders.count(orderId))
        return;
    // Completion is now the ordering service's business: it reads its own order after the update.
    const Order& order = *change->order;
    const auto outstanding = outstandingLineItems(order);
    const int itemCount = activeLineItemCount(order);
    if (!m_recorder.decide(self, "order_complete.all_items_shipped", order.customerId, outstanding.empty(),
            completionReason(orderId, outstanding, itemCount)))
        return;
    m_completedOrders.insert(orderId);
    m_api.post("/notify",
        { { "notification_type", notificationTypeId(NotificationType::OrderComplete) },
            { "customer_id", order.customerId }, { "context", { { "order_id", orderId }, { "item_count", itemCount } } } });
}

} // namespace notiflow::apidriven
