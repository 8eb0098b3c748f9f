#include "promotionsservice.h"

#include "datastore.h"
#include "notificationrules.h"
#include "tracerecorder.h"

namespace notiflow::apidriven {

namespace {
    constexpr Component self = Component::PromotionsService;
}

PromotionsService::PromotionsService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_recorder(recorder)
    , m_api(self, api, recorder)
{
}

void PromotionsService::activate(const Promotion& promotion)
{
    const nlohmann::json context = { { "promotion_name", promotion.name }, { "description", promotion.description },
        { "end_date", promotion.endDate },
        { "promo_code", promotion.promoCode ? nlohmann::json(*promotion.promoCode) : nullptr } };
    auto requests = nlohmann::json::array();
    for (const Customer* customer : m_data.customersInSegments(promotion.eligibleSegments)) {
        const auto routing = routeChannels(PreferenceCategory::Promotions, m_data.preferences(customer->id));
        const bool optedIn = !routing.channels.empty();
        const bool eligible = m_recorder.decideAll(self, customer->id,
            { { "promotion.segment", true, "segment " + std::string(segmentId(customer->segment)) + " is eligible" },
                { "promotion.opted_in", optedIn, routing.reason } },
            customer->id + (optedIn ? " hears about the promotion" : " is not told"));
        if (eligible) {
            requests.push_back({ { "notification_type", notificationTypeId(NotificationType::PromotionAvailable) },
                { "customer_id", customer->id }, { "context", context } });
        }
    }
    if (!requests.empty())
        m_api.post("/notify/bulk", { { "notifications", std::move(requests) } });
}

} // namespace notiflow::apidriven
