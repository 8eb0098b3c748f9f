#include "pricingservice.h"

#include "datastore.h"
#include "notificationrules.h"
#include "recordjson.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

namespace {
    constexpr Component self = Component::PricingService;
}

PricingService::PricingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_actions(m_data, recorder)
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

void PricingService::changePrice(const ScenarioAction& action)
{
    const auto change = m_actions.changePrice(action);
    if (!change)
        return;
    const std::string productId = change->product->id;
    if (!m_recorder.decide(self, "price_drop.is_lower", productId, isPriceDrop(change->oldPrice, change->newPrice),
            isPriceDrop(change->oldPrice, change->newPrice)
                ? "the new price " + formatMoney(change->newPrice) + " is lower"
                : "the new price " + formatMoney(change->newPrice) + " is not lower: no alert"))
        return;
    const nlohmann::json context = { { "product_id", productId }, { "product_name", change->product->name },
        { "old_price", moneyJson(change->oldPrice) }, { "new_price", moneyJson(change->newPrice) } };
    for (const auto& customerId : m_data.customersWithProductInCart(productId)) {
        const Customer* customer = m_data.customer(customerId);
        if (!customer) {
            m_recorder.decideAll(self, customerId,
                { { "price_drop.in_cart", true, "has " + productId + " in cart" },
                    { "customer.exists", false, "no customer record " + customerId } },
                customerId + " is not notified: no customer record");
            continue;
        }
        const auto routing = routeChannels(PreferenceCategory::PriceAlerts, m_data.preferences(customerId));
        const bool optedIn = !routing.channels.empty();
        const bool segmentOk = isPriceAlertSegment(customer->segment);
        const bool eligible = m_recorder.decideAll(self, customerId,
            { { "price_drop.in_cart", true, "has " + productId + " in cart" },
                { "price_drop.opted_in", optedIn, routing.reason },
                { "price_drop.segment", segmentOk, segmentReason(customer->segment) } },
            customerId + (optedIn && segmentOk ? " gets a price-drop alert" : " is not notified"));
        if (eligible) {
            m_api.post("/notify",
                { { "notification_type", notificationTypeId(NotificationType::PriceDropAlert) },
                    { "customer_id", customerId }, { "context", context } });
        }
    }
}

} // namespace notiflow::apidriven
