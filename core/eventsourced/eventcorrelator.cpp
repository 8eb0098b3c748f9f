#include "eventcorrelator.h"

#include "datastore.h"
#include "eventbus.h"
#include "notificationcontext.h"
#include "notificationrules.h"
#include "notificationservice.h"
#include "tracerecorder.h"

#include <stdexcept>

namespace notiflow::eventsourced {

EventCorrelator::EventCorrelator(
    DataStore& store, EventBus& bus, TraceRecorder& recorder, NotificationService& notifications)
    : m_data(store.as(self))
    , m_recorder(recorder)
    , m_notifications(notifications)
{
    bus.subscribe(EventType::LineItemStatusChanged, self, [this](const DomainEvent& e) { onLineItemStatusChanged(e); });
}

void EventCorrelator::onLineItemStatusChanged(const DomainEvent& event)
{
    const auto& p = event.payload;
    const std::string orderId = p.at("order_id");
    const std::string productId = p.at("product_id");
    const std::string status = p.at("new_status");

    auto it = m_orders.find(orderId);
    if (it == m_orders.end()) {
        // First event of this order: learn its lines once, so items shipped before we started listening count.
        const Order* order = m_data.order(orderId);
        if (!order)
            return;
        OrderProgress progress;
        progress.customerId = order->customerId;
        progress.itemCount = activeLineItemCount(*order);
        const auto outstanding = outstandingLineItems(*order);
        progress.outstanding.insert(outstanding.begin(), outstanding.end());
        it = m_orders.emplace(orderId, std::move(progress)).first;
    }
    OrderProgress& progress = it->second;
    if (status == orderStatusId(OrderStatus::Shipped) || status == orderStatusId(OrderStatus::Delivered))
        progress.outstanding.erase(productId);
    if (progress.completed)
        return;

    const std::vector<std::string> outstanding(progress.outstanding.begin(), progress.outstanding.end());
    if (!m_recorder.decide(self, progress.customerId, allItemsShipped(orderId, outstanding, progress.itemCount)))
        return;

    const nlohmann::json context = NotificationContext::orderComplete(orderId, progress.itemCount);
    const int handOver = m_recorder.record(self, Component::NotificationService, StepKind::Request, "OrderCompleted",
        "The event correlator tells the notification service that order " + orderId + " is complete.",
        { { "customer_id", progress.customerId }, { "context", context } });
    const TraceRecorder::Scope scope(m_recorder, handOver);
    // The order counts as complete only once the hand-over succeeded: otherwise the event is not acknowledged,
    // and the redelivery tries again instead of finding the order already complete and losing ORDER_COMPLETE.
    const FaultSchedule& faults = m_recorder.faults();
    const std::int64_t asked = m_recorder.now();
    if (faults.isDown(Component::NotificationService, asked)) {
        m_recorder.setNow(asked + faults.policies().timeoutMs);
        m_recorder.record(FaultEffect::Timeout, self, self, StepKind::Failure, "timeout",
            "The notification service does not answer within " + std::to_string(faults.policies().timeoutMs)
                + " ms: it is down, so order " + orderId + " is not marked complete yet.",
            { { "order_id", orderId }, { "timeout_ms", faults.policies().timeoutMs } });
        throw std::runtime_error("the notification service did not take order " + orderId);
    }
    if (!m_notifications.notifyOrderComplete(progress.customerId, context, event.eventId))
        throw std::runtime_error("ORDER_COMPLETE of order " + orderId + " was not sent on every channel");
    progress.completed = true;
}

} // namespace notiflow::eventsourced
