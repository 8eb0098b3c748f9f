#include "scenarioloader.h"

#include "jsondocumentbuilder.h"
#include "textfile.h"

#include <algorithm>

namespace notiflow {

using nlohmann::json;

namespace {

// Same ceiling as the data set loader: amounts beyond it are typing mistakes that would overflow cents.
constexpr double maxMoney = 1e12;

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
            const auto found = std::find_if(
                data.orders.begin(), data.orders.end(), [&action](const Order& o) { return o.id == action.orderId; });
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
