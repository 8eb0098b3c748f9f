// API-driven wiring: domain services that decide when and whom to notify, and one notification API they call.
#pragma once

#include "architecturesystem.h"
#include "billingservice.h"
#include "channelgateway.h"
#include "datastore.h"
#include "notificationapi.h"
#include "orderingservice.h"
#include "pricingservice.h"
#include "promotionsservice.h"

namespace notiflow::apidriven {

class ApiDrivenSystem final : public ArchitectureSystem {
public:
    ApiDrivenSystem(const DataSet& data, TraceRecorder& recorder);

    void perform(const ScenarioAction& action, const std::string& at) override;
    const DataStore& store() const override { return m_store; }

private:
    void carryOut(const ScenarioAction& action, const std::string& at);
    void rollBack(const ScenarioAction& action, DataStore::Savepoint before, const std::string& why);

    TraceRecorder& m_recorder;
    DataStore m_store;
    ChannelGateway m_channels;
    NotificationApi m_api;
    OrderingService m_ordering;
    BillingService m_billing;
    PricingService m_pricing;
    PromotionsService m_promotions;
};

} // namespace notiflow::apidriven
