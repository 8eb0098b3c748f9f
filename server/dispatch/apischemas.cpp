#include "apischemas.h"

#include "moneylimit.h"
#include "records.h"
#include "run.h"

#include <map>

namespace notiflow::server::schemas {

using Field = Schema::Field;

namespace {

Schema text(std::string description)
{
    return Schema::string().describe(std::move(description));
}

Schema id(std::string description)
{
    return Schema::string().minLength(1).describe(std::move(description));
}

Schema money(std::string description)
{
    return Schema::number().minimum(0).maximum(maxMoney).describe(std::move(description));
}

Schema count(std::string description)
{
    return Schema::integer().minimum(0).describe(std::move(description));
}

Schema nullableText(std::string description)
{
    return Schema::string().nullable().describe(std::move(description));
}

const Schema& segment()
{
    static const Schema s = Schema::enumOf("Segment", { "bronze", "silver", "gold", "platinum" });
    return s;
}

const Schema& notificationResult()
{
    static const Schema s = Schema::model("NotificationResult",
        {
            Field::required("channel", text("The channel tried: email or sms (or what the caller asked for).")),
            Field::required("recipient", text("Email address or phone number.")),
            Field::required("success", Schema::boolean()),
            Field::optional("error", nullableText("Why the channel failed; null when it succeeded.")),
        });
    return s;
}

const Schema& demoMessage()
{
    static const Schema s = Schema::model("DemoMessage",
        {
            Field::required("channel", text("email or sms")),
            Field::required("recipient", text("Email address or phone number.")),
            Field::optional("subject", nullableText("The email subject; null for an SMS.")),
        });
    return s;
}

const Schema& step()
{
    static const Schema s = Schema::model("Step",
        {
            Field::required("index", count("Position in its run.")),
            Field::required("action", count("The action it belongs to.")),
            Field::required("from", text("Component id.")),
            Field::required("to", text("Component id.")),
            Field::required("kind",
                text("trigger, publish, deliver, request, response, query, update, decision, "
                     "send or failure.")),
            Field::required("label", Schema::string()),
            Field::required("caption", text("One sentence saying what happened.")),
            Field::required("detail", Schema::any().describe("Payload, request body or query summary.")),
            Field::required("synchronous", Schema::boolean()),
            Field::required(
                "parent", Schema::integer().describe("The step during whose handling it happened; -1 at the top.")),
        });
    return s;
}

const Schema& sentNotification()
{
    static const Schema s = Schema::model("SentNotification",
        {
            Field::required("type", notificationType()),
            Field::required("channel", text("email or sms")),
            Field::required("customer_id", Schema::string()),
            Field::required("recipient", Schema::string()),
            Field::required("subject", Schema::string()),
            Field::required("body", Schema::string()),
            Field::required("action", count("The action that caused it.")),
            Field::required("step", count("The send step.")),
        });
    return s;
}

const Schema& decision()
{
    static const Schema s = Schema::model("Decision",
        {
            Field::required("step", count("The decision step.")),
            Field::required("action", count("The action it belongs to.")),
            Field::required("component", text("The component that evaluated the rule.")),
            Field::required("rule", text("Stable rule id, e.g. price_drop.segment.")),
            Field::required("subject", text("Customer or order id.")),
            Field::required("passed", Schema::boolean()),
            Field::required("reason", Schema::string()),
        });
    return s;
}

const Schema& actionRun()
{
    static const Schema s = Schema::model("ActionRun",
        {
            Field::required("steps", Schema::arrayOf(step())),
            Field::required("notifications", Schema::arrayOf(sentNotification())),
            Field::required("decisions", Schema::arrayOf(decision())),
        });
    return s;
}

Schema actionModel(const std::string& name, std::vector<Field> fields)
{
    return Schema::model(name, std::move(fields));
}

} // namespace

const Schema& notificationType()
{
    static const Schema s = [] {
        std::vector<std::string> values;
        for (int i = 0; i <= static_cast<int>(NotificationType::PromotionAvailable); ++i)
            values.emplace_back(notificationTypeId(static_cast<NotificationType>(i)));
        return Schema::enumOf("NotificationType", values);
    }();
    return s;
}

const Schema& notificationRequest()
{
    static const Schema s = Schema::model("NotificationRequest",
        {
            Field::required("notification_type", notificationType()),
            Field::required("customer_id", text("Customer to notify.")),
            Field::optional("context",
                Schema::dictionary().describe("What the message template needs, e.g. order_id, "
                                              "item_count and total_amount for ORDER_SHIPPED."),
                nlohmann::json::object()),
            Field::optional("channels",
                Schema::arrayOf(Schema::string())
                    .nullable()
                    .describe("Channels to use (email, sms). If absent, the customer's preferences decide.")),
        });
    return s;
}

const Schema& notificationResponse()
{
    static const Schema s = Schema::model("NotificationResponse",
        {
            Field::required("request_id", text("Unique id of this request (a UUID).")),
            Field::required("notification_type", notificationType()),
            Field::required("customer_id", Schema::string()),
            Field::optional("results", Schema::arrayOf(notificationResult()).describe("One result per channel tried.")),
            Field::optional("timestamp", text("When it was handled, UTC, ISO 8601.")),
        });
    return s;
}

const Schema& bulkNotificationRequest()
{
    static const Schema s = Schema::model("BulkNotificationRequest",
        {
            Field::required("notification_type", notificationType()),
            Field::required("customer_ids", Schema::arrayOf(Schema::string()).describe("Customers to notify.")),
            Field::optional("context", Schema::dictionary().describe("Context data, the same for every customer."),
                nlohmann::json::object()),
        });
    return s;
}

const Schema& bulkNotificationResponse()
{
    static const Schema s = Schema::model("BulkNotificationResponse",
        {
            Field::required("request_id", Schema::string()),
            Field::required("notification_type", notificationType()),
            Field::required("total_customers", count("How many customer ids were given.")),
            Field::required("successful_customers", count("Customers reached on at least one channel.")),
            Field::required("failed_customers", count("Unknown customers and customers no channel reached.")),
            Field::optional("results", Schema::arrayOf(notificationResponse()).describe("One per known customer.")),
        });
    return s;
}

const Schema& demoResult()
{
    static const Schema s = Schema::model("DemoResult",
        {
            Field::required("approach", text("event-sourced or api-driven")),
            Field::required("scenario", text("The scenario id.")),
            Field::required("notifications_sent", count("Messages sent on all channels.")),
            Field::required("recipients", Schema::arrayOf(Schema::string())),
            Field::required("messages", Schema::arrayOf(demoMessage())),
        });
    return s;
}

const Schema& comparisonResult()
{
    static const Schema s = Schema::model("ComparisonResult",
        {
            Field::required("scenario", Schema::string()),
            Field::required("event_sourced", demoResult()),
            Field::required("api_driven", demoResult()),
            Field::required("same_recipients", Schema::boolean()),
        });
    return s;
}

const Schema& httpError()
{
    static const Schema s = Schema::model("HTTPError", { Field::required("detail", Schema::string()) });
    return s;
}

const Schema& validationError()
{
    static const Schema issue = Schema::model("ValidationError",
        {
            Field::required("loc",
                Schema::arrayOf(Schema::any())
                    .describe("Where: \"body\", \"query\" or \"path\", "
                              "then field names and list indexes.")),
            Field::required("msg", Schema::string()),
            Field::required("type", text("missing, string_type, enum, json_invalid, ...")),
            Field::required("input", Schema::any().describe("The value that was refused.")),
            Field::optional("ctx", Schema::dictionary()),
        });
    static const Schema s = Schema::model("HTTPValidationError", { Field::required("detail", Schema::arrayOf(issue)) });
    return s;
}

const Schema& health()
{
    static const Schema s = Schema::model("Health",
        { Field::required("status", Schema::string().example("healthy")),
            Field::required("service", Schema::string().example("notiflow")) });
    return s;
}

const Schema& scenarioSummaries()
{
    static const Schema s = Schema::arrayOf(Schema::model("ScenarioSummary",
        {
            Field::required("id", Schema::string()),
            Field::required("title", Schema::string()),
            Field::required("description", Schema::string()),
            Field::required("steps", count("Number of actions.")),
            Field::required("source", text("\"built-in\" or the file it was loaded from.")),
        }));
    return s;
}

const Schema& scenarioDocument()
{
    static const Schema s = Schema::model("Scenario",
        {
            Field::required("id", id("Scenario id.")),
            Field::required("title", id("Title.")),
            Field::optional("description", Schema::string()),
            Field::optional("watch_for", Schema::arrayOf(Schema::string())),
            Field::required("steps",
                Schema::arrayOf(
                    Schema::model("ScenarioStep",
                        { Field::required("action",
                            Schema::enumOf("ActionName",
                                { "ship_order", "deliver_order", "ship_line_item", "fail_payment", "succeed_payment",
                                    "update_price", "apply_discount", "activate_promotion" })) })
                        .describe("An action and its parameters, as in POST /actions/{action}."))
                    .minLength(1)),
        });
    return s;
}

const Schema& comparisonDocument()
{
    static const Schema s = Schema::model("ScenarioComparison",
        {
            Field::required("scenario", Schema::dictionary().describe("The scenario as read.")),
            Field::required("architectures",
                Schema::dictionary().describe("event_sourced and api_driven: each run's steps, notifications, "
                                              "decisions, action_first_step and metrics (the --json format).")),
            Field::required("same_notifications", Schema::boolean()),
            Field::required("differences", Schema::arrayOf(Schema::string())),
        });
    return s;
}

const Schema& actionParameters(ActionType action)
{
    static const std::map<ActionType, Schema> byAction = [] {
        const auto orderId = [] { return Field::required("order_id", id("Order id, e.g. ORD-001.")); };
        const auto productId = [] { return Field::required("product_id", id("Product id, e.g. PROD-001.")); };
        std::map<ActionType, Schema> m;
        m.emplace(ActionType::ShipOrder, actionModel("ShipOrder", { orderId() }));
        m.emplace(ActionType::DeliverOrder, actionModel("DeliverOrder", { orderId() }));
        m.emplace(ActionType::ShipLineItem, actionModel("ShipLineItem", { orderId(), productId() }));
        m.emplace(ActionType::FailPayment,
            actionModel("FailPayment",
                { orderId(), Field::required("failure_reason", id("Why the payment failed.")),
                    Field::optional("amount", money("Defaults to the order total.")),
                    Field::optional("attempt_number", Schema::integer().minimum(1).maximum(1e6), 1) }));
        m.emplace(ActionType::SucceedPayment,
            actionModel(
                "SucceedPayment", { orderId(), Field::optional("amount", money("Defaults to the order total.")) }));
        m.emplace(ActionType::UpdatePrice,
            actionModel("UpdatePrice", { productId(), Field::required("new_price", money("The new price.")) }));
        m.emplace(ActionType::ApplyDiscount,
            actionModel("ApplyDiscount",
                { productId(),
                    Field::required("percent", Schema::number().minimum(0).maximum(100).describe("Discount in %.")) }));
        m.emplace(ActionType::ActivatePromotion,
            actionModel("ActivatePromotion",
                { Field::required("promotion_id", id("Promotion id.")), Field::required("name", id("Its name.")),
                    Field::optional("description", Schema::string(), ""),
                    Field::required("end_date", id("When it ends, e.g. 2026-04-30.")),
                    Field::optional("promo_code", Schema::string().minLength(1).nullable()),
                    Field::required("eligible_segments", Schema::arrayOf(segment()).minLength(1)) }));
        return m;
    }();
    return byAction.at(action);
}

const Schema& actionResult()
{
    static const Schema s = Schema::model("ActionResult",
        {
            Field::required("action", text("The action's name.")),
            Field::required("sequence", count("Its position in the live session since the last reset.")),
            Field::required("parameters", Schema::dictionary()),
            Field::required("event_sourced", actionRun()),
            Field::required("api_driven", actionRun()),
            Field::required("same_notifications", Schema::boolean()),
        });
    return s;
}

const Schema& resetResult()
{
    static const Schema s = Schema::model("ResetResult",
        { Field::required("status", Schema::string().example("reset")),
            Field::required("actions_discarded", count("Actions applied since the previous reset.")) });
    return s;
}

const Schema& records(const std::string& domain)
{
    static const std::map<std::string, Schema> byDomain = [] {
        const auto nullable = [] { return Schema::string().nullable(); };
        std::map<std::string, Schema> m;
        m.emplace("customers",
            Schema::arrayOf(Schema::model("Customer",
                { Field::required("id", Schema::string()), Field::required("name", Schema::string()),
                    Field::required("email", Schema::string()), Field::required("phone", Schema::string()),
                    Field::required("segment", segment()), Field::required("created_at", Schema::string()) })));
        m.emplace("products",
            Schema::arrayOf(Schema::model("Product",
                { Field::required("id", Schema::string()), Field::required("name", Schema::string()),
                    Field::required("price", Schema::number()), Field::required("category", Schema::string()),
                    Field::optional("description", nullable()) })));
        m.emplace("orders",
            Schema::arrayOf(Schema::model("Order",
                { Field::required("id", Schema::string()), Field::required("customer_id", Schema::string()),
                    Field::required("status", Schema::string()),
                    Field::required("line_items",
                        Schema::arrayOf(Schema::model("LineItem",
                            { Field::required("product_id", Schema::string()),
                                Field::required("quantity", Schema::integer()),
                                Field::required("unit_price", Schema::number()),
                                Field::required("status", Schema::string()),
                                Field::optional("shipped_at", nullable()) }))),
                    Field::required("total_amount", Schema::number()), Field::required("created_at", Schema::string()),
                    Field::optional("updated_at", nullable()) })));
        m.emplace("carts",
            Schema::arrayOf(Schema::model("Cart",
                { Field::required("customer_id", Schema::string()),
                    Field::required("items",
                        Schema::arrayOf(Schema::model("CartItem",
                            { Field::required("product_id", Schema::string()),
                                Field::required("quantity", Schema::integer()),
                                Field::required("added_at", Schema::string()) }))),
                    Field::required("updated_at", Schema::string()) })));
        m.emplace("preferences",
            Schema::arrayOf(Schema::model("NotificationPreferences",
                { Field::required("customer_id", Schema::string()),
                    Field::required("preferences",
                        Schema::dictionary().describe("Per category (order_updates, price_alerts, promotions, "
                                                      "payment_alerts): {\"email\": bool, \"sms\": bool}.")) })));
        m.emplace("payments",
            Schema::arrayOf(Schema::model("Payment",
                { Field::required("id", Schema::string()), Field::required("order_id", Schema::string()),
                    Field::required("customer_id", Schema::string()), Field::required("amount", Schema::number()),
                    Field::required("status", Schema::string()), Field::optional("failure_reason", nullable()),
                    Field::required("attempt_number", Schema::integer()),
                    Field::required("created_at", Schema::string()) })));
        return m;
    }();
    return byDomain.at(domain);
}

} // namespace notiflow::server::schemas
