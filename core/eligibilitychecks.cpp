#include "eligibilitychecks.h"

#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow {

EligibilityChecks::EligibilityChecks(DataStoreView& data, TraceRecorder& recorder)
    : m_data(data)
    , m_recorder(recorder)
{
}

bool EligibilityChecks::statusNotifies(const std::string& customerId, const std::string& orderId, OrderStatus newStatus)
{
    return m_recorder.decide(m_data.component(), customerId, notiflow::statusNotifies(orderId, newStatus));
}

bool EligibilityChecks::priceIsLower(const std::string& productId, Cents oldPrice, Cents newPrice)
{
    return m_recorder.decide(m_data.component(), productId, notiflow::priceIsLower(oldPrice, newPrice));
}

std::optional<EligibilityChecks::Recipient> EligibilityChecks::priceDropRecipient(
    const std::string& productId, const std::string& customerId)
{
    const Customer* customer = m_data.customer(customerId);
    if (!customer) {
        m_recorder.decideAll(m_data.component(), customerId, { inCart(productId), noCustomerRecord(customerId) },
            customerId + " is not notified: no customer record");
        return std::nullopt;
    }
    const NotificationPreferences* preferences = m_data.preferences(customerId);
    const RuleOutcome optedIn = priceDropOptedIn(routeChannels(PreferenceCategory::PriceAlerts, preferences));
    const RuleOutcome segment = priceDropSegment(customer->segment);
    const bool eligible = m_recorder.decideAll(m_data.component(), customerId, { inCart(productId), optedIn, segment },
        customerId + (optedIn.passed && segment.passed ? " gets a price-drop alert" : " is not notified"));
    return eligible ? std::optional<Recipient>(Recipient { customer, preferences }) : std::nullopt;
}

std::optional<EligibilityChecks::Recipient> EligibilityChecks::promotionRecipient(const Customer& customer)
{
    const NotificationPreferences* preferences = m_data.preferences(customer.id);
    const RuleOutcome optedIn = promotionOptedIn(routeChannels(PreferenceCategory::Promotions, preferences));
    const bool eligible
        = m_recorder.decideAll(m_data.component(), customer.id, { promotionSegment(customer.segment), optedIn },
            customer.id + (optedIn.passed ? " hears about the promotion" : " is not told"));
    return eligible ? std::optional<Recipient>(Recipient { &customer, preferences }) : std::nullopt;
}

} // namespace notiflow
