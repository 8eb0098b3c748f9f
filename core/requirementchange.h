// A requirement change ("marketing wants X") as data: which rules, templates, context fields, channels, events,
// endpoints and new data it touches. Loaded from a change file (io/changeloader.h); resolved by changeimpact.h.
#pragma once

#include "component.h"
#include "run.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace notiflow {

// New data a message needs: `domain` holds it, or nullopt when only the service that publishes (or requests) the
// message knows it.
struct ContextField {
    NotificationType type = NotificationType::OrderShipped;
    std::string name;
    std::optional<Component> domain;
};

// A data domain that does not exist yet, and the rule whose evaluator must read it.
struct NewData {
    std::string domain; // "wishlists"
    std::string readByEvaluatorOf; // a rule id
};

struct ChangeTouches {
    std::vector<std::string> rules; // rule ids of rule.h
    std::vector<NotificationType> notificationTypes; // templates that change
    std::vector<ContextField> contextFields;
    bool channels = false; // routing or a channel changes
    std::vector<std::string> events; // event types whose contract changes
    std::vector<std::string> endpoints; // "POST /notify"
    std::vector<NewData> newData;
};

struct RequirementChange {
    std::string id;
    std::string title;
    std::string description;
    std::string lesson; // one line: what the change teaches
    ChangeTouches touches;
    std::string source; // file it came from, or "built-in"
};

// The endpoints of the notification API a change file may name, and the event types; both from the code that
// serves or publishes them.
const std::vector<std::string>& knownEndpoints();
const std::vector<std::string>& knownEventTypes();
// A data domain by its component id ("orders"); nullopt for anything else.
std::optional<Component> dataDomainFromId(std::string_view id);

} // namespace notiflow
