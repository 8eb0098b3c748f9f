#include "orderingservice.h"

#include "datastore.h"
#include "notificationcontext.h"
#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

OrderingService::OrderingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : DomainService(self, store, recorder, api)
{
}

void OrderingService::notifyStatus(const OrderChange& change)
{
    const Order& order = *change.order;
    if (!m_checks.statusNotifies(order.customerId, order.id, order.status))
        return;
    m_api.notify(notificationTypeFor(order.status), order.customerId,
        NotificationContext::orderStatus(order.id, order.lineItems.size(), order.totalAmount));
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
    if (!m_recorder.decide(self, order.customerId, allItemsShipped(orderId, outstanding, itemCount)))
        return;
    m_api.notify(
        NotificationType::OrderComplete, order.customerId, NotificationContext::orderComplete(orderId, itemCount));
    // Only once the call returned: under fail_operation it throws, the shipment is rolled back and not complete.
    m_completedOrders.insert(orderId);
}

} // namespace notiflow::apidriven
