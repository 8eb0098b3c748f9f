// API-driven: the promotions service finds the customers of the eligible segments, checks each one's opt-in
// itself, and sends one bulk request to the notification API.
#pragma once

#include "domainservice.h"
#include "scenario.h"

namespace notiflow::apidriven {

class PromotionsService : private DomainService {
    static constexpr Component self = Component::PromotionsService; // the component this class records as

public:
    PromotionsService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void activate(const Promotion& promotion);
};

} // namespace notiflow::apidriven
