#include "promotionsservice.h"

#include "datastore.h"

namespace notiflow::apidriven {

namespace {
constexpr Component self = Component::PromotionsService;
}

PromotionsService::PromotionsService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : m_data(store.as(self))
    , m_checks(m_data, recorder)
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
        if (m_checks.promotionRecipient(*customer)) {
            requests.push_back({ { "notification_type", notificationTypeId(NotificationType::PromotionAvailable) },
                { "customer_id", customer->id }, { "context", context } });
        }
    }
    if (!requests.empty())
        m_api.post("/notify/bulk", { { "notifications", std::move(requests) } });
}

} // namespace notiflow::apidriven
