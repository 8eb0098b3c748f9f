#include "recordjson.h"

#include "jsonwriter.h"

namespace notiflow {

namespace {
template <typename Text> void optionalString(JsonWriter& out, const char* name, const std::optional<Text>& s)
{
    out.key(name);
    if (s)
        out.value(*s);
    else
        out.null();
}
} // namespace

nlohmann::json moneyJson(Cents amount)
{
    return decimalFromCents(amount);
}

void writeJson(JsonWriter& out, const Customer& c)
{
    out.beginObject().field("id", c.id).field("name", c.name).field("email", c.email).field("phone", c.phone);
    out.field("segment", segmentId(c.segment)).field("created_at", c.createdAt).endObject();
}

void writeJson(JsonWriter& out, const Product& p)
{
    out.beginObject().field("id", p.id).field("name", p.name).key("price").money(p.price).field("category", p.category);
    optionalString(out, "description", p.description);
    out.endObject();
}

void writeJson(JsonWriter& out, const Order& o)
{
    out.beginObject().field("id", o.id).field("customer_id", o.customerId).field("status", orderStatusId(o.status));
    out.key("line_items").beginArray();
    for (const auto& item : o.lineItems) {
        out.beginObject().field("product_id", item.productId).field("quantity", item.quantity);
        out.key("unit_price").money(item.unitPrice).field("status", orderStatusId(item.status));
        optionalString(out, "shipped_at", item.shippedAt);
        out.endObject();
    }
    out.endArray().key("total_amount").money(o.totalAmount).field("created_at", o.createdAt);
    optionalString(out, "updated_at", o.updatedAt);
    out.endObject();
}

void writeJson(JsonWriter& out, const NotificationPreferences& p)
{
    out.beginObject().field("customer_id", p.customerId).key("preferences").beginObject();
    for (int i = 0; i < preferenceCategoryCount; ++i) {
        const auto category = static_cast<PreferenceCategory>(i);
        out.key(preferenceCategoryId(category)).beginObject();
        out.field("email", p.of(category).email).field("sms", p.of(category).sms).endObject();
    }
    out.endObject().endObject();
}

} // namespace notiflow
