// API-driven: the promotions service finds the customers of the eligible segments, checks each one's opt-in
// itself, and sends one bulk request to the notification API.
#pragma once

#include "datastoreview.h"
#include "eligibilitychecks.h"
#include "notificationapiclient.h"
#include "scenario.h"

namespace notiflow {
class DataStore;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::apidriven {

class PromotionsService {
public:
    PromotionsService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void activate(const Promotion& promotion);

private:
    DataStoreView m_data;
    EligibilityChecks m_checks;
    NotificationApiClient m_api;
};

} // namespace notiflow::apidriven
