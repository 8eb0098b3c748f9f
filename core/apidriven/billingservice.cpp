#include "billingservice.h"

#include "datastore.h"
#include "notificationcontext.h"
#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

BillingService::BillingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : DomainService(self, store, recorder, api)
{
}

void BillingService::failPayment(const ScenarioAction& action, const std::string& at)
{
    const auto payment = m_actions.recordPayment(action, PaymentStatus::Failed, at);
    if (!payment)
        return;
    const Order& order = *payment->order;
    m_recorder.decide(self, order.customerId, paymentNotifies(PaymentStatus::Failed));
    const auto names = m_data.productNames(orderedProductIds(order)); // context the API cannot find on its own
    m_api.notify(NotificationType::PaymentFailed, order.customerId,
        NotificationContext::paymentFailed(
            order.id, payment->amount, action.failureReason, action.attemptNumber, names));
}

void BillingService::succeedPayment(const ScenarioAction& action, const std::string& at)
{
    const auto payment = m_actions.recordPayment(action, PaymentStatus::Success, at);
    if (!payment)
        return;
    const Order& order = *payment->order;
    m_recorder.decide(self, order.customerId, paymentNotifies(PaymentStatus::Success));
    m_api.notify(NotificationType::PaymentSuccess, order.customerId,
        NotificationContext::paymentSucceeded(order.id, payment->amount));
}

} // namespace notiflow::apidriven
