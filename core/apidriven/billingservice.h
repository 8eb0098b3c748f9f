// API-driven: the billing service records a payment, then decides to tell the customer and gathers what the
// message needs (the ordered products) before calling the notification API.
#pragma once

#include "domainservice.h"

namespace notiflow::apidriven {

class BillingService : private DomainService {
    static constexpr Component self = Component::BillingService; // the component this class records as

public:
    BillingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void failPayment(const ScenarioAction& action, const std::string& at);
    void succeedPayment(const ScenarioAction& action, const std::string& at);
};

} // namespace notiflow::apidriven
