#include "dataendpoints.h"

#include "apischemas.h"
#include "io/jsonwriter.h"
#include "io/recordjson.h"

namespace notiflow::server {

namespace {

void writeCart(JsonWriter& out, const Cart& cart)
{
    out.beginObject().field("customer_id", cart.customerId).key("items").beginArray();
    for (const auto& item : cart.items) {
        out.beginObject().field("product_id", item.productId).field("quantity", item.quantity);
        out.field("added_at", item.addedAt).endObject();
    }
    out.endArray().field("updated_at", cart.updatedAt).endObject();
}

void writePayment(JsonWriter& out, const Payment& p)
{
    out.beginObject().field("id", p.id).field("order_id", p.orderId).field("customer_id", p.customerId);
    out.key("amount").money(p.amount).field("status", paymentStatusId(p.status)).key("failure_reason");
    if (p.failureReason)
        out.value(*p.failureReason);
    else
        out.null();
    out.field("attempt_number", p.attemptNumber).field("created_at", p.createdAt).endObject();
}

template <typename Records, typename Write> std::string listOf(const Records& records, Write write)
{
    JsonWriter out;
    out.beginArray();
    for (const auto& record : records)
        write(out, record);
    out.endArray();
    return out.take();
}

} // namespace

DataEndpoints::DataEndpoints(std::shared_ptr<const ApiContext> context)
    : m_context(std::move(context))
{
}

const std::vector<std::string>& DataEndpoints::domains()
{
    static const std::vector<std::string> names { "customers", "products", "orders", "carts", "preferences",
        "payments" };
    return names;
}

void DataEndpoints::addRoutes(std::vector<Route>& routes)
{
    for (const std::string& domain : domains()) {
        std::string operation = "data" + domain;
        operation[4] = static_cast<char>(operation[4] - 'a' + 'A');
        routes.push_back({ "GET", "/data/" + domain, operation, "Data", "List " + domain,
            "The live state: the data set as the actions applied since the last reset left it (POST /actions).",
            { { "architecture", "query",
                Schema::enumOf("ArchitectureId", { "event_sourced", "api_driven" })
                    .describe("Whose live state to show; the two differ only where faults made them differ."),
                false, "event_sourced" } },
            {},
            { { 200, "The records.", schemas::records(domain) },
                { 422, "Validation error.", schemas::validationError() } },
            false, [this, domain](const RouteCall& call) { return records(call, domain); } });
    }
}

DispatchResult DataEndpoints::records(const RouteCall& call, const std::string& domain)
{
    const Architecture architecture
        = call.query.value("architecture", "") == "api_driven" ? Architecture::ApiDriven : Architecture::EventSourced;
    // Held for the answer: an action applied meanwhile replaces the state, it never changes this one.
    const LiveSession::State live = m_context->live ? m_context->live->state() : LiveSession::State {};
    const DataSet& data = m_context->live ? live.data(architecture) : *m_context->data;
    HttpResponse response;
    if (domain == "customers")
        response.body = listOf(data.customers, [](JsonWriter& out, const Customer& c) { writeJson(out, c); });
    else if (domain == "products")
        response.body = listOf(data.products, [](JsonWriter& out, const Product& p) { writeJson(out, p); });
    else if (domain == "orders")
        response.body = listOf(data.orders, [](JsonWriter& out, const Order& o) { writeJson(out, o); });
    else if (domain == "carts")
        response.body = listOf(data.carts, writeCart);
    else if (domain == "preferences")
        response.body
            = listOf(data.preferences, [](JsonWriter& out, const NotificationPreferences& p) { writeJson(out, p); });
    else
        response.body = listOf(data.payments, writePayment);
    return { std::move(response), {} };
}

} // namespace notiflow::server
