#include "eventbus.h"

#include "tracerecorder.h"

#include <exception>

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
    event.eventId = "evt-" + std::to_string(m_log.size() + 1);
    const std::string name = eventTypeId(event.type);
    const std::string envelope = nlohmann::json {
        { "event_id", event.eventId }, { "event_type", name }, { "publisher", componentId(event.publisher) },
        { "occurred_at", event.occurredAt }, { "payload", event.payload }
    }.dump();

    Step published;
    published.from = event.publisher;
    published.to = Component::EventBus;
    published.kind = StepKind::Publish;
    published.publisher = event.publisher;
    published.label = name;
    published.caption = std::string(componentName(event.publisher)) + " publishes " + name
        + " and moves on without waiting for anyone.";
    published.detail = envelope;
    const int publishStep = m_recorder.record(std::move(published));
    m_log.push_back(event);

    // Copy: a handler may subscribe or unsubscribe while we deliver.
    const auto subscriptions = m_subscriptions;
    const TraceRecorder::Scope publishScope(m_recorder, publishStep);
    for (const auto& subscription : subscriptions) {
        if (subscription.type && *subscription.type != event.type)
            continue;
        Step delivered;
        delivered.from = Component::EventBus;
        delivered.to = subscription.subscriber;
        delivered.kind = StepKind::Deliver;
        delivered.publisher = event.publisher;
        delivered.label = name;
        delivered.caption
            = "The event bus delivers " + name + " to the " + std::string(componentName(subscription.subscriber)) + ".";
        delivered.detail = envelope;
        const int deliverStep = m_recorder.record(std::move(delivered));
        const TraceRecorder::Scope deliverScope(m_recorder, deliverStep);
        try {
            subscription.handler(event);
        } catch (const std::exception& error) {
            ++m_failedDeliveries;
            m_recorder.record(subscription.subscriber, Component::EventBus, StepKind::Failure, "handler failed",
                std::string(componentName(subscription.subscriber)) + " failed to handle " + name + ": " + error.what()
                    + "; the other subscribers still get it.",
                { { "event_id", event.eventId }, { "error", error.what() } });
        }
    }
}

} // namespace notiflow
