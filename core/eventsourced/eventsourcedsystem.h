// Event-sourced wiring: domain services change their own data and publish an event; they know nothing of
// notifications. The notification service and the event correlator subscribe and do the rest.
#pragma once

#include "architecturesystem.h"
#include "channelgateway.h"
#include "datastore.h"
#include "domainactions.h"
#include "eventbus.h"
#include "eventcorrelator.h"
#include "notificationservice.h"

namespace notiflow::eventsourced {

class EventSourcedSystem final : public ArchitectureSystem {
public:
    EventSourcedSystem(const DataSet& data, TraceRecorder& recorder);

    void perform(const ScenarioAction& action, const std::string& at) override;
    const DataStore& store() const override { return m_store; }

private:
    void carryOut(const ScenarioAction& action, const std::string& at);
    // Publishes; with the bus down, applies the publisher's on_notify_failure policy (retry, drop, or throwing
    // NotifyFailed for fail_operation).
    void publish(EventType type, Component publisher, const std::string& at, nlohmann::json payload);
    void publishOrderStatus(const OrderChange& change, const std::string& at);

    TraceRecorder& m_recorder;
    DataStore m_store;
    EventBus m_bus;
    ChannelGateway m_channels;
    NotificationService m_notificationService;
    EventCorrelator m_correlator;
    DomainActions m_ordering;
    DomainActions m_billing;
    DomainActions m_pricing;
};

} // namespace notiflow::eventsourced
