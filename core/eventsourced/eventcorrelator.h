// Event-sourced: correlates LineItemStatusChanged events over time and tells the notification service when the
// last outstanding item of an order has shipped. Shipment state lives here, not in the ordering service.
#pragma once

#include "datastoreview.h"
#include "domainevent.h"

#include <set>
#include <string>
#include <unordered_map>

namespace notiflow {
class DataStore;
class EventBus;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::eventsourced {

class NotificationService;

class EventCorrelator {
    static constexpr Component self = Component::EventCorrelator; // the component this class records as

public:
    EventCorrelator(DataStore& store, EventBus& bus, TraceRecorder& recorder, NotificationService& notifications);

private:
    struct OrderProgress {
        std::string customerId;
        std::set<std::string> outstanding; // non-cancelled items not yet shipped or delivered
        int itemCount = 0; // non-cancelled items
        bool completed = false;
    };

    void onLineItemStatusChanged(const DomainEvent& event);

    DataStoreView m_data;
    TraceRecorder& m_recorder;
    NotificationService& m_notifications;
    std::unordered_map<std::string, OrderProgress> m_orders;
};

} // namespace notiflow::eventsourced
