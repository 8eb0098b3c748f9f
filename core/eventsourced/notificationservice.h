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
public:
    NotificationService(DataStore& store, EventBus& bus, TraceRecorder& recorder, ChannelGateway& channels);

    // Called by the event correlator, which lives on the notification side, when an order's last item shipped.
    void notifyOrderComplete(const std::string& customerId, const nlohmann::json& context);

private:
    void onOrderStatusChanged(const DomainEvent& event);
    void onPaymentEvent(const DomainEvent& event);
    void onPriceChanged(const DomainEvent& event);
    void onPromotionActivated(const DomainEvent& event);
    void notifyCustomer(NotificationType type, const std::string& customerId, const nlohmann::json& context);

    DataStoreView m_data;
    TraceRecorder& m_recorder;
    EligibilityChecks m_checks;
    Notifier m_notifier;
};

} // namespace notiflow::eventsourced
