// API-driven: the pricing service changes a price, then must work out who to tell: it reads carts, customers and
// preferences (none of them its own data), applies the eligibility rules and calls the API once per customer.
#pragma once

#include "domainservice.h"

namespace notiflow::apidriven {

class PricingService : private DomainService {
    static constexpr Component self = Component::PricingService; // the component this class records as

public:
    PricingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void changePrice(const ScenarioAction& action);
};

} // namespace notiflow::apidriven
