#include "apidrivensystem.h"

namespace notiflow::apidriven {

ApiDrivenSystem::ApiDrivenSystem(const DataSet& data, TraceRecorder& recorder)
    : m_store(data, recorder, Architecture::ApiDriven)
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
