// A scenario: a titled list of actions from the outside world, run the same way under both architectures.
#pragma once

#include "faults.h"
#include "records.h"
#include "timing.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace notiflow {

enum class ActionType {
    ShipOrder,
    DeliverOrder,
    ShipLineItem,
    FailPayment,
    SucceedPayment,
    UpdatePrice,
    ApplyDiscount,
    ActivatePromotion,
};

struct Promotion {
    std::string id;
    std::string name;
    std::string description;
    std::vector<Segment> eligibleSegments;
    std::string endDate;
    std::optional<std::string> promoCode;
};

// One action with its parameters; only the fields of its type are meaningful.
struct ScenarioAction {
    ActionType type = ActionType::ShipOrder;
    std::string orderId; // ship_order, deliver_order, ship_line_item, fail_payment, succeed_payment
    std::string productId; // ship_line_item, update_price, apply_discount
    std::string failureReason; // fail_payment
    std::optional<Cents> amount; // fail_payment, succeed_payment; defaults to the order total
    int attemptNumber = 1; // fail_payment
    Cents newPrice = 0; // update_price
    double percent = 0; // apply_discount, in [0, 100]
    Promotion promotion; // activate_promotion
    nlohmann::json parameters; // the step as written in the file, for display
};

struct Scenario {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> watchFor; // optional: points to look out for, shown on the title slide
    std::vector<ScenarioAction> actions;
    Timing timing; // the optional "timing" object, over the defaults
    std::vector<Fault> faults; // the optional "faults" array
    Policies policies; // the optional "policies" object, over the defaults
    std::string source; // file it came from, or "built-in"
};

const char* actionTypeId(ActionType t); // "ship_order"
std::optional<ActionType> actionTypeFromId(std::string_view s);
// One short line for a timeline separator: "apply_discount P-104 20%".
std::string describeAction(const ScenarioAction& action);

} // namespace notiflow
