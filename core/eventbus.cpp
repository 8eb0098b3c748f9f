#include "eventbus.h"

#include "componentsentence.h"
#include "faulterror.h"
#include "tracerecorder.h"

#include <algorithm>
#include <exception>
#include <memory>

namespace notiflow {

EventBus::EventBus(TraceRecorder& recorder)
    : m_recorder(recorder)
{
}

EventBus::SubscriptionId EventBus::subscribe(EventType type, Component subscriber, Handler handler)
{
    m_subscriptions.push_back({ m_nextId, type, subscriber, std::move(handler) });
    return m_nextId++;
}

EventBus::SubscriptionId EventBus::subscribeAll(Component subscriber, Handler handler)
{
    m_subscriptions.push_back({ m_nextId, std::nullopt, subscriber, std::move(handler) });
    return m_nextId++;
}

bool EventBus::unsubscribe(SubscriptionId id)
{
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        if (it->id == id) {
            m_subscriptions.erase(it);
            return true;
        }
    }
    return false;
}

void EventBus::publish(DomainEvent event)
{
    const FaultSchedule& faults = m_recorder.faults();
    if (faults.isDown(Component::EventBus, m_recorder.now())) {
        // The broker itself is down: the publisher's call times out and nothing is queued.
        const std::int64_t timeout = faults.policies().timeoutMs;
        const std::string name = eventTypeId(event.type);
        m_recorder.record(FaultEffect::Timeout, event.publisher, Component::EventBus, StepKind::Failure,
            "timeout: " + name,
            std::string(componentName(event.publisher)) + " cannot publish " + name + ": the event bus does not answer "
                + "within " + std::to_string(timeout) + " ms.",
            { { "event_type", name }, { "timeout_ms", timeout } });
        m_recorder.advance(timeout);
        throw ComponentUnavailable(Component::EventBus, "the event bus is down");
    }
    event.eventId = "evt-" + std::to_string(m_log.size() + 1);
    const std::string name = eventTypeId(event.type);
    const std::string envelope = nlohmann::json {
        { "event_id", event.eventId }, { "event_type", name }, { "publisher", componentId(event.publisher) },
        { "occurred_at", event.occurredAt }, { "payload", event.payload }
    }.dump();

    NarratedStep published;
    published.from = event.publisher;
    published.to = Component::EventBus;
    published.kind = StepKind::Publish;
    published.publisher = event.publisher;
    published.label = toShortText(name);
    published.caption = std::string(componentName(event.publisher)) + " publishes " + name
        + " and moves on without waiting for anyone.";
    published.detail = envelope;
    const int publishStep = m_recorder.record(std::move(published));
    m_log.push_back(event);

    // Copy: a handler may subscribe or unsubscribe before the deliveries run.
    const std::int64_t ready = m_recorder.now() + m_recorder.timing().busLagMs;
    for (const auto& subscription : m_subscriptions) {
        if (subscription.type && *subscription.type != event.type)
            continue;
        schedule(Delivery { subscription, event, envelope, publishStep, m_recorder.action() }, ready);
    }
}

void EventBus::schedule(Delivery delivery, std::int64_t at)
{
    auto shared = std::make_shared<const Delivery>(std::move(delivery));
    m_recorder.scheduler().schedule(at, [this, shared](std::int64_t due) { deliver(*shared, due); });
}

void EventBus::requeue(Delivery delivery, std::int64_t at)
{
    if (!delivery.waiting) {
        delivery.waiting = true;
        m_recorder.queueDepthChanged(delivery.subscription.subscriber, ++m_waiting[delivery.subscription.subscriber]);
    }
    schedule(std::move(delivery), at);
}

// Only with faults: the handler did not acknowledge, so the bus tries again after a backoff that doubles per
// attempt, and after max_redeliveries moves the event to the dead-letter queue.
void EventBus::handleFailure(const Delivery& d, const std::string& error)
{
    const Policies& policies = m_recorder.faults().policies();
    const std::string name = eventTypeId(d.event.type);
    const std::string subscriber(componentName(d.subscription.subscriber));
    if (d.attempt > policies.maxRedeliveries) {
        m_deadLetters.push_back(d.event);
        m_recorder.record(FaultEffect::DeadLetter, Component::EventBus, Component::EventBus, StepKind::Failure,
            "dead letter: " + name,
            "After " + std::to_string(d.attempt) + " failed deliveries the event bus moves " + name + " ("
                + d.event.eventId + ") for the " + subscriber
                + " to its dead-letter queue: what it would have sent is lost.",
            { { "event_id", d.event.eventId }, { "subscriber", componentId(d.subscription.subscriber) },
                { "attempts", d.attempt }, { "error", error } });
        return;
    }
    Delivery again = d;
    ++again.attempt;
    again.waiting = false; // taken out of the queue when it was delivered; it goes back in
    requeue(std::move(again), m_recorder.now() + policies.backoff(d.attempt));
}

bool EventBus::acknowledgementLost(const Delivery& d)
{
    const FaultSchedule& faults = m_recorder.faults();
    const Component subscriber = d.subscription.subscriber;
    const std::int64_t now = m_recorder.now();
    if (d.acknowledgementLost
        || !(faults.holds(Component::EventBus, FaultMode::DuplicateDelivery, now)
            || faults.holds(subscriber, FaultMode::LoseResponse, now)))
        return false;
    const std::string name = eventTypeId(d.event.type);
    const std::int64_t wait = faults.policies().backoff(d.attempt);
    m_recorder.record(FaultEffect::ResponseLost, subscriber, Component::EventBus, StepKind::Failure,
        "acknowledgement lost",
        "The " + componentNameInSentence(subscriber) + " handled " + name + " (" + d.event.eventId
            + "), but its acknowledgement never reaches the event bus, which delivers it again after "
            + std::to_string(wait) + " ms.",
        { { "event_id", d.event.eventId }, { "redeliver_after_ms", wait } });
    Delivery again = d;
    ++again.attempt;
    again.waiting = false; // taken out of the queue when it was delivered; it goes back in
    again.acknowledgementLost = true;
    requeue(std::move(again), now + wait);
    return true;
}

void EventBus::deliver(const Delivery& d, std::int64_t at)
{
    const Component subscriber = d.subscription.subscriber;
    const std::string name = eventTypeId(d.event.type);
    std::int64_t& busyUntil = m_busyUntil[subscriber];
    m_recorder.resumeAction(d.action);
    m_recorder.setNow(std::max(at, busyUntil));
    const TraceRecorder::Scope publishScope(m_recorder, d.publishStep);
    const FaultSchedule& faults = m_recorder.faults();
    const bool busDown = faults.isDown(Component::EventBus, m_recorder.now());
    if (busDown || faults.isDown(subscriber, m_recorder.now())) {
        // A durable broker: the event waits in the subscriber's queue and is delivered, in order, once it (and the
        // bus) is back.
        const std::int64_t back = busDown ? faults.upAgain(Component::EventBus, m_recorder.now())
                                          : faults.upAgain(subscriber, m_recorder.now());
        m_recorder.record(FaultEffect::Enqueue, Component::EventBus, subscriber, StepKind::Failure, "queued: " + name,
            (busDown ? std::string("The event bus is down: ")
                     : "The " + componentNameInSentence(subscriber) + " is down: ")
                + name + " waits in the " + componentNameInSentence(subscriber) + "'s queue until "
                + std::to_string(back) + " ms.",
            { { "event_id", d.event.eventId }, { "until_ms", back } });
        requeue(d, back);
        return;
    }
    NarratedStep delivered;
    delivered.from = Component::EventBus;
    delivered.to = subscriber;
    delivered.kind = StepKind::Deliver;
    delivered.effect = d.attempt > 1 ? FaultEffect::Redeliver : FaultEffect::None;
    delivered.publisher = d.event.publisher;
    delivered.label = toShortText(name);
    delivered.caption = "The event bus delivers " + name + " to the " + std::string(componentName(subscriber))
        + (d.attempt > 1 ? " again (attempt " + std::to_string(d.attempt) + ")." : ".");
    delivered.detail = d.envelope;
    const int deliverStep = m_recorder.record(std::move(delivered));
    if (d.waiting)
        m_recorder.queueDepthChanged(subscriber, --m_waiting[subscriber]);
    const TraceRecorder::Scope deliverScope(m_recorder, deliverStep);
    try {
        d.subscription.handler(d.event);
        if (!faults.isEmpty())
            acknowledgementLost(d);
    } catch (const std::exception& error) {
        ++m_failedDeliveries;
        m_recorder.record(faults.isEmpty() ? FaultEffect::None : FaultEffect::HandlerFailed, subscriber,
            Component::EventBus, StepKind::Failure, "handler failed",
            std::string(componentName(subscriber)) + " failed to handle " + name + ": " + error.what()
                + "; the other subscribers still get it.",
            { { "event_id", d.event.eventId }, { "error", error.what() } });
        if (!faults.isEmpty())
            handleFailure(d, error.what());
    }
    busyUntil = m_recorder.now();
}

} // namespace notiflow
