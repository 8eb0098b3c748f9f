#include "billingservice.h"

#include "datastore.h"
#include "recordjson.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

namespace {
constexpr Component self = Component::BillingService;
}

BillingService::BillingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_actions(m_data, recorder)
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

void BillingService::failPayment(const ScenarioAction& action, const std::string& at)
{
    const auto payment = m_actions.recordPayment(action, PaymentStatus::Failed, at);
    if (!payment)
        return;
    const Order& order = *payment->order;
    m_recorder.decide(self, "payment.notify_on_failure", order.customerId, true,
        "a failed payment is always reported to the customer");
    std::vector<std::string> productIds;
    for (const auto& item : order.lineItems)
        productIds.push_back(item.productId);
    const auto names = m_data.productNames(productIds); // context the API cannot find on its own
    m_api.post("/notify",
        { { "notification_type", notificationTypeId(NotificationType::PaymentFailed) },
            { "customer_id", order.customerId },
            { "context",
                { { "order_id", order.id }, { "amount", moneyJson(payment->amount) },
                    { "failure_reason", action.failureReason }, { "attempt_number", action.attemptNumber },
                    { "product_names", names } } } });
}

void BillingService::succeedPayment(const ScenarioAction& action, const std::string& at)
{
    const auto payment = m_actions.recordPayment(action, PaymentStatus::Success, at);
    if (!payment)
        return;
    const Order& order = *payment->order;
    m_recorder.decide(self, "payment.notify_on_success", order.customerId, true,
        "a received payment is always confirmed to the customer");
    m_api.post("/notify",
        { { "notification_type", notificationTypeId(NotificationType::PaymentSuccess) },
            { "customer_id", order.customerId },
            { "context", { { "order_id", order.id }, { "amount", moneyJson(payment->amount) } } } });
}

} // namespace notiflow::apidriven
