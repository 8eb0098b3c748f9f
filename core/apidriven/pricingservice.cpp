#include "pricingservice.h"

#include "datastore.h"
#include "notificationcontext.h"

namespace notiflow::apidriven {

PricingService::PricingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : DomainService(self, store, recorder, api)
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
    const auto context
        = NotificationContext::priceDrop(productId, change->product->name, change->oldPrice, change->newPrice);
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        if (m_checks.priceDropRecipient(productId, customerId))
            m_api.notify(NotificationType::PriceDropAlert, customerId, context);
    }
}

} // namespace notiflow::apidriven
