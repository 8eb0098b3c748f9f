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
    : m_data(store.as(self))
    , m_actions(m_data, recorder)
    , m_checks(m_data, recorder)
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

void OrderingService::notifyStatus(const OrderChange& change)
{
    const Order& order = *change.order;
    if (!m_checks.statusNotifies(order.customerId, order.id, order.status))
        return;
    const bool shipped = order.status == OrderStatus::Shipped;
    m_api.post("/notify",
        { { "notification_type",
              notificationTypeId(shipped ? NotificationType::OrderShipped : NotificationType::OrderDelivered) },
            { "customer_id", order.customerId },
            { "context",
                { { "order_id", order.id }, { "item_count", order.lineItems.size() },
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
            { "customer_id", order.customerId },
            { "context", { { "order_id", orderId }, { "item_count", itemCount } } } });
}

} // namespace notiflow::apidriven
