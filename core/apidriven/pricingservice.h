// API-driven: the pricing service changes a price, then must work out who to tell: it reads carts, customers and
// preferences (none of them its own data), applies the eligibility rules and calls the API once per customer.
#pragma once

#include "domainactions.h"
#include "eligibilitychecks.h"
#include "notificationapiclient.h"

namespace notiflow {
class DataStore;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::apidriven {

class PricingService {
public:
    PricingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void changePrice(const ScenarioAction& action);

private:
    DataStoreView m_data;
    DomainActions m_actions;
    EligibilityChecks m_checks;
    NotificationApiClient m_api;
};

} // namespace notiflow::apidriven
