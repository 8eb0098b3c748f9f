#include "apidrivensystem.h"

#include "faulterror.h"
#include "tracerecorder.h"

#include <optional>

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

void ApiDrivenSystem::perform(const ScenarioAction& action, const std::string& at)
{
    const FaultSchedule& faults = m_recorder.faults();
    if (faults.isEmpty()) {
        carryOut(action, at);
        return;
    }
    const Component service = serviceFor(action.type);
    const Policies& policies = faults.policies();
    std::optional<DataStore::Savepoint> before;
    if (policies.onNotifyFailure == NotifyFailurePolicy::FailOperation)
        before = m_store.savepoint();
    try {
        carryOut(action, at);
    } catch (const ComponentUnavailable& down) {
        // A data store the service needs is down. Its own: the change cannot be made and the trigger fails. Another
        // domain, read to decide whom to tell: the notifications of this action are given up by the caller's policy.
        const std::string name(componentName(service));
        if (down.component() == domainOf(action.type)) {
            m_recorder.record(FaultEffect::OperationFailed, service, service, StepKind::Failure, "operation fails",
                name + " cannot " + describeAction(action) + ": " + down.what() + ". The outside world gets an error.",
                { { "component", componentId(down.component()) } });
        } else if (before) {
            rollBack(action, std::move(*before), down.what());
        } else {
            m_recorder.record(FaultEffect::Lost, service, service, StepKind::Failure, "notification lost",
                name + " cannot read what it needs to decide whom to tell (" + down.what() + "): by its "
                    + notifyFailurePolicyId(policies.onNotifyFailure)
                    + " policy it gives the notifications of this action up, and the domain change stands.",
                { { "component", componentId(down.component()) },
                    { "policy", notifyFailurePolicyId(policies.onNotifyFailure) } });
        }
    } catch (const NotifyFailed& failure) {
        if (before)
            rollBack(action, std::move(*before), failure.what());
    }
}

// fail_operation: the domain change is undone and the outside world gets an error; messages already sent (earlier
// customers of a fan-out) stay sent.
void ApiDrivenSystem::rollBack(const ScenarioAction& action, DataStore::Savepoint before, const std::string& why)
{
    m_store.rollBack(std::move(before));
    const Component service = serviceFor(action.type);
    const Component domain = domainOf(action.type);
    if (domain != Component::OutsideWorld) {
        m_recorder.record(FaultEffect::Rollback, service, domain, StepKind::Update, "rollback",
            std::string(componentName(service)) + " rolls back what it changed for " + describeAction(action) + ": "
                + why + ".",
            { { "update", "rollback" }, { "action", actionTypeId(action.type) } });
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
