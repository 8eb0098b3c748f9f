#include "pricingservice.h"

#include "datastore.h"
#include "recordjson.h"

namespace notiflow::apidriven {

namespace {
constexpr Component self = Component::PricingService;
}

PricingService::PricingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_actions(m_data, recorder)
    , m_checks(m_data, recorder)
    , m_api(self, api, recorder)
{
}

void PricingService::changePrice(const ScenarioAction& action)
{
    const auto change = m_actions.changePrice(action);
    if (!change)
        return;
    const std::string productId = change->product->id;
    if (!m_checks.priceIsLower(productId, change->oldPrice, change->newPrice))
        return;
    const nlohmann::json context = { { "product_id", productId }, { "product_name", change->product->name },
        { "old_price", moneyJson(change->oldPrice) }, { "new_price", moneyJson(change->newPrice) } };
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        if (m_checks.priceDropRecipient(productId, customerId)) {
            m_api.post("/notify",
                { { "notification_type", notificationTypeId(NotificationType::PriceDropAlert) },
                    { "customer_id", customerId }, { "context", context } });
        }
    }
}

} // namespace notiflow::apidriven
