#include "promotionsservice.h"

#include "datastore.h"
#include "notificationcontext.h"

namespace notiflow::apidriven {

PromotionsService::PromotionsService(DataStore& store, TraceRecorder& recorder, NotificationApi& api)
    : DomainService(self, store, recorder, api)
{
}

void PromotionsService::activate(const Promotion& promotion)
{
    const auto context
        = NotificationContext::promotion(promotion.name, promotion.description, promotion.endDate, promotion.promoCode);
    auto requests = nlohmann::json::array();
    for (const Customer* customer : m_data.customersInSegments(promotion.eligibleSegments)) {
        if (m_checks.promotionRecipient(*customer)) {
            requests.push_back(
                NotificationApiClient::notifyRequest(NotificationType::PromotionAvailable, customer->id, context));
        }
    }
    if (!requests.empty())
        m_api.post("/notify/bulk", { { "notifications", std::move(requests) } });
}

} // namespace notiflow::apidriven
