// API-driven: the ordering service changes orders, then decides itself which changes customers hear about,
// tracks shipment progress to spot a completed order, and calls the notification API.
#pragma once

#include "domainservice.h"

#include <set>
#include <string>

namespace notiflow::apidriven {

class OrderingService : private DomainService {
    static constexpr Component self = Component::OrderingService; // the component this class records as

public:
    OrderingService(DataStore& store, TraceRecorder& recorder, NotificationApi& api);

    void shipOrder(const std::string& orderId, const std::string& at);
    void deliverOrder(const std::string& orderId, const std::string& at);
    void shipLineItem(const std::string& orderId, const std::string& productId, const std::string& at);

private:
    void notifyStatus(const OrderChange& change);

    std::set<std::string> m_completedOrders; // orders whose completion was already announced
};

} // namespace notiflow::apidriven
