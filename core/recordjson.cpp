#include "recordjson.h"

namespace notiflow {

namespace {
    nlohmann::json optionalString(const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nullptr; }
} // namespace

nlohmann::json moneyJson(Cents amount) { return decimalFromCents(amount); }

nlohmann::json toJson(const Customer& c)
{
    return { { "id", c.id }, { "name", c.name }, { "email", c.email }, { "phone", c.phone },
        { "segment", segmentId(c.segment) }, { "created_at", c.createdAt } };
}

nlohmann::json toJson(const Product& p)
{
    return { { "id", p.id }, { "name", p.name }, { "price", moneyJson(p.price) }, { "category", p.category },
        { "description", optionalString(p.description) } };
}

nlohmann::json toJson(const Order& o)
{
    auto items = nlohmann::json::array();
    for (const auto& item : o.lineItems) {
        items.push_back({ { "product_id", item.productId }, { "quantity", item.quantity },
            { "unit_price", moneyJson(item.unitPrice) }, { "status", orderStatusId(item.status) },
            { "shipped_at", optionalString(item.shippedAt) } });
    }
    return { { "id", o.id }, { "customer_id", o.customerId }, { "status", orderStatusId(o.status) },
        { "line_items", std::move(items) }, { "total_amount", moneyJson(o.totalAmount) },
        { "created_at", o.createdAt }, { "updated_at", optionalString(o.updatedAt) } };
}

nlohmann::json toJson(const NotificationPreferences& p)
{
    nlohmann::json categories = nlohmann::json::object();
    for (int i = 0; i < preferenceCategoryCount; ++i) {
        const auto category = static_cast<PreferenceCategory>(i);
        categories[preferenceCategoryId(category)] = { { "email", p.of(category).email }, { "sms", p.of(category).sms } };
    }
    return { { "customer_id", p.customerId }, { "preferences", std::move(categories) } };
}

} // namespace notiflow
