// API-driven: the billing service records a payment, then decides to tell the customer and gathers what the
// message needs (the ordered products) before calling the notification API.
#pragma once

#include "domainactions.h"
#include "notificationapiclient.h"

namespace notiflow {
class DataStore;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::apidriven {

class BillingService {
public:
    BillingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void failPayment(const ScenarioAction& action, const std::string& at);
    void succeedPayment(const ScenarioAction& action, const std::string& at);

private:
    DataStoreView m_data;
    DomainActions m_actions;
    TraceRecorder& m_recorder;
    NotificationApiClient m_api;
};

} // namespace notiflow::apidriven
