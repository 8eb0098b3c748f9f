// Event-sourced: the one component that owns notification. It subscribes to domain events, looks up customers,
// carts and preferences itself, applies every notification rule and sends.
#pragma once

#include "datastoreview.h"
#include "domainevent.h"
#include "eligibilitychecks.h"
#include "notifier.h"

namespace notiflow {
class DataStore;
class EventBus;
class TraceRecorder;
} // namespace notiflow

namespace notiflow::eventsourced {

class NotificationService {
    static constexpr Component self = Component::NotificationService; // the component this class records as

public:
    NotificationService(DataStore& store, EventBus& bus, TraceRecorder& recorder, ChannelGateway& channels);

    // Called by the event correlator, which lives on the notification side, when an order's last item shipped.
    // False when a channel's provider was down: the hand-over did not succeed. `eventId` is the event the correlator
    // is handling: an idempotent consumer does not send twice for it.
    bool notifyOrderComplete(const std::string& customerId, const nlohmann::json& context, const std::string& eventId);

private:
    void onOrderStatusChanged(const DomainEvent& event);
    void onPaymentEvent(const DomainEvent& event);
    void onPriceChanged(const DomainEvent& event);
    void onPromotionActivated(const DomainEvent& event);
    void notifyCustomer(NotificationType type, const std::string& customerId, const nlohmann::json& context);
    void send(NotificationType type, const Customer& customer, const NotificationPreferences* preferences,
        const nlohmann::json& context);
    // Runs one handler; throws (the bus then redelivers) if a provider was down while it sent.
    void acknowledged(const DomainEvent& event, void (NotificationService::*handler)(const DomainEvent&));

    bool m_providerDown = false;
    // The id of the event being handled when the idempotent_consumer policy is on: sends are remembered under it.
    std::string m_idempotencyKey;
    DataStoreView m_data;
    TraceRecorder& m_recorder;
    EligibilityChecks m_checks;
    Notifier m_notifier;
};

} // namespace notiflow::eventsourced
