// Why a rule exists: for the domain itself (an order may ship) or only to decide who is told what. A domain service
// that evaluates a notification rule carries knowledge of notifications, which is what the architectures differ in.
#pragma once

#include "rule.h"

#include <optional>
#include <string_view>

namespace notiflow {

enum class RulePurpose { Domain, Notification };

RulePurpose rulePurpose(Rule rule);
std::optional<Rule> ruleFromId(std::string_view id);
// By id, as decisions name rules; an unknown id is not a notification rule.
bool isNotificationRule(std::string_view id);

} // namespace notiflow
