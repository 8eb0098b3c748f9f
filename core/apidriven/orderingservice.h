// API-driven: the ordering service changes orders, then decides itself which changes customers hear about,
// tracks shipment progress to spot a completed order, and calls the notification API.
#pragma once

#include "domainactions.h"
#include "eligibilitychecks.h"
#include "notificationapiclient.h"

#include <set>
#include <string>

namespace notiflow {
class DataStore;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::apidriven {

class OrderingService {
public:
    OrderingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void shipOrder(const std::string& orderId, const std::string& at);
    void deliverOrder(const std::string& orderId, const std::string& at);
    void shipLineItem(const std::string& orderId, const std::string& productId, const std::string& at);

private:
    void notifyStatus(const OrderChange& change);

    DataStoreView m_data;
    DomainActions m_actions;
    EligibilityChecks m_checks;
    TraceRecorder& m_recorder;
    NotificationApiClient m_api;
    std::set<std::string> m_completedOrders; // orders whose completion was already announced
};

} // namespace notiflow::apidriven
