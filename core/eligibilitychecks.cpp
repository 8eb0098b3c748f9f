#include "eligibilitychecks.h"

#include "notificationrules.h"
#include "tracerecorder.h"

#include <vector>

namespace notiflow {

namespace {
// The caption's conclusion: what happens to the customer, and when nothing does, why, from the failed checks'
// own recorded reasons ("CUST-005 is not told: no preference record, and price_alerts are opt-in").
std::string conclusion(const std::string& customerId, const std::vector<RuleOutcome>& outcomes, const char* told)
{
    std::string reasons;
    for (const auto& outcome : outcomes) {
        if (!outcome.passed)
            reasons += (reasons.empty() ? "" : "; ") + outcome.reason;
    }
    return customerId + (reasons.empty() ? std::string(told) : " is not told: " + reasons);
}
} // namespace

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
        const std::vector<RuleOutcome> outcomes { inCart(productId), noCustomerRecord(customerId) };
        m_recorder.decideAll(m_data.component(), customerId, outcomes, conclusion(customerId, outcomes, ""));
        return std::nullopt;
    }
    const NotificationPreferences* preferences = m_data.preferences(customerId);
    const RuleOutcome optedIn = priceDropOptedIn(routeChannels(PreferenceCategory::PriceAlerts, preferences));
    const RuleOutcome segment = priceDropSegment(customer->segment);
    const std::vector<RuleOutcome> outcomes { inCart(productId), optedIn, segment };
    const bool eligible = m_recorder.decideAll(
        m_data.component(), customerId, outcomes, conclusion(customerId, outcomes, " gets a price-drop alert"));
    return eligible ? std::optional<Recipient>(Recipient { customer, preferences }) : std::nullopt;
}

std::optional<EligibilityChecks::Recipient> EligibilityChecks::promotionRecipient(const Customer& customer)
{
    const NotificationPreferences* preferences = m_data.preferences(customer.id);
    const RuleOutcome optedIn = promotionOptedIn(routeChannels(PreferenceCategory::Promotions, preferences));
    const std::vector<RuleOutcome> outcomes { promotionSegment(customer.segment), optedIn };
    const bool eligible = m_recorder.decideAll(
        m_data.component(), customer.id, outcomes, conclusion(customer.id, outcomes, " hears about the promotion"));
    return eligible ? std::optional<Recipient>(Recipient { &customer, preferences }) : std::nullopt;
}

} // namespace notiflow
