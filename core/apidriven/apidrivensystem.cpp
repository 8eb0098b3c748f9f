#include "apidrivensystem.h"

#include "tracerecorder.h"

namespace notiflow::apidriven {

ApiDrivenSystem::ApiDrivenSystem(const DataSet& data, TraceRecorder& recorder)
    : m_recorder(recorder)
    , m_store(data, recorder, Architecture::ApiDriven)
    , m_channels(recorder)
    , m_api(m_store, recorder, m_channels)
    , m_ordering(m_store, recorder, m_api)
    , m_billing(m_store, recorder, m_api)
    , m_pricing(m_store, recorder, m_api)
    , m_promotions(m_store, recorder, m_api)
{
}

namespace {
// The data domain an action changes (the outside world for one that changes none).
Component domainOf(ActionType type)
{
    switch (type) {
    case ActionType::ShipOrder:
    case ActionType::DeliverOrder:
    case ActionType::ShipLineItem:
        return Component::Orders;
    case ActionType::FailPayment:
    case ActionType::SucceedPayment:
        return Component::Payments;
    case ActionType::UpdatePrice:
    case ActionType::ApplyDiscount:
        return Component::Products;
    case ActionType::ActivatePromotion:
        break;
    }
    return Component::OutsideWorld;
}
} // namespace

void ApiDrivenSystem::perform(const ScenarioAction& action, const std::string& at)
{
    const bool mayFail = !m_recorder.faults().isEmpty()
        && m_recorder.faults().policies().onNotifyFailure == NotifyFailurePolicy::FailOperation;
    if (!mayFail) {
        carryOut(action, at);
        return;
    }
    DataStore::Savepoint before = m_store.savepoint();
    try {
        carryOut(action, at);
    } catch (const NotifyFailed& failure) {
        // fail_operation: the domain change is undone and the outside world gets an error; messages already sent
        // (earlier customers of a fan-out) stay sent.
        m_store.rollBack(std::move(before));
        const Component service = serviceFor(action.type);
        const Component domain = domainOf(action.type);
        if (domain != Component::OutsideWorld) {
            m_recorder.record(FaultEffect::Rollback, service, domain, StepKind::Update, "rollback",
                std::string(componentName(service)) + " rolls back what it changed for " + describeAction(action) + ": "
                    + failure.what() + ".",
                { { "update", "rollback" }, { "action", actionTypeId(action.type) } });
        }
    }
}

void ApiDrivenSystem::carryOut(const ScenarioAction& action, const std::string& at)
{
    switch (action.type) {
    case ActionType::ShipOrder:
        m_ordering.shipOrder(action.orderId, at);
        break;
    case ActionType::DeliverOrder:
        m_ordering.deliverOrder(action.orderId, at);
        break;
    case ActionType::ShipLineItem:
        m_ordering.shipLineItem(action.orderId, action.productId, at);
        break;
    case ActionType::FailPayment:
        m_billing.failPayment(action, at);
        break;
    case ActionType::SucceedPayment:
        m_billing.succeedPayment(action, at);
        break;
    case ActionType::UpdatePrice:
    case ActionType::ApplyDiscount:
        m_pricing.changePrice(action);
        break;
    case ActionType::ActivatePromotion:
        m_promotions.activate(action.promotion);
        break;
    }
}

} // namespace notiflow::apidriven
