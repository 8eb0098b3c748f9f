#include "eventsourcedsystem.h"

#include "faulterror.h"
#include "io/recordjson.h"
#include "notificationapiclient.h"
#include "tracerecorder.h"

#include <optional>

namespace notiflow::eventsourced {

EventSourcedSystem::EventSourcedSystem(const DataSet& data, TraceRecorder& recorder)
    : m_recorder(recorder)
    , m_store(data, recorder, Architecture::EventSourced)
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
    const DomainEvent event { type, publisher, {}, at, std::move(payload) };
    const Policies& policies = m_recorder.faults().policies();
    for (int attempt = 1;; ++attempt) {
        try {
            m_bus.publish(event);
            return;
        } catch (const ComponentUnavailable& down) {
            const bool again = policies.onNotifyFailure == NotifyFailurePolicy::Retry && attempt <= policies.retries;
            if (again) {
                m_recorder.advance(policies.backoff(attempt));
                continue;
            }
            const std::string name = eventTypeId(type);
            if (policies.onNotifyFailure == NotifyFailurePolicy::FailOperation) {
                m_recorder.record(FaultEffect::OperationFailed, publisher, publisher, StepKind::Failure,
                    "operation fails",
                    std::string(componentName(publisher)) + " cannot publish " + name
                        + " and, by its fail_operation policy, fails the whole operation.",
                    { { "event_type", name }, { "attempts", attempt } });
                throw NotifyFailed(std::string(componentName(publisher)) + " could not publish " + name);
            }
            m_recorder.record(FaultEffect::Lost, publisher, publisher, StepKind::Failure, "event lost",
                std::string(componentName(publisher))
                    + (attempt > 1 ? " gives up after " + std::to_string(attempt) + " attempts" : " drops it") + ": "
                    + name + " is never published (" + down.what()
                    + "), so nobody hears of it; the domain change stands.",
                { { "event_type", name }, { "attempts", attempt },
                    { "policy", notifyFailurePolicyId(policies.onNotifyFailure) } });
            return;
        }
    }
}

void EventSourcedSystem::perform(const ScenarioAction& action, const std::string& at)
{
    const FaultSchedule& faults = m_recorder.faults();
    if (faults.isEmpty()) {
        carryOut(action, at);
        return;
    }
    const Component service = serviceFor(action.type);
    std::optional<DataStore::Savepoint> before;
    if (faults.policies().onNotifyFailure == NotifyFailurePolicy::FailOperation)
        before = m_store.savepoint();
    try {
        carryOut(action, at);
    } catch (const ComponentUnavailable& down) {
        // A data store the service needs is down: the change cannot be made, and the trigger fails.
        m_recorder.record(FaultEffect::OperationFailed, service, service, StepKind::Failure, "operation fails",
            std::string(componentName(service)) + " cannot " + describeAction(action) + ": " + down.what()
                + ". The outside world gets an error.",
            { { "component", componentId(down.component()) } });
    } catch (const NotifyFailed& failure) {
        // fail_operation when the bus was down: undo the domain change; the outside world gets an error.
        m_store.rollBack(std::move(*before));
        const Component domain = domainOf(action.type);
        m_recorder.record(FaultEffect::Rollback, service, domain == Component::OutsideWorld ? service : domain,
            StepKind::Update, "rollback",
            std::string(componentName(service)) + " rolls back what it changed for " + describeAction(action) + ": "
                + failure.what() + ".",
            { { "update", "rollback" }, { "action", actionTypeId(action.type) } });
    }
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

void EventSourcedSystem::carryOut(const ScenarioAction& action, const std::string& at)
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
