#include "rulepurpose.h"

namespace notiflow {

RulePurpose rulePurpose(Rule rule)
{
    // A switch without default, so that a new rule does not compile until its purpose is decided.
    switch (rule) {
    case Rule::OrderCanShip:
    case Rule::OrderCanDeliver:
    case Rule::LineItemCanShip:
    case Rule::PriceChanged:
        return RulePurpose::Domain;
    case Rule::OrderUpdateStatusNotifies:
    case Rule::OrderCompleteAllItemsShipped:
    case Rule::PaymentNotifyOnFailure:
    case Rule::PaymentNotifyOnSuccess:
    case Rule::PriceDropIsLower:
    case Rule::PriceDropInCart:
    case Rule::PriceDropOptedIn:
    case Rule::PriceDropSegment:
    case Rule::PromotionSegment:
    case Rule::PromotionOptedIn:
    case Rule::CustomerExists:
    case Rule::ChannelsRoute:
        return RulePurpose::Notification;
    }
    return RulePurpose::Domain;
}

std::optional<Rule> ruleFromId(std::string_view id)
{
    for (const RuleInfo& info : allRules()) {
        if (info.id == id)
            return info.rule;
    }
    return std::nullopt;
}

bool isNotificationRule(std::string_view id)
{
    const auto rule = ruleFromId(id);
    return rule && rulePurpose(*rule) == RulePurpose::Notification;
}

} // namespace notiflow
