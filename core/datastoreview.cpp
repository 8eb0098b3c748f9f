#include "datastoreview.h"

#include "datastore.h"
#include "recordjson.h"
#include "tracerecorder.h"

#include <algorithm>

namespace notiflow {

namespace {
    // Bulk answers list only their first ids: a detail is for reading, not a data dump.
    constexpr std::size_t sampleSize = 12;

    template <typename Ids>
    nlohmann::json sampleOf(const Ids& ids)
    {
        auto sample = nlohmann::json::array();
        for (std::size_t i = 0; i < ids.size() && i < sampleSize; ++i)
            sample.push_back(ids[i]);
        return sample;
    }

    std::string who(Component c) { return std::string(componentName(c)); }

    std::string segmentList(const std::vector<Segment>& segments)
    {
        std::string list;
        for (const auto s : segments)
            list += (list.empty() ? "" : ", ") + std::string(segmentId(s));
        return list;
    }
} // namespace

DataStoreView::DataStoreView(DataStore& store, Component component)
    : m_store(store)
    , m_component(component)
{
}

int DataStoreView::recordAccess(
    StepKind kind, Component domain, std::string label, std::string caption, nlohmann::json detail)
{
    detail["domain"] = componentId(domain);
    const auto owner = domainOwner(domain, m_store.architecture());
    detail["owned_by_caller"] = owner && *owner == m_component;
    return m_store.m_recorder.record(m_component, domain, kind, std::move(label), std::move(caption), std::move(detail));
}

const Customer* DataStoreView::customer(const std::string& id)
{
    const Customer* found = m_store.findCustomer(id);
    recordAccess(StepKind::Query, Component::Customers, "customer " + id,
        who(m_component) + " looks up customer " + id
            + (found ? " (" + found->name + ", " + segmentId(found->segment) + ")." : ": no such customer."),
        { { "query", "customer by id" }, { "id", id }, { "found", found != nullptr },
            { "record", found ? toJson(*found) : nullptr } });
    return found;
}

const Product* DataStoreView::product(const std::string& id)
{
    const Product* found = m_store.findProduct(id);
    recordAccess(StepKind::Query, Component::Products, "product " + id,
        who(m_component) + " reads product " + id + (found ? " (" + found->name + ")." : ": no such product."),
        { { "query", "product by id" }, { "id", id }, { "found", found != nullptr },
            { "record", found ? toJson(*found) : nullptr } });
    return found;
}

const Order* DataStoreView::order(const std::string& id)
{
    const Order* found = m_store.findOrder(id);
    recordAccess(StepKind::Query, Component::Orders, "order " + id,
        who(m_component) + " reads order " + id
            + (found ? " (" + std::string(orderStatusId(found->status)) + ", "
                      + std::to_string(found->lineItems.size()) + " line items)."
                     : ": no such order."),
        { { "query", "order by id" }, { "id", id }, { "found", found != nullptr },
            { "record", found ? toJson(*found) : nullptr } });
    return found;
}

const NotificationPreferences* DataStoreView::preferences(const std::string& customerId)
{
    const NotificationPreferences* found = m_store.findPreferences(customerId);
    recordAccess(StepKind::Query, Component::Preferences, "preferences " + customerId,
        who(m_component) + " reads the notification preferences of " + customerId
            + (found ? "." : ": there is no preference record."),
        { { "query", "preferences by customer" }, { "customer_id", customerId }, { "found", found != nullptr },
            { "record", found ? toJson(*found) : nullptr } });
    return found;
}

std::vector<std::string> DataStoreView::customersWithProductInCart(const std::string& productId)
{
    std::vector<std::string> holders;
    if (const auto it = m_store.m_cartsByProduct.find(productId); it != m_store.m_cartsByProduct.end()) {
        holders.reserve(it->second.size());
        for (const auto cart : it->second)
            holders.push_back(m_store.m_data.carts[cart].customerId);
    }
    recordAccess(StepKind::Query, Component::Carts, "carts holding " + productId,
        who(m_component) + " asks which carts hold " + productId + ": " + std::to_string(holders.size())
            + (holders.size() == 1 ? " customer." : " customers."),
        { { "query", "carts containing product" }, { "product_id", productId }, { "count", holders.size() },
            { "customer_ids", sampleOf(holders) }, { "truncated", holders.size() > sampleSize } });
    return holders;
}

std::vector<const Customer*> DataStoreView::customersInSegments(const std::vector<Segment>& segments)
{
    std::vector<const Customer*> matches;
    std::vector<std::string> ids;
    for (const auto& c : m_store.m_data.customers) {
        if (std::find(segments.begin(), segments.end(), c.segment) != segments.end()) {
            matches.push_back(&c);
            ids.push_back(c.id);
        }
    }
    recordAccess(StepKind::Query, Component::Customers, "customers in " + segmentList(segments),
        who(m_component) + " lists the customers in segments " + segmentList(segments) + ": "
            + std::to_string(matches.size()) + " found.",
        { { "query", "customers by segment" }, { "segments", segmentList(segments) }, { "count", matches.size() },
            { "customer_ids", sampleOf(ids) }, { "truncated", ids.size() > sampleSize } });
    return matches;
}

std::vector<std::string> DataStoreView::productNames(const std::vector<std::string>& productIds)
{
    std::vector<std::string> names;
    for (const auto& id : productIds) {
        const Product* p = m_store.findProduct(id);
        names.push_back(p ? p->name : id);
    }
    recordAccess(StepKind::Query, Component::Products, "product names",
        who(m_component) + " reads the names of " + std::to_string(productIds.size()) + " products.",
        { { "query", "products by ids" }, { "ids", productIds }, { "names", names } });
    return names;
}

void DataStoreView::setOrderStatus(const std::string& orderId, OrderStatus status, const std::string& at)
{
    Order* order = m_store.findOrder(orderId);
    const std::string before = order ? orderStatusId(order->status) : "missing";
    if (order) {
        order->status = status;
        order->updatedAt = at;
    }
    recordAccess(StepKind::Update, Component::Orders, "order " + orderId + " → " + orderStatusId(status),
        who(m_component) + " marks order " + orderId + " " + orderStatusId(status) + " (was " + before + ").",
        { { "update", "order status" }, { "id", orderId }, { "from", before }, { "to", orderStatusId(status) } });
}

void DataStoreView::setLineItemStatus(
    const std::string& orderId, const std::string& productId, OrderStatus status, const std::string& at)
{
    std::string before = "missing";
    if (Order* order = m_store.findOrder(orderId)) {
        for (auto& item : order->lineItems) {
            if (item.productId == productId) {
                before = orderStatusId(item.status);
                item.status = status;
                if (status == OrderStatus::Shipped)
                    item.shippedAt = at;
            }
        }
        order->updatedAt = at;
    }
    recordAccess(StepKind::Update, Component::Orders, productId + " → " + orderStatusId(status),
        who(m_component) + " marks " + productId + " of order " + orderId + " " + orderStatusId(status) + ".",
        { { "update", "line item status" }, { "order_id", orderId }, { "product_id", productId }, { "from", before },
            { "to", orderStatusId(status) } });
}

void DataStoreView::setProductPrice(const std::string& productId, Cents price)
{
    Product* product = m_store.findProduct(productId);
    const Cents before = product ? product->price : 0;
    if (product)
        product->price = price;
    recordAccess(StepKind::Update, Component::Products, productId + " → " + formatMoney(price),
        who(m_component) + " sets the price of " + productId + " to " + formatMoney(price) + " (was "
            + formatMoney(before) + ").",
        { { "update", "product price" }, { "id", productId }, { "from", moneyJson(before) },
            { "to", moneyJson(price) } });
}

std::string DataStoreView::addPayment(const std::string& orderId, const std::string& customerId, Cents amount,
    PaymentStatus status, const std::optional<std::string>& failureReason, int attempt, const std::string& at)
{
    auto& payments = m_store.m_data.payments;
    Payment payment;
    payment.id = "PAY-RUN-" + std::to_string(payments.size() + 1);
    payment.orderId = orderId;
    payment.customerId = customerId;
    payment.amount = amount;
    payment.status = status;
    payment.failureReason = failureReason;
    payment.attemptNumber = attempt;
    payment.createdAt = at;
    payments.push_back(payment);
    recordAccess(StepKind::Update, Component::Payments, payment.id + " " + paymentStatusId(status),
        who(m_component) + " records payment " + payment.id + " of " + formatMoney(amount) + " for order " + orderId
            + " as " + paymentStatusId(status) + ".",
        { { "update", "new payment" }, { "id", payment.id }, { "order_id", orderId }, { "customer_id", customerId },
            { "amount", moneyJson(amount) }, { "status", paymentStatusId(status) },
            { "failure_reason", failureReason ? nlohmann::json(*failureReason) : nullptr },
            { "attempt_number", attempt } });
    return payment.id;
}

} // namespace notiflow
