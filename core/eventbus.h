// An in-process publish/subscribe bus, durable like a broker: publish queues one delivery per subscriber on the
// simulated clock's scheduler, after the bus lag, so it runs once the publisher's trigger has returned. Each
// subscriber handles one event at a time, in order; a handler that throws does not stop the others. It records
// each publish and each delivery as asynchronous steps, and keeps a log. With faults it queues for a down subscriber,
// redelivers what was not acknowledged (with backoff) and dead-letters what never is.
#pragma once

#include "domainevent.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
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

    // Stamps the event id, records the Publish step, then schedules a delivery to every matching subscriber.
    void publish(DomainEvent event);

    const std::vector<DomainEvent>& log() const { return m_log; }
    int failedDeliveries() const { return m_failedDeliveries; }
    // Events given up after max_redeliveries failed attempts (only in runs with faults).
    const std::vector<DomainEvent>& deadLetters() const { return m_deadLetters; }

private:
    struct Subscription {
        SubscriptionId id;
        std::optional<EventType> type; // nullopt: every event
        Component subscriber;
        Handler handler;
    };

    // One queued delivery: what the scheduler runs when its time comes.
    struct Delivery {
        Subscription subscription;
        DomainEvent event;
        std::string envelope;
        int publishStep = 0;
        int action = 0;
        int attempt = 1; // 2 and up: a redelivery after the handler failed or its acknowledgement was lost
        bool waiting = false; // counted in the subscriber's queue depth until it is delivered
        bool acknowledgementLost = false; // already delivered once without the bus hearing back
    };
    void deliver(const Delivery& delivery, std::int64_t at);
    void schedule(Delivery delivery, std::int64_t at);
    void handleFailure(const Delivery& delivery, const std::string& error);
    // Schedules `delivery` again at `at` as one waiting in the subscriber's queue.
    void requeue(Delivery delivery, std::int64_t at);
    // After a handler succeeded: whether the bus never heard its acknowledgement (duplicate_delivery on the bus, or
    // lose_response on the subscriber), and if so the redelivery that follows.
    bool acknowledgementLost(const Delivery& delivery);

    TraceRecorder& m_recorder;
    std::map<Component, std::int64_t> m_busyUntil; // per subscriber: when it has finished what it was given
    std::map<Component, int> m_waiting; // per subscriber: events in its queue because of a fault
    std::vector<Subscription> m_subscriptions;
    std::vector<DomainEvent> m_log;
    std::vector<DomainEvent> m_deadLetters;
    SubscriptionId m_nextId = 1;
    int m_failedDeliveries = 0;
};

} // namespace notiflow
