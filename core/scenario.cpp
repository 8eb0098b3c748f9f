#include "scenario.h"

#include "livecomparison.h"

#include <array>
#include <cstdio>

namespace notiflow {

namespace {
constexpr std::array<const char*, 8> actionTypeIds { "ship_order", "deliver_order", "ship_line_item", "fail_payment",
    "succeed_payment", "update_price", "apply_discount", "activate_promotion" };

// "20", "12.5": whole percentages read best without decimals.
std::string formatPercent(double percent)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", percent);
    return buffer;
}
} // namespace

const char* actionTypeId(ActionType t)
{
    return actionTypeIds.at(static_cast<std::size_t>(t));
}

std::optional<ActionType> actionTypeFromId(std::string_view s)
{
    for (std::size_t i = 0; i < actionTypeIds.size(); ++i) {
        if (s == actionTypeIds[i])
            return static_cast<ActionType>(i);
    }
    return std::nullopt;
}

std::string describeAction(const ScenarioAction& action)
{
    // An entry of a live session that is no domain action (a client calling the notification API directly) says
    // what it was in its parameters (livecomparison.h); its type then means nothing.
    if (action.parameters.is_object()) {
        const auto call = action.parameters.find(liveCallKey);
        if (call != action.parameters.end() && call->is_string())
            return call->get<std::string>();
    }
    std::string line = actionTypeId(action.type);
    switch (action.type) {
    case ActionType::ShipOrder:
    case ActionType::DeliverOrder:
        line += " " + action.orderId;
        break;
    case ActionType::ShipLineItem:
        line += " " + action.orderId + " " + action.productId;
        break;
    case ActionType::FailPayment:
        line += " " + action.orderId;
        if (action.amount)
            line += " " + formatMoney(*action.amount);
        line += " attempt " + std::to_string(action.attemptNumber);
        break;
    case ActionType::SucceedPayment:
        line += " " + action.orderId;
        if (action.amount)
            line += " " + formatMoney(*action.amount);
        break;
    case ActionType::UpdatePrice:
        line += " " + action.productId + " " + formatMoney(action.newPrice);
        break;
    case ActionType::ApplyDiscount:
        line += " " + action.productId + " " + formatPercent(action.percent) + "%";
        break;
    case ActionType::ActivatePromotion: {
        line += " " + action.promotion.id;
        std::string segments;
        for (const Segment segment : action.promotion.eligibleSegments)
            segments += (segments.empty() ? "" : ",") + std::string(segmentId(segment));
        if (!segments.empty())
            line += " " + segments;
        break;
    }
    }
    return line;
}

} // namespace notiflow
