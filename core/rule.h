// The one registry of the business rules a run records decisions for: each rule's id, what it checks and which
// notification types it serves. Code names a rule by its enum value; decisions, metrics, the JSON output and change
// files name it by its id. Both architectures evaluate the same rules; which component evaluates them is the lesson.
#pragma once

#include "run.h"

#include <array>
#include <string>
#include <string_view>

namespace notiflow {

enum class Rule {
    OrderCanShip,
    OrderCanDeliver,
    LineItemCanShip,
    PriceChanged,
    OrderUpdateStatusNotifies,
    OrderCompleteAllItemsShipped,
    PaymentNotifyOnFailure,
    PaymentNotifyOnSuccess,
    PriceDropIsLower,
    PriceDropInCart,
    PriceDropOptedIn,
    PriceDropSegment,
    PromotionSegment,
    PromotionOptedIn,
    CustomerExists,
    ChannelsRoute,
};

inline constexpr int ruleCount = 16;

struct RuleInfo {
    Rule rule;
    std::string_view id; // "price_drop.segment"
    std::string_view checks; // what it checks, in one sentence
    unsigned servedTypes; // one bit per NotificationType it serves

    bool serves(NotificationType type) const { return (servedTypes >> static_cast<unsigned>(type)) & 1u; }
};

// Every rule, in the order of the enum.
const std::array<RuleInfo, ruleCount>& allRules();
const RuleInfo& ruleInfo(Rule rule);
std::string_view ruleId(Rule rule);

// One rule evaluated for one case: what a decision records. Built by the functions of notificationrules.h, which
// word the reason once for whichever component evaluates the rule.
struct RuleOutcome {
    Rule rule;
    bool passed;
    std::string reason;
};

} // namespace notiflow
