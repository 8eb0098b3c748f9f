#include "scenarioloader.h"

#include "joined.h"
#include "jsondocumentbuilder.h"
#include "moneylimit.h"
#include "textfile.h"

#include <algorithm>

namespace notiflow {

using nlohmann::json;

namespace {

// A day: longer latencies are typing mistakes, and keep sums of them far from overflowing.
constexpr std::uint64_t maxMilliseconds = 86'400'000;

std::string describeValue(const json& value)
{
    if (value.is_string() || value.is_object() || value.is_array())
        return std::string(value.type_name());
    return value.type_name() + std::string(" ") + value.dump();
}

// Reads the fields of one JSON object (the scenario itself or one of its steps) and reports a problem
// with the file, the step and the field.
class FieldReader {
public:
    FieldReader(const json& object, LoadErrorLocation location)
        : m_object(object)
        , m_location(std::move(location))
    {
    }

    void setStepAction(const std::string& action) { m_location.recordId = action; }
    const LoadErrorLocation& location() const { return m_location; }

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const
    {
        LoadErrorLocation location = m_location;
        location.field = field;
        throw LoadError(location, problem);
    }

    const json* optional(const char* key) const
    {
        const auto& members = m_object.get_ref<const json::object_t&>();
        const auto where = members.find(std::string_view(key));
        return where == members.end() || where->second.is_null() ? nullptr : &where->second;
    }

    const json& require(const char* key) const
    {
        const json* value = optional(key);
        if (!value)
            fail(key, m_object.contains(key) ? "must not be null" : "is missing");
        return *value;
    }

    std::string text(const char* key, bool allowEmpty = false) const { return textOf(require(key), key, allowEmpty); }

    std::string textOf(const json& value, const std::string& field, bool allowEmpty = false) const
    {
        if (!value.is_string())
            fail(field, "must be a string, not " + describeValue(value));
        const std::string& s = value.get_ref<const std::string&>();
        if (!allowEmpty && s.empty())
            fail(field, "must not be empty");
        return s;
    }

    Cents money(const json& value, const char* key) const
    {
        if (!value.is_number())
            fail(key, "must be a number, not " + describeValue(value));
        const double amount = value.get<double>();
        if (amount < 0)
            fail(key, "must not be negative (found " + value.dump() + ")");
        if (!(amount <= maxMoney))
            fail(key, "is too large (found " + value.dump() + ")");
        return centsFromDecimal(amount);
    }

private:
    const json& m_object;
    LoadErrorLocation m_location;
};

void readParameters(const FieldReader& step, ScenarioAction& action)
{
    switch (action.type) {
    case ActionType::ShipOrder:
    case ActionType::DeliverOrder:
        action.orderId = step.text("order_id");
        break;
    case ActionType::ShipLineItem:
        action.orderId = step.text("order_id");
        action.productId = step.text("product_id");
        break;
    case ActionType::FailPayment:
        action.orderId = step.text("order_id");
        action.failureReason = step.text("failure_reason");
        if (const json* amount = step.optional("amount"))
            action.amount = step.money(*amount, "amount");
        if (const json* attempt = step.optional("attempt_number")) {
            if (!attempt->is_number_integer())
                step.fail("attempt_number", "must be a whole number, not " + describeValue(*attempt));
            if (attempt->get<std::int64_t>() < 1 || attempt->get<double>() > 1e6)
                step.fail("attempt_number", "must be between 1 and 1000000 (found " + attempt->dump() + ")");
            action.attemptNumber = attempt->get<int>();
        }
        break;
    case ActionType::SucceedPayment:
        action.orderId = step.text("order_id");
        if (const json* amount = step.optional("amount"))
            action.amount = step.money(*amount, "amount");
        break;
    case ActionType::UpdatePrice:
        action.productId = step.text("product_id");
        action.newPrice = step.money(step.require("new_price"), "new_price");
        break;
    case ActionType::ApplyDiscount: {
        action.productId = step.text("product_id");
        const json& percent = step.require("percent");
        if (!percent.is_number())
            step.fail("percent", "must be a number, not " + describeValue(percent));
        action.percent = percent.get<double>();
        if (!(action.percent >= 0 && action.percent <= 100))
            step.fail("percent", "must be between 0 and 100 (found " + percent.dump() + ")");
        break;
    }
    case ActionType::ActivatePromotion: {
        Promotion& promotion = action.promotion;
        promotion.id = step.text("promotion_id");
        promotion.name = step.text("name");
        promotion.description = step.text("description", true);
        promotion.endDate = step.text("end_date");
        if (const json* code = step.optional("promo_code"))
            promotion.promoCode = step.textOf(*code, "promo_code");
        const json& segments = step.require("eligible_segments");
        if (!segments.is_array())
            step.fail("eligible_segments", "must be an array of segments, not " + describeValue(segments));
        if (segments.empty())
            step.fail("eligible_segments", "must name at least one segment");
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const std::string field = "eligible_segments[" + std::to_string(i) + "]";
            const std::string id = step.textOf(segments[i], field);
            const std::optional<Segment> segment = segmentFromId(id);
            if (!segment)
                step.fail(
                    field, "unknown segment \"" + displayValue(id) + "\"; expected bronze, silver, gold or platinum");
            if (std::find(promotion.eligibleSegments.begin(), promotion.eligibleSegments.end(), *segment)
                == promotion.eligibleSegments.end())
                promotion.eligibleSegments.push_back(*segment);
        }
        break;
    }
    }
}

std::int64_t milliseconds(const FieldReader& reader, const json& value, const std::string& field);

// The optional "timing" object: every key a whole number of milliseconds, zero or more; unknown keys are errors (a
// misspelt key silently ignored would leave the reader wondering why nothing changed).
Timing readTiming(const FieldReader& top, const json& timing)
{
    if (!timing.is_object())
        top.fail("timing", "must be an object of millisecond values, not " + describeValue(timing));
    Timing result;
    for (const auto& [key, value] : timing.items()) {
        const std::string field = "timing." + key;
        const auto keys = timingKeys();
        // A named copy: clang 14 cannot capture a structured binding in a lambda.
        const std::string& name = key;
        const auto known = std::find_if(keys.begin(), keys.end(), [&name](const TimingKey& k) { return name == k.id; });
        if (known == keys.end()) {
            std::string expected;
            for (const auto& k : keys)
                expected += (expected.empty() ? "" : ", ") + std::string(k.id);
            top.fail("timing." + displayValue(key), "unknown timing key; expected one of " + expected);
        }
        result.*(known->field) = milliseconds(top, value, field);
    }
    return result;
}

std::int64_t milliseconds(const FieldReader& reader, const json& value, const std::string& field)
{
    if (!value.is_number_integer())
        reader.fail(field, "must be a whole number of milliseconds, not " + describeValue(value));
    if (!value.is_number_unsigned() && value.get<std::int64_t>() < 0)
        reader.fail(field, "must not be negative (found " + value.dump() + ")");
    if (value.get<std::uint64_t>() > maxMilliseconds)
        reader.fail(field, "is too large (found " + value.dump() + "; at most 86400000, one day)");
    return value.get<std::int64_t>();
}

int count(const FieldReader& reader, const json& value, const std::string& field, int most)
{
    if (!value.is_number_integer())
        reader.fail(field, "must be a whole number, not " + describeValue(value));
    if (!value.is_number_unsigned() && value.get<std::int64_t>() < 0)
        reader.fail(field, "must not be negative (found " + value.dump() + ")");
    if (value.get<std::uint64_t>() > std::uint64_t(most))
        reader.fail(field, "is too large (found " + value.dump() + "; at most " + std::to_string(most) + ")");
    return value.get<int>();
}

// Every key of `object` must be one of `known`: a misspelt key silently ignored would run something else.
void rejectUnknownKeys(
    const FieldReader& reader, const json& object, const std::vector<std::string>& known, const std::string& prefix)
{
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            reader.fail(prefix + displayValue(key), "unknown key; expected one of " + joined(known));
    }
}

Fault readFault(const FieldReader& fault, const json& object, int actionCount)
{
    rejectUnknownKeys(fault, object, { "component", "mode", "from_action", "to_action", "extra_ms" }, "");
    Fault result;
    const std::string component = fault.text("component");
    if (component != "notification_side") {
        const auto& faultable = faultableComponents();
        const auto found = std::find_if(
            faultable.begin(), faultable.end(), [&component](Component c) { return componentId(c) == component; });
        if (found == faultable.end()) {
            std::vector<std::string> names { "notification_side" };
            for (const Component c : faultable)
                names.emplace_back(componentId(c));
            fault.fail(
                "component", "unknown component \"" + displayValue(component) + "\"; expected one of " + joined(names));
        }
        result.component = *found;
    }
    const std::string mode = fault.text("mode");
    const auto parsedMode = faultModeFromId(mode);
    if (!parsedMode)
        fault.fail("mode",
            "unknown mode \"" + displayValue(mode) + "\"; expected down, slow, duplicate_delivery or lose_response");
    result.mode = *parsedMode;
    if (!faultModeApplies(result.mode, result.component))
        fault.fail("mode",
            std::string(faultModeId(result.mode)) + " does not apply to " + component
                + (result.mode == FaultMode::DuplicateDelivery ? " (only the event_bus delivers)"
                                                               : " (only the notification API answers requests)"));
    const json* extra = fault.optional("extra_ms");
    if (result.mode == FaultMode::Slow)
        result.extraMs = milliseconds(fault, fault.require("extra_ms"), "extra_ms");
    else if (extra)
        fault.fail("extra_ms", "only a slow fault has extra_ms");
    const int last = actionCount - 1;
    result.fromAction = count(fault, fault.require("from_action"), "from_action", 1'000'000);
    result.toAction = count(fault, fault.require("to_action"), "to_action", 1'000'000);
    if (result.fromAction > last)
        fault.fail("from_action",
            "is past the last action (found " + std::to_string(result.fromAction) + "; the last is "
                + std::to_string(last) + ")");
    if (result.toAction < result.fromAction)
        fault.fail("to_action",
            "is before from_action (" + std::to_string(result.toAction) + " < " + std::to_string(result.fromAction)
                + ")");
    if (result.toAction > last)
        fault.fail("to_action",
            "is past the last action (found " + std::to_string(result.toAction) + "; the last is "
                + std::to_string(last) + ")");
    return result;
}

std::vector<Fault> readFaults(const json& faults, const std::string& fileName, const FieldReader& top, int actionCount)
{
    if (!faults.is_array())
        top.fail("faults", "must be an array of faults, not " + describeValue(faults));
    std::vector<Fault> result;
    for (std::size_t i = 0; i < faults.size(); ++i) {
        LoadErrorLocation location { .file = fileName, .recordIndex = static_cast<int>(i) };
        location.recordNoun = "fault";
        location.recordIdField = "";
        if (!faults[i].is_object())
            throw LoadError(
                location, "a fault must be an object with component and mode, not " + describeValue(faults[i]));
        result.push_back(readFault(FieldReader(faults[i], location), faults[i], actionCount));
    }
    return result;
}

Policies readPolicies(const FieldReader& top, const json& policies)
{
    if (!policies.is_object())
        top.fail("policies", "must be an object, not " + describeValue(policies));
    rejectUnknownKeys(top, policies,
        { "on_notify_failure", "retries", "timeout_ms", "backoff_ms", "idempotency_key", "idempotent_consumer",
            "max_redeliveries" },
        "policies.");
    Policies result;
    const FieldReader reader(policies, top.location());
    const auto flag = [&](const char* key, bool& target) {
        if (const json* value = reader.optional(key)) {
            if (!value->is_boolean())
                top.fail(std::string("policies.") + key, "must be true or false, not " + describeValue(*value));
            target = value->get<bool>();
        }
    };
    if (const json* value = reader.optional("on_notify_failure")) {
        const std::string id = top.textOf(*value, "policies.on_notify_failure");
        const auto policy = notifyFailurePolicyFromId(id);
        if (!policy)
            top.fail("policies.on_notify_failure",
                "unknown policy \"" + displayValue(id) + "\"; expected drop, retry or fail_operation");
        result.onNotifyFailure = *policy;
    }
    if (const json* value = reader.optional("retries"))
        result.retries = count(top, *value, "policies.retries", 100);
    if (const json* value = reader.optional("max_redeliveries"))
        result.maxRedeliveries = count(top, *value, "policies.max_redeliveries", 100);
    if (const json* value = reader.optional("timeout_ms"))
        result.timeoutMs = milliseconds(top, *value, "policies.timeout_ms");
    if (const json* value = reader.optional("backoff_ms"))
        result.backoffMs = milliseconds(top, *value, "policies.backoff_ms");
    flag("idempotency_key", result.idempotencyKey);
    flag("idempotent_consumer", result.idempotentConsumer);
    return result;
}

std::string listOfActions()
{
    std::string list;
    for (int i = 0; i <= static_cast<int>(ActionType::ActivatePromotion); ++i)
        list += (list.empty() ? "" : ", ") + std::string(actionTypeId(static_cast<ActionType>(i)));
    return list;
}

} // namespace

Scenario parseScenario(std::string_view text, const std::string& fileName)
{
    const json document = JsonDocumentBuilder::parse(text, fileName);
    if (!document.is_object())
        throw LoadError({ .file = fileName },
            "a scenario must be a JSON object with id, title and steps, not " + describeValue(document));

    const FieldReader top(document, { .file = fileName });
    Scenario scenario;
    scenario.source = fileName;
    scenario.id = top.text("id");
    scenario.title = top.text("title");
    if (const json* description = top.optional("description"))
        scenario.description = top.textOf(*description, "description", true);
    if (const json* watchFor = top.optional("watch_for")) {
        if (!watchFor->is_array())
            top.fail("watch_for", "must be an array of strings, not " + describeValue(*watchFor));
        for (std::size_t i = 0; i < watchFor->size(); ++i)
            scenario.watchFor.push_back(top.textOf((*watchFor)[i], "watch_for[" + std::to_string(i) + "]"));
    }

    if (const json* timing = top.optional("timing"))
        scenario.timing = readTiming(top, *timing);

    const json& steps = top.require("steps");
    if (!steps.is_array())
        top.fail("steps", "must be an array of steps, not " + describeValue(steps));
    if (steps.empty())
        top.fail("steps", "the scenario has no steps");

    scenario.actions.reserve(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const json& stepJson = steps[i];
        LoadErrorLocation location { .file = fileName, .recordIndex = static_cast<int>(i) };
        location.recordNoun = "step";
        location.recordIdField = "";
        if (!stepJson.is_object())
            throw LoadError(location, "a step must be an object with an action, not " + describeValue(stepJson));
        FieldReader step(stepJson, location);
        const std::string actionId = step.text("action");
        const std::optional<ActionType> type = actionTypeFromId(actionId);
        if (!type)
            step.fail(
                "action", "unknown action \"" + displayValue(actionId) + "\"; expected one of " + listOfActions());
        step.setStepAction(actionId);

        ScenarioAction action;
        action.type = *type;
        readParameters(step, action);
        action.parameters = stepJson;
        scenario.actions.push_back(std::move(action));
    }
    // After the steps: a fault's actions are checked against how many there are.
    if (const json* faults = top.optional("faults"))
        scenario.faults = readFaults(*faults, fileName, top, static_cast<int>(scenario.actions.size()));
    if (const json* policies = top.optional("policies"))
        scenario.policies = readPolicies(top, *policies);
    return scenario;
}

Scenario loadScenarioFile(const std::filesystem::path& file)
{
    return parseScenario(readTextFile(file), file.string());
}

void validateScenario(const Scenario& scenario, const DataSet& data)
{
    for (std::size_t i = 0; i < scenario.actions.size(); ++i) {
        const ScenarioAction& action = scenario.actions[i];
        LoadErrorLocation location {
            .file = scenario.source, .recordIndex = static_cast<int>(i), .recordId = actionTypeId(action.type)
        };
        location.recordNoun = "step";
        location.recordIdField = "";
        const auto fail = [&location](const char* field, const std::string& problem) {
            location.field = field;
            throw LoadError(location, problem);
        };

        const Order* order = nullptr;
        if (!action.orderId.empty()) {
            const auto found = std::find_if(data.orders.begin(), data.orders.end(),
                [&action](const Order& candidate) { return candidate.id == action.orderId; });
            if (found == data.orders.end())
                fail("order_id", "unknown order " + displayValue(action.orderId));
            order = &*found;
        }
        if (!action.productId.empty()) {
            const bool known = std::any_of(data.products.begin(), data.products.end(),
                [&action](const Product& p) { return p.id == action.productId; });
            if (!known)
                fail("product_id", "unknown product " + displayValue(action.productId));
        }
        if (action.type == ActionType::ShipLineItem && order) {
            const bool inOrder = std::any_of(order->lineItems.begin(), order->lineItems.end(),
                [&action](const LineItem& item) { return item.productId == action.productId; });
            if (!inOrder)
                fail("product_id",
                    "order " + displayValue(order->id) + " has no line item for product "
                        + displayValue(action.productId));
        }
    }
}

} // namespace notiflow
