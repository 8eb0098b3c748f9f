// An in-process publish/subscribe bus. Delivery is synchronous, in subscription order; a handler that throws
// does not stop the others. It records each publish and each delivery as asynchronous steps, and keeps a log.
#pragma once

#include "domainevent.h"

#include <functional>
#include <optional>
#include <vector>

namespace notiflow {

class TraceRecorder;

class EventBus {
public:
    using Handler = std::function<void(const DomainEvent&)>;
    using SubscriptionId = int;

    explicit EventBus(TraceRecorder& recorder);

    SubscriptionId subscribe(EventType type, Component subscriber, Handler handler);
    SubscriptionId subscribeAll(Component subscriber, Handler handler);
    bool unsubscribe(SubscriptionId id);

    // Stamps the event id, records the Publish step, then delivers to every matching subscriber.
    void publish(DomainEvent event);

    const std::vector<DomainEvent>& log() const { return m_log; }
    int failedDeliveries() const { return m_failedDeliveries; }

private:
    struct Subscription {
        SubscriptionId id;
        std::optional<EventType> type; // nullopt: every event
        Component subscriber;
        Handler handler;
    };

    TraceRecorder& m_recorder;
    std::vector<Subscription> m_subscriptions;
    std::vector<DomainEvent> m_log;
    SubscriptionId m_nextId = 1;
    int m_failedDeliveries = 0;
};

} // namespace notiflow
